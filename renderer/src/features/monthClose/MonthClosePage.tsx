// Month close (docs/rules.md §10): the month's results, the CSV exports, closing and reopening.
import type { ExportProfile } from '../../../../shared/records';
import { EXPORT_PROFILE_LABELS } from '../../../../shared/danish/values';
import { useAppState } from '../../appState';
import { useDataApi } from '../../data/context';
import { errorMessage } from '../../data/errors';
import { MonthPicker } from '../../components/MonthPicker';
import { Page, StatusNotice } from '../../components/Page';
import { Progress } from '../../components/Progress';
import { saveTextFile } from '../../components/saveFile';
import { failedStatus, useProgressTask } from '../../components/useProgressTask';
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
} from './monthCloseModel';
import { useMonth } from './useMonth';

export default function MonthClosePage() {
  const { month, setMonth } = useAppState();
  const api = useDataApi();
  const view = useMonth(month);
  const { progress, busy, status, setStatus, run } = useProgressTask();

  const doExport = (profile: ExportProfile) =>
    run(
      { label: `Danner ${EXPORT_PROFILE_LABELS[profile]}-filen`, fraction: null },
      async (step) => {
        const file = await api.exportMonthCsv(month, profile);
        step({ label: 'Gemmer filen', fraction: null });
        const outcome = await saveTextFile(file.fileName, file.content, {
          name: 'CSV-fil',
          extensions: ['csv'],
        });
        return exportStatus(file.fileName, outcome);
      },
    );

  const doClose = (profile: ExportProfile) =>
    run({ label: `Lukker ${formatMonth(month)}`, fraction: null }, async () => {
      await api.closeMonth(month, profile);
      return closedStatus(month);
    });

  const doReopen = async (reason: string): Promise<boolean> => {
    try {
      await api.reopenMonth(month, reason);
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
          <MonthTable results={view.results} />
          <Progress state={progress} />
          <StatusNotice status={status} />
          <div className="grid-2">
            <ExportCard busy={busy} onExport={(p) => void doExport(p)} />
            {view.status === 'closed' ? (
              <ReopenCard onReopen={doReopen} />
            ) : (
              <CloseCard
                month={month}
                closable={canClose(view, busy)}
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
