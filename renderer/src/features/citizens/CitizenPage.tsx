import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type FormEvent } from 'react';
import { explainWage, shiftMonth, type Settings } from '../../../../shared/domain';
import { fromOre } from '../../../../shared/money';
import { CitizenEndSchema } from '../../../../shared/records';
import { useAppState } from '../../appState';
import { DateField, TextField } from '../../components/Field';
import { validate, type FieldErrors } from '../../components/forms';
import { Card, Notice, Page } from '../../components/Page';
import {
  ABSENCE_LABELS,
  endCitizen,
  errorMessage,
  formatCpr,
  getCitizen,
  getSettingsForMonth,
  GRANT_DAYS_PER_WEEK,
  GRANT_SIZE_LABELS,
  listAttendance,
  listGrants,
  listWageDecisions,
  maskCpr,
  reactivateCitizen,
  recordFollowUp,
  type AbsenceReason,
  type WageDecision,
} from '../../data';
import {
  formatDate,
  formatDecimal,
  formatHours,
  formatKr,
  formatMonth,
  todayIso,
} from '../../format';
import { href } from '../../router';
import { WageChart } from '../wage/WageChart';
import { citizenToForm, OFFER_LABELS, PAYER_LABELS, TRANSPORT_MODE_LABELS } from './citizenForm';
import { TransportPreview } from './TransportPreview';

export function decisionWage(d: WageDecision, settings: Settings): number {
  if (d.hourlyWage !== undefined) return d.hourlyWage;
  return fromOre(explainWage(d.assessment!, settings).wageOre);
}

