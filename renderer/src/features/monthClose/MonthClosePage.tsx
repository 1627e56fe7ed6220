import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type FormEvent } from 'react';
import { warningText } from '../../../../shared/domain';
import { ReopenReasonSchema } from '../../../../shared/records';
import { useAppState } from '../../appState';
import { SelectField, TextArea } from '../../components/Field';
import { validate } from '../../components/forms';
import { MonthPicker } from '../../components/MonthPicker';
import { Card, Notice, Page } from '../../components/Page';
import { Progress, type ProgressState } from '../../components/Progress';
import { saveTextFile } from '../../components/saveFile';
import {
  closeMonth,
  errorMessage,
  EXPORT_PROFILE_LABELS,
  EXPORT_PROFILES,
  exportMonthCsv,
  getMonth,
  reopenMonth,
  type ExportProfile,
} from '../../data';
import { formatAmount, formatDateTime, formatHours, formatKr, formatMonth } from '../../format';
import { href } from '../../router';
import { OFFER_SHORT } from '../citizens/citizenForm';
import { MONTH_STATUS_LABELS } from './monthStatus';

/** Paths in the core's messages → words a workshop leader knows. */
function danishIssue(issue: string): string {
  return issue
    .replace(/^attendance\[\d+\]\.date: /, 'Fremmøde: ')
    .replace(/^attendance(\[\d+\])?(\.\w+)?: /, 'Fremmøde: ')
    .replace(/^wageDecisions\[\d+\](\.\w+)?: /, 'Lønafgørelse: ')
    .replace(/^citizen\.transport(\.\w+)?: /, 'Kørselsprofil: ')
    .replace(/^citizen\.taxCard(\.\w+)?: /, 'Skattekort: ');
}

