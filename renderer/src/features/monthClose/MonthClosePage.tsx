// Month close (docs/rules.md §10): the month's results, the CSV exports, closing and reopening.
import { useState } from 'react';
import type { ExportProfile } from '../../../../shared/records';
import { EXPORT_PROFILE_LABELS } from '../../../../shared/danish/values';
import { useAppState } from '../../appState';
import { useDataApi } from '../../data/context';
import { errorMessage } from '../../data/errors';
import { MonthPicker } from '../../components/MonthPicker';
import { Notice, Page } from '../../components/Page';
import { Progress, type ProgressState } from '../../components/Progress';
import { saveTextFile } from '../../components/saveFile';
import { formatMonth } from '../../format';
import {
  CloseCard,
  ExportCard,
  HistoryCard,
  MonthProblems,
  MonthStatusLine,
  ReopenCard,
} from './MonthCards';
import { MonthTable } from './MonthTable';
import {
  canClose,
  closedStatus,
  exportStatus,
  monthSubtitle,
  reopenedStatus,
  type Status,
} from './monthCloseModel';
import { useMonth } from './useMonth';

export default function MonthClosePage() {
  const { month, setMonth } = useAppState();
  const api = useDataApi();
  const view = useMonth(month);
  const [progress, setProgress] = useState<ProgressState | null>(null);
  const [status, setStatus] = useState<Status | null>(null);

  const doExport = async (profile: ExportProfile) => {
    setStatus(null);
    setProgress({ label: `Danner ${EXPORT_PROFILE_LABELS[profile]}-filen`, fraction: null });
    try {
      const file = await api.exportMonthCsv(month, profile);
      setProgress({ label: 'Gemmer filen', fraction: null });
      const outcome = await saveTextFile(file.fileName, file.content, {
        name: 'CSV-fil',
        extensions: ['csv'],
      });
      setStatus(exportStatus(file.fileName, outcome));
    } catch (error) {
      setStatus({ kind: 'error', text: errorMessage(error) });
    } finally {
      setProgress(null);
    }
  };

  const doClose = async (profile: ExportProfile) => {
    setStatus(null);
    setProgress({ label: `Lukker ${formatMonth(month)}`, fraction: null });
    try {
      await api.closeMonth(month, profile);
      setStatus(closedStatus(month));
    } catch (error) {
      setStatus({ kind: 'error', text: errorMessage(error) });
    } finally {
      setProgress(null);
    }
  };

  const doReopen = async (reason: string): Promise<boolean> => {
    try {
      await api.reopenMonth(month, reason);
      setStatus(reopenedStatus(month));
      return true;
    } catch (error) {
      setStatus({ kind: 'error', text: errorMessage(error) });
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
          <MonthTable results={view.results} />
          <Progress state={progress} />
          {status ? <Notice kind={status.kind}>{status.text}</Notice> : null}
          <div className="grid-2">
            <ExportCard busy={progress !== null} onExport={(p) => void doExport(p)} />
            {view.status === 'closed' ? (
              <ReopenCard onReopen={doReopen} />
            ) : (
              <CloseCard
                month={month}
                closable={canClose(view, progress !== null)}
                onClose={(p) => void doClose(p)}
              />
            )}
          </div>
          <HistoryCard view={view} />
        </>
      )}
    </Page>
  );
}