export default function CitizenPage({ citizenId }: { citizenId: string }) {
  const { month } = useAppState();
  const [showCpr, setShowCpr] = useState(false);
  const [actionError, setActionError] = useState<string | null>(null);
  const data = useLiveQuery(async () => {
    const citizen = await getCitizen(citizenId);
    if (!citizen) return { citizen: null } as const;
    const months = [shiftMonth(month, -2), shiftMonth(month, -1), month];
    const [grants, decisions, attendance, settingsByMonth] = await Promise.all([
      listGrants(citizenId),
      listWageDecisions(citizenId),
      Promise.all(months.map((m) => listAttendance(m, citizenId))),
      Promise.all([month].map((m) => getSettingsForMonth(m))),
    ]);
    const decisionSettings = await Promise.all(
      decisions.map((d) => getSettingsForMonth(d.effectiveFrom.slice(0, 7))),
    );
    return {
      citizen,
      grants,
      decisions,
      decisionSettings,
      months,
      attendance,
      version: settingsByMonth[0]!,
    };
  }, [citizenId, month]);

  if (!data) return <p className="loading">Henter …</p>;
  if (!data.citizen)
    return (
      <Page title="Borgeren findes ikke">
        <p>
          Borgeren findes ikke (mere). <a href={href(['borgere'])}>Tilbage til borgerlisten</a>
        </p>
      </Page>
    );
  const c = data.citizen;
  const grant = data.grants.at(-1);
  const t = c.transport;
  const today = todayIso();
  const wages = data.decisions.map((d, i) => ({
    effectiveFrom: d.effectiveFrom,
    wage: decisionWage(d, data.decisionSettings[i]!.settings),
  }));

  return (
    <Page
      title={c.name}
      subtitle={`${OFFER_LABELS[c.offer]} · lønnummer ${c.payrollNumber}`}
      actions={
        <>
          <a className="button secondary" href={href(['borgere', c.id, 'rediger'])}>
            Ret oplysninger
          </a>
          {c.offer === 'SEL103' ? (
            <a className="button" href={href(['loenvurdering'], { borger: c.id })}>
              Ny lønvurdering
            </a>
          ) : null}
        </>
      }
    >
      {c.endDate ? (
        <Notice kind="warning">
          <p>
            Afsluttet {formatDate(c.endDate)}: {c.endReason}
          </p>
        </Notice>
      ) : null}
      {actionError ? <Notice kind="error">{actionError}</Notice> : null}
      <div className="grid-2">
        <Card title="Stamdata">
          <dl className="facts">
            <dt>CPR-nummer</dt>
            <dd>
              <span data-testid="cpr">{showCpr ? formatCpr(c.cpr) : maskCpr(c.cpr)}</span>{' '}
              <button type="button" className="link" onClick={() => setShowCpr((v) => !v)}>
                {showCpr ? 'Skjul' : 'Vis'}
              </button>
            </dd>
            <dt>Start</dt>
            <dd>{formatDate(c.startDate)}</dd>
            {c.note ? (
              <>
                <dt>Note</dt>
                <dd>{c.note}</dd>
              </>
            ) : null}
          </dl>
        </Card>
        <Card title="Bevilling">
          {grant ? (
            <dl className="facts">
              <dt>Omfang</dt>
              <dd>
                {GRANT_SIZE_LABELS[grant.size]} ({GRANT_DAYS_PER_WEEK[grant.size]} dage om ugen)
              </dd>
              <dt>Periode</dt>
              <dd>
                {formatDate(grant.startDate)} –{' '}
                {grant.endDate ? formatDate(grant.endDate) : 'uden slutdato'}
              </dd>
              <dt>Næste opfølgning</dt>
              <dd>
                {formatDate(grant.followUpDue)}{' '}
                {grant.followUpDue < today ? <span className="badge err">Overskredet</span> : null}{' '}
                <button
                  type="button"
                  className="link"
                  onClick={() =>
                    void recordFollowUp(grant.id, today).catch((e: unknown) =>
                      setActionError(errorMessage(e)),
                    )
                  }
                >
                  Opfølgning holdt i dag
                </button>
              </dd>
              {grant.screeningNotes ? (
                <>
                  <dt>Målgruppe</dt>
                  <dd>{grant.screeningNotes}</dd>
                </>
              ) : null}
            </dl>
          ) : (
            <p className="muted">Ingen bevilling registreret.</p>
          )}
        </Card>
        <Card title="Skattekort og kørsel">
          <dl className="facts">
            {c.offer === 'SEL103' ? (
              <>
                <dt>Skattekort</dt>
                <dd>
                  {c.taxCard ? (
                    `${formatDecimal(c.taxCard.withholdingRatePercent)} % træk, fradrag ${formatKr(c.taxCard.monthlyAllowance)} pr. måned`
                  ) : (
                    <span className="badge warn">Mangler – standardtræk bruges</span>
                  )}
                </dd>
              </>
            ) : null}
            <dt>Kørsel</dt>
            <dd>
              {t ? (
                <>
                  {TRANSPORT_MODE_LABELS[t.mode]}
                  {t.oneWayKm !== undefined && t.mode !== 'none'
                    ? `, ${formatDecimal(t.oneWayKm)} km én vej`
                    : ''}
                  {t.mode === 'car'
                    ? `, ${formatKr(t.ratePerKm ?? data.version.settings.kmRate)}/km`
                    : ''}
                  {t.mode === 'public' || t.mode === 'special'
                    ? `, ${formatKr(t.dailyCost)} pr. dag`
                    : ''}
                  {t.mode === 'public' && t.monthlyPass !== undefined
                    ? `, månedskort ${formatKr(t.monthlyPass)}`
                    : ''}
                </>
              ) : (
                <span className="badge warn">Mangler kørselsprofil</span>
              )}
            </dd>
            {c.offer === 'SEL103' && t && t.mode !== 'none' ? (
              <>
                <dt>Betaling</dt>
                <dd>
                  {PAYER_LABELS[t.paidBy ?? (t.mode === 'special' ? 'municipality' : 'citizen')]}
                </dd>
              </>
            ) : null}
            {c.offer === 'SEL104' ? (
              <>
                <dt>Bevilget kørsel</dt>
                <dd>{c.municipalTransport ? 'Ja – kommunen betaler' : 'Nej'}</dd>
              </>
            ) : null}
          </dl>
          {t ? (
            <TransportPreview
              form={citizenToForm(c, grant)}
              month={month}
              attendance={data.attendance[data.attendance.length - 1] ?? []}
              decisions={data.decisions}
              version={data.version}
            />
          ) : null}
        </Card>
        <Card title="Fremmøde">
          <table>
            <thead>
              <tr>
                <th scope="col">Måned</th>
                <th scope="col" className="num">
                  Dage
                </th>
                <th scope="col" className="num">
                  Timer
                </th>
                <th scope="col">Fravær</th>
              </tr>
            </thead>
            <tbody>
              {data.months.map((m, i) => {
                const rows = data.attendance[i]!;
                const worked = rows.filter((a) => a.hours > 0);
                const hours = worked.reduce((s, a) => s + Math.round(a.hours * 100), 0) / 100;
                const absence = new Map<AbsenceReason, number>();
                for (const a of rows)
                  if (a.absence) absence.set(a.absence, (absence.get(a.absence) ?? 0) + 1);
                return (
                  <tr key={m}>
                    <td>{formatMonth(m)}</td>
                    <td className="num">{worked.length}</td>
                    <td className="num">{formatHours(hours)}</td>
                    <td>
                      {absence.size === 0
                        ? '—'
                        : [...absence].map(([r, n]) => `${ABSENCE_LABELS[r]} ${n}`).join(', ')}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </Card>
      </div>
      {c.offer === 'SEL103' ? (
        <Card title="Lønhistorik">
          <WageChart points={wages} ceiling={data.version.settings.wageCeiling} today={today} />
          {data.decisions.length > 0 ? (
            <table>
              <thead>
                <tr>
                  <th scope="col">Gælder fra</th>
                  <th scope="col" className="num">
                    Timeløn
                  </th>
                  <th scope="col">Grundlag</th>
                  <th scope="col">Vurderet af</th>
                  <th scope="col">
                    <span className="visually-hidden">Handlinger</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {data.decisions.map((d, i) => (
                  <tr key={d.id}>
                    <td>{formatDate(d.effectiveFrom)}</td>
                    <td className="num">{formatKr(wages[i]!.wage)}</td>
                    <td>
                      {d.hourlyWage !== undefined
                        ? `Individuelt fastsat: ${d.justification ?? ''}`
                        : 'Vurdering efter kriterierne'}
                    </td>
                    <td>{d.assessorInitials}</td>
                    <td>
                      <a href={href(['loenvurdering', 'brev', d.id])}>Afgørelsesbrev</a>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
        </Card>
      ) : null}
      <EndCitizen citizenId={c.id} ended={c.endDate !== undefined} />
    </Page>
  );
}

function EndCitizen({ citizenId, ended }: { citizenId: string; ended: boolean }) {
  const [open, setOpen] = useState(false);
  const [endDate, setEndDate] = useState(todayIso());
  const [endReason, setEndReason] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  if (ended)
    return (
      <div className="actions">
        <button
          type="button"
          className="secondary"
          onClick={() =>
            void reactivateCitizen(citizenId).catch((e: unknown) => setMessage(errorMessage(e)))
          }
        >
          Genaktivér borgeren
        </button>
        {message ? <Notice kind="error">{message}</Notice> : null}
      </div>
    );
  if (!open)
    return (
      <div className="actions">
        <button type="button" className="secondary" onClick={() => setOpen(true)}>
          Afslut forløbet …
        </button>
      </div>
    );
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const r = validate(CitizenEndSchema, { endDate, endReason });
    if (!r.ok) return setErrors(r.errors);
    try {
      await endCitizen(citizenId, r.value);
      setOpen(false);
    } catch (error) {
      setMessage(errorMessage(error));
    }
  };
  return (
    <Card title="Afslut forløbet">
      <form onSubmit={submit} noValidate>
        <div className="form-grid">
          <DateField
            label="Slutdato"

            value={endDate}
            onChange={setEndDate}
            error={errors.endDate}
          />
          <TextField
            label="Årsag"
            value={endReason}
            onChange={setEndReason}
            error={errors.endReason}
          />
        </div>
        {message ? <Notice kind="error">{message}</Notice> : null}
        <div className="actions">
          <button type="submit">Afslut</button>
          <button type="button" className="secondary" onClick={() => setOpen(false)}>
            Annuller
          </button>
        </div>
      </form>
    </Card>
  );
}