export default function MonthClosePage() {
  const { month, setMonth } = useAppState();
  const view = useLiveQuery(() => getMonth(month).catch(() => null), [month]);
  const [progress, setProgress] = useState<ProgressState | null>(null);
  const [status, setStatus] = useState<{ kind: 'error' | 'success'; text: string } | null>(null);
  const [profile, setProfile] = useState<ExportProfile>('excel');
  const [reopening, setReopening] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>();

  const doExport = async (p: ExportProfile) => {
    setStatus(null);
    setProgress({ label: `Danner ${EXPORT_PROFILE_LABELS[p]}-filen`, fraction: null });
    try {
      const file = await exportMonthCsv(month, p);
      setProgress({ label: 'Gemmer filen', fraction: null });
      const outcome = await saveTextFile(file.fileName, file.content, {
        name: 'CSV-fil',
        extensions: ['csv'],
      });
      setStatus(
        outcome.saved
          ? {
              kind: 'success',
              text: outcome.path
                ? `${file.fileName} er gemt i ${outcome.path}.`
                : `${file.fileName} er hentet (se mappen Overførsler).`,
            }
          : { kind: 'error', text: 'Gemningen blev annulleret; ingen fil er gemt.' },
      );
    } catch (error) {
      setStatus({ kind: 'error', text: errorMessage(error) });
    } finally {
      setProgress(null);
    }
  };

  const doClose = async () => {
    setStatus(null);
    setProgress({ label: `Lukker ${formatMonth(month)}`, fraction: null });
    try {
      await closeMonth(month, profile);
      setStatus({ kind: 'success', text: `${formatMonth(month)} er lukket. Tallene er nu låst.` });
    } catch (error) {
      setStatus({ kind: 'error', text: errorMessage(error) });
    } finally {
      setProgress(null);
    }
  };

  const doReopen = async (e: FormEvent) => {
    e.preventDefault();
    const r = validate(ReopenReasonSchema, reason);
    if (!r.ok) return setReasonError(r.errors[''] ?? 'ugyldig begrundelse');
    setReasonError(undefined);
    try {
      await reopenMonth(month, r.value);
      setReopening(false);
      setReason('');
      setStatus({ kind: 'success', text: `${formatMonth(month)} er genåbnet.` });
    } catch (error) {
      setStatus({ kind: 'error', text: errorMessage(error) });
    }
  };

  const results = view?.results;
  const capPercent = results?.settings.transportCapPercent ?? 30;

  return (
    <Page
      title="Månedsafslutning"
      subtitle={`${formatMonth(month)} · ${view ? MONTH_STATUS_LABELS[view.status] : '…'}`}
      actions={<MonthPicker month={month} onChange={setMonth} />}
    >
      {!view || !results ? (
        <p className="loading">Henter …</p>
      ) : (
        <>
          {view.status === 'closed' && view.close ? (
            <Notice kind="success">
              <p data-testid="month-status">
                Lukket {formatDateTime(view.close.closedAt)} af {view.close.closedBy}. Tallene er
                låst og eksporteres præcis som ved lukningen.
              </p>
            </Notice>
          ) : view.status === 'reopened' ? (
            <Notice kind="warning">
              <p data-testid="month-status">
                Måneden er genåbnet: {view.close?.history.at(-1)?.reason}. Luk den igen, når
                rettelserne er gjort.
              </p>
            </Notice>
          ) : (
            <p className="muted" data-testid="month-status">
              Måneden er åben. Tallene beregnes ud fra det registrerede fremmøde og lønafgørelserne.
            </p>
          )}
          {results.problems.length > 0 ? (
            <Notice kind="error">
              <p>
                {results.problems.length === 1 ? 'Én borger' : `${results.problems.length} borgere`}{' '}
                kan ikke beregnes. Ret det, før måneden kan eksporteres eller lukkes:
              </p>
              <ul>
                {results.problems.map((p) => (
                  <li key={p.citizenId}>
                    <a href={href(['borgere', p.citizenId])}>{p.name}</a>:{' '}
                    {p.issues.map(danishIssue).join('; ')}
                  </li>
                ))}
              </ul>
            </Notice>
          ) : null}
          <Card title="Månedens resultat">
            <div className="table-wrap">
              <table className="month-table" data-testid="month-table">
                <thead>
                  <tr>
                    <th scope="col">Borger</th>
                    <th scope="col">Tilbud</th>
                    <th scope="col" className="num">
                      Dage
                    </th>
                    <th scope="col" className="num">
                      Timer
                    </th>
                    <th scope="col" className="num">
                      Timeløn
                    </th>
                    <th scope="col" className="num">
                      Bruttoløn
                    </th>
                    <th scope="col" className="num">
                      Kørsel i alt
                    </th>
                    <th scope="col" className="num">
                      Borgerens andel
                    </th>
                    <th scope="col" className="num">
                      Kommunens andel
                    </th>
                    <th scope="col" className="num">
                      Regulering i løn
                    </th>
                    <th scope="col">Bemærkninger</th>
                  </tr>
                </thead>
                <tbody>
                  {results.rows.map((r) => {
                    const x = r.result;
                    const wage = x.wageLines.at(-1)?.hourlyWage;
                    return (
                      <tr key={r.citizenId} data-testid={`row-${r.payrollNumber}`}>
                        <th scope="row">
                          <a href={href(['borgere', r.citizenId])}>{r.name}</a>
                          <br />
                          <span className="muted">{r.payrollNumber}</span>
                        </th>
                        <td>{OFFER_SHORT[r.offer]}</td>
                        <td className="num">{x.days}</td>
                        <td className="num">{formatHours(x.hours)}</td>
                        <td className="num">{wage === undefined ? '—' : formatAmount(wage)}</td>
                        <td className="num">{formatAmount(x.grossPay)}</td>
                        <td className="num">{formatAmount(x.transport.total)}</td>
                        <td className="num">{formatAmount(x.transport.citizenShare)}</td>
                        <td className="num">{formatAmount(x.transport.municipalShare)}</td>
                        <td className="num">{formatAmount(x.transport.payrollAdjustment)}</td>
                        <td>
                          {x.warnings.map((w) => warningText(w, capPercent)).join('. ') || '—'}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
                <tfoot>
                  <tr>
                    <td>I alt ({results.totals.citizens} borgere)</td>
                    <td />
                    <td className="num">{results.totals.days}</td>
                    <td className="num">{formatHours(results.totals.hours)}</td>
                    <td />
                    <td className="num">{formatAmount(results.totals.grossPay)}</td>
                    <td className="num">{formatAmount(results.totals.transportTotal)}</td>
                    <td className="num">{formatAmount(results.totals.citizenShare)}</td>
                    <td className="num">{formatAmount(results.totals.municipalShare)}</td>
                    <td className="num">{formatAmount(results.totals.payrollAdjustment)}</td>
                    <td />
                  </tr>
                </tfoot>
              </table>
            </div>
            <p className="muted">
              Beløb i kroner. Anslået udbetaling i alt {formatKr(results.totals.estimatedPayout)};
              den endelige skat beregnes af lønsystemet.
            </p>
          </Card>
          <Progress state={progress} />
          {status ? <Notice kind={status.kind}>{status.text}</Notice> : null}
          <div className="grid-2">
            <Card title="Eksport til lønkontoret">
              <p>Hent lønlisten som CSV-fil. En lukket måned giver altid præcis den samme fil.</p>
              <div className="actions">
                {EXPORT_PROFILES.map((p) => (
                  <button
                    key={p}
                    type="button"
                    className="secondary"
                    disabled={progress !== null}
                    onClick={() => void doExport(p)}
                  >
                    Eksportér {EXPORT_PROFILE_LABELS[p]}
                  </button>
                ))}
              </div>
            </Card>
            {view.status === 'closed' ? (
              <Card title="Genåbn måneden">
                {reopening ? (
                  <form onSubmit={doReopen} noValidate>
                    <TextArea
                      label="Begrundelse for genåbning"
                      value={reason}
                      onChange={setReason}
                      error={reasonError}
                      hint="Begrundelsen logges sammen med dine initialer."
                    />
                    <div className="actions">
                      <button type="submit">Genåbn måneden</button>
                      <button
                        type="button"
                        className="secondary"
                        onClick={() => setReopening(false)}
                      >
                        Annuller
                      </button>
                    </div>
                  </form>
                ) : (
                  <>
                    <p>En lukket måned kan kun rettes, hvis den genåbnes med en begrundelse.</p>
                    <button type="button" className="secondary" onClick={() => setReopening(true)}>
                      Genåbn …
                    </button>
                  </>
                )}
              </Card>
            ) : (
              <Card title="Luk måneden">
                <p>
                  Når måneden lukkes, låses tal, indstillinger og lønafgørelser, så eksporten altid
                  kan gentages uændret.
                </p>
                <SelectField
                  label="Filen lønkontoret modtager"
                  value={profile}
                  onChange={setProfile}
                  options={EXPORT_PROFILES.map((p) => ({
                    value: p,
                    label: EXPORT_PROFILE_LABELS[p],
                  }))}
                />
                <div className="actions">
                  <button
                    type="button"
                    disabled={progress !== null || results.problems.length > 0}
                    onClick={() => void doClose()}
                  >
                    Luk {formatMonth(month)}
                  </button>
                </div>
              </Card>
            )}
          </div>
          {view.close && view.close.history.length > 0 ? (
            <Card title="Historik">
              <ul className="plain">
                {view.close.history.map((h, i) => (
                  <li key={i}>
                    {formatDateTime(h.at)}: {h.action === 'closed' ? 'lukket' : 'genåbnet'} af{' '}
                    {h.by}
                    {h.reason ? ` – ${h.reason}` : ''}
                  </li>
                ))}
              </ul>
            </Card>
          ) : null}
        </>
      )}
    </Page>
  );
}
