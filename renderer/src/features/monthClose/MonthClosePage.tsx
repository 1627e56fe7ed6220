// Month close (docs/rules.md §10): the month's results, the CSV exports, closing and reopening.
import { useState } from 'react';
import type { CloseConfirmation } from '../../../../shared/data/api';
import { isConflict } from '../../../../shared/data/errors';
import { useAppState } from '../../appState';
import { useDataApi } from '../../data/context';
import { errorMessage } from '../../data/errors';
import { MonthPicker } from '../../components/MonthPicker';
import { Page, StatusNotice } from '../../components/Page';
import { Progress } from '../../components/Progress';
import { saveTextFile } from '../../components/saveFile';
import { failedStatus, useProgressTask } from '../../components/useProgressTask';
import { formatMonth, todayIso } from '../../format';
import { CloseCheckPanel } from './CloseCheckPanel';
import { closeButton } from './closeCheckModel';
import {
  CloseCard,
  ExportCard,
  HistoryCard,
  MonthProblems,
  MonthStatusLine,
  ReopenCard,
  ReopenForm,
} from './MonthCards';
import { MonthTable } from './MonthTable';
import { closedStatus, exportStatus, monthSubtitle, reopenedStatus } from './monthCloseModel';
import { useDifferenceFile, useMonth } from './useMonth';
import { useTemplateOptions } from '../exportTemplates/useExportTemplates';
import { AreaFilter } from '../workAreas/AreaFilter';
import { useWorkAreas } from '../workAreas/useWorkAreas';
import { ALL_AREAS } from '../workAreas/workAreasModel';

/** What the audit entry of an export names: the file and the SHA-256 of its content. */
const fileOf = (file: { fileName: string; sha256: string }) => ({
  fileName: file.fileName,
  sha256: file.sha256,
});

export default function MonthClosePage() {
  const { month, setMonth } = useAppState();
  const api = useDataApi();
  const view = useMonth(month);
  const { progress, busy, status, setStatus, run } = useProgressTask();
  // The export template the month is closed with (docs/rules.md §9): a preset or a saved one.
  const [profile, setProfile] = useState('excel');
  const templates = useTemplateOptions();
  const labelOf = (name: string) => templates.find((t) => t.value === name)?.label ?? name;
  // The month the check screen or the reopen form is open for (none after the month changed).
  const [checking, setChecking] = useState<string | null>(null);
  const [reopening, setReopening] = useState<string | null>(null);
  const [checkRound, setCheckRound] = useState(0);
  // The closing the reopen form was opened on ("Samtidige ændringer").
  const [reopenClosedAt, setReopenClosedAt] = useState<string | undefined>();
  const difference = useDifferenceFile(month);
  // The "Arbejdsområde" filter narrows the table only; closing and exports take the whole month.
  const [areaId, setAreaId] = useState(ALL_AREAS);
  const areas = useWorkAreas();

  const doExport = (name: string) =>
    run({ label: `Danner ${labelOf(name)}-filen`, fraction: null }, async (step) => {
      const file = await api.exportMonthCsv(month, name);
      step({ label: 'Gemmer filen', fraction: null });
      const outcome = await saveTextFile(
        file.fileName,
        file.content,
        { name: 'CSV-fil', extensions: ['csv'] },
        undefined,
        file.encoding,
      );
      // A saved payroll file is audited (docs/rules.md §13); a cancelled dialog is not.
      if (outcome.saved)
        await api.recordAccess({ kind: 'export', month, profile: name, ...fileOf(file) });
      return exportStatus(file.fileName, outcome);
    });

  const doExportDifference = () =>
    run({ label: 'Gemmer rettelsesfilen', fraction: null }, async () => {
      const file = await api.exportMonthDifference(month);
      if (!file) return failedStatus('Der er ingen rettelsesfil for måneden.');
      const outcome = await saveTextFile(file.fileName, file.content, {
        name: 'CSV-fil',
        extensions: ['csv'],
      });
      if (outcome.saved)
        await api.recordAccess({ kind: 'export', month, profile: 'difference', ...fileOf(file) });
      return exportStatus(file.fileName, outcome);
    });

  const doClose = (confirm: CloseConfirmation) =>
    run({ label: `Lukker ${formatMonth(month)}`, fraction: null }, async () => {
      try {
        await api.closeMonth(month, profile, confirm);
      } catch (error) {
        // Other figures than those checked: the check is made again, so the new ones are shown.
        if (isConflict(error)) setCheckRound((n) => n + 1);
        throw error;
      }
      setChecking(null);
      return closedStatus(month);
    });

  const doReopen = async (reason: string): Promise<boolean> => {
    try {
      await api.reopenMonth(month, reason, reopenClosedAt);
      setStatus(reopenedStatus(month));
      return true;
    } catch (error) {
      setStatus(failedStatus(errorMessage(error)));
      return false;
    }
  };

  return (
    <Page
      title="Månedsafslutning"
      subtitle={monthSubtitle(month, view)}
      actions={<MonthPicker month={month} onChange={setMonth} />}
    >
      {!view ? (
        <p className="loading">Henter …</p>
      ) : (
        <>
          <MonthStatusLine view={view} />
          <MonthProblems problems={view.results.problems} />
          <div className="toolbar">
            <AreaFilter areas={areas} value={areaId} onChange={setAreaId} />
          </div>
          <MonthTable results={view.results} areaId={areaId} areas={areas} />
          <Progress state={progress} />
          <StatusNotice status={status} />
          <div className="grid-2">
            <ExportCard
              busy={busy}
              templates={templates}
              onExport={(p) => void doExport(p)}
              difference={difference?.fileName ?? null}
              onExportDifference={() => void doExportDifference()}
            />
            {view.status === 'closed' ? (
              <ReopenCard
                open={reopening === month}
                onStart={() => {
                  setReopenClosedAt(view.close?.closedAt);
                  setReopening(month);
                }}
              />
            ) : (
              <CloseCard
                button={closeButton(view, todayIso(), busy)}
                profile={profile}
                templates={templates}
                onProfile={setProfile}
                onCheck={() => setChecking(month)}
              />
            )}
          </div>
          {checking === month && view.status !== 'closed' ? (
            <CloseCheckPanel
              key={checkRound}
              month={month}
              busy={busy}
              onConfirm={(c) => void doClose(c)}
              onCancel={() => setChecking(null)}
            />
          ) : null}
          {reopening === month && view.status === 'closed' ? (
            <ReopenForm month={month} onReopen={doReopen} onCancel={() => setReopening(null)} />
          ) : null}
          <HistoryCard view={view} />
        </>
      )}
    </Page>
  );
}
