// Live preview of this month's transport shares for the profile being edited, computed by the
// domain core (domain.md § 4) from the month's registered attendance, or from the planned days.
import { parseCalcInput, calculateMonth, wageFloorOre } from '../../../../shared/domain';
import { fromOre } from '../../../../shared/money';
import { effectiveDecisions } from '../../../../shared/month';
import type { Attendance, SettingsVersion, WageDecision } from '../../data';
import { GRANT_DAYS_PER_WEEK } from '../../data';
import { formatKr, formatMonth } from '../../format';
import { plannedDays } from '../../../../shared/rules/planned';
import { citizenInputFromForm, PAYER_LABELS, type CitizenFormState } from './citizenForm';

const EXAMPLE_HOURS = 6;

export function TransportPreview({
  form,
  month,
  attendance,
  decisions,
  version,
}: {
  form: CitizenFormState;
  month: string;
  attendance: readonly Attendance[];
  decisions: readonly WageDecision[];
  version: SettingsVersion;
}) {
  const citizen = citizenInputFromForm(form);
  const registered = attendance.filter((a) => a.hours > 0);
  const example = registered.length === 0;
  const days = example
    ? plannedDays(month, {
        daysPerWeek: GRANT_DAYS_PER_WEEK[form.grantSize],
        from: form.grantStart || undefined,
        to: form.grantEnd || undefined,
      }).map((date) => ({ date, hours: EXAMPLE_HOURS }))
    : registered.map((a) => ({ date: a.date, hours: a.hours }));
  const inForce = effectiveDecisions(decisions, month);
  const noDecision = form.offer === 'SEL103' && inForce.length === 0;
  const floor = fromOre(wageFloorOre(version.settings));
  const wageDecisions =
    form.offer === 'SEL104'
      ? []
      : noDecision
        ? [{ effectiveFrom: `${month}-01`, hourlyWage: floor, justification: 'Eksempel' }]
        : inForce.map((d) => ({
            effectiveFrom: d.effectiveFrom,
            ...(d.assessment ? { assessment: d.assessment } : {}),
            ...(d.hourlyWage !== undefined
              ? { hourlyWage: d.hourlyWage, justification: d.justification ?? '-' }
              : {}),
          }));
  const firstPaid = wageDecisions[0]?.effectiveFrom;
  const input = {
    month,
    settings: version.settings,
    citizen: {
      offer: form.offer,
      ...(citizen.taxCard ? { taxCard: citizen.taxCard } : {}),
      ...(citizen.transport ? { transport: citizen.transport } : {}),
      ...(form.offer === 'SEL104' ? { municipalTransport: form.municipalTransport } : {}),
    },
    wageDecisions: wageDecisions,
    attendance: days.filter(
      (d) => form.offer === 'SEL104' || (firstPaid !== undefined && d.date >= firstPaid),
    ),
  };
  const parsed = parseCalcInput(input);

  return (
    <div className="transport-preview" aria-live="polite">
      <h3>Kørsel i {formatMonth(month)} (forhåndsvisning)</h3>
      {!parsed.ok ? (
        <p className="muted">
          Udfyld kørselsprofilen
          {form.offer === 'SEL103' && form.hasTaxCard ? ' og skattekortet' : ''} korrekt for at se
          fordelingen.
        </p>
      ) : (
        (() => {
          const r = calculateMonth(parsed.value);
          const t = r.transport;
          return (
            <>
              <p className="muted">
                {example
                  ? `Eksempel ud fra bevillingens planlagte dage (${days.length} dage à ${EXAMPLE_HOURS} timer), da der ikke er registreret fremmøde.`
                  : `Ud fra ${r.days} registrerede fremmødedage.`}
                {noDecision ? ' Der er ingen lønafgørelse endnu, så lønnen er sat til bunden.' : ''}
              </p>
              <table>
                <tbody>
                  <tr>
                    <th scope="row">Kørselsdage</th>
                    <td className="num">{t.days}</td>
                  </tr>
                  <tr>
                    <th scope="row">Samlet udgift</th>
                    <td className="num" data-testid="preview-total">
                      {formatKr(t.total)}
                    </td>
                  </tr>
                  {form.offer === 'SEL103' ? (
                    <>
                      <tr>
                        <th scope="row">
                          Heraf inden for{' '}
                          {String(version.settings.transportThresholdKm).replace('.', ',')} km
                        </th>
                        <td className="num">{formatKr(t.withinThreshold)}</td>
                      </tr>
                      <tr>
                        <th scope="row">
                          Loft: {String(version.settings.transportCapPercent).replace('.', ',')} %
                          af anslået nettoløn {formatKr(r.netPay)}
                        </th>
                        <td className="num">{formatKr(t.cap)}</td>
                      </tr>
                    </>
                  ) : null}
                  <tr>
                    <th scope="row">Borgerens andel</th>
                    <td className="num" data-testid="preview-citizen">
                      {formatKr(t.citizenShare)}
                    </td>
                  </tr>
                  <tr>
                    <th scope="row">Kommunens andel</th>
                    <td className="num" data-testid="preview-municipal">
                      {formatKr(t.municipalShare)}
                    </td>
                  </tr>
                  {form.offer === 'SEL103' ? (
                    <tr>
                      <th scope="row">Regulering i lønnen</th>
                      <td className="num">{formatKr(t.payrollAdjustment)}</td>
                    </tr>
                  ) : null}
                </tbody>
              </table>
              {form.offer === 'SEL103' && form.transportMode !== 'none' ? (
                <p className="muted">{PAYER_LABELS[t.paidBy]}.</p>
              ) : null}
            </>
          );
        })()
      )}
    </div>
  );
}
