// The printable decision letter: wage, basis, date, assessor (print CSS hides the app around it).
import { useLiveQuery } from 'dexie-react-hooks';
import {
  CRITERIA,
  CRITERION_LABELS,
  explainWage,
  HELP_NEED_LABELS,
  SCORE_LABELS,
} from '../../../../shared/domain';
import { fromOre } from '../../../../shared/money';
import { Page } from '../../components/Page';
import { db, getCitizen, getSettingsForMonth } from '../../data';
import { formatDate, formatDateTime, formatDecimal, formatKr, formatPercent } from '../../format';
import { href } from '../../router';

export default function DecisionLetterPage({ decisionId }: { decisionId: string }) {
  const data = useLiveQuery(async () => {
    const decision = await db.wageDecisions.get(decisionId);
    if (!decision) return { decision: null } as const;
    const [citizen, version] = await Promise.all([
      getCitizen(decision.citizenId),
      getSettingsForMonth(decision.effectiveFrom.slice(0, 7)),
    ]);
    return { decision, citizen, version };
  }, [decisionId]);
  if (!data) return <p className="loading">Henter …</p>;
  if (!data.decision || !data.citizen)
    return (
      <Page title="Afgørelsen findes ikke">
        <p>Lønafgørelsen findes ikke (mere).</p>
      </Page>
    );
  const { decision: d, citizen: c, version } = data;
  const e = d.assessment ? explainWage(d.assessment, version.settings) : null;
  const wage = d.hourlyWage ?? fromOre(e!.wageOre);
  return (
    <Page
      title="Afgørelse om løn"
      subtitle={`${c.name} · gælder fra ${formatDate(d.effectiveFrom)}`}
      actions={
        <>
          <a className="button secondary" href={href(['borgere', c.id])}>
            Til borgeren
          </a>
          <button type="button" onClick={() => window.print()}>
            Udskriv brev
          </button>
        </>
      }
    >
      <article className="letter" aria-label="Afgørelsesbrev">
        <p>
          Jobbasen · Holbæk Kommune
          <br />
          {formatDate(d.createdAt.slice(0, 10))}
        </p>
        <p>
          <strong>{c.name}</strong>
          <br />
          Lønnummer {c.payrollNumber}
        </p>
        <h2>Afgørelse om timeløn i beskyttet beskæftigelse</h2>
        <p>
          Du er i beskyttet beskæftigelse efter servicelovens § 103. Efter servicelovens § 105
          aflønnes du efter indsats.
        </p>
        <p>
          Din timeløn er fra den <strong>{formatDate(d.effectiveFrom)}</strong>:{' '}
          <strong data-testid="letter-wage">{formatKr(wage)}</strong> i timen.
        </p>
        {d.assessment && e ? (
          <>
            <h3>Grundlaget for afgørelsen</h3>
            <p>
              Lønnen er fastsat ud fra en samlet vurdering af kriterierne i Holbæk Kommunes
              serviceniveau:
            </p>
            <table>
              <tbody>
                {CRITERIA.map((k) => (
                  <tr key={k}>
                    <th scope="row">{CRITERION_LABELS[k]}</th>
                    <td>
                      {d.assessment!.scores[k]} –{' '}
                      {SCORE_LABELS[d.assessment!.scores[k]]!.toLowerCase()}
                    </td>
                  </tr>
                ))}
                <tr>
                  <th scope="row">Hjælpebehov</th>
                  <td>{HELP_NEED_LABELS[d.assessment.helpNeed]}</td>
                </tr>
              </tbody>
            </table>
            <p>
              Samlet score {formatDecimal(e.weightedPoints / 100)} af{' '}
              {formatDecimal(e.maxPoints / 100)} point ({formatPercent(e.fraction)}). Lønnen ligger
              mellem bunden {formatKr(fromOre(e.floorOre))} (
              {formatDecimal(version.settings.wageFloorPercent)} % af mindstelønnen) og loftet{' '}
              {formatKr(fromOre(e.ceilingOre))}: {formatKr(fromOre(e.floorOre))} + (
              {formatKr(fromOre(e.ceilingOre))} − {formatKr(fromOre(e.floorOre))}) ×{' '}
              {formatPercent(e.fraction)} = {formatKr(fromOre(e.rawOre))}, afrundet til nærmeste{' '}
              {formatKr(fromOre(e.stepOre))}: {formatKr(fromOre(e.wageOre))}
            </p>
          </>
        ) : (
          <>
            <h3>Grundlaget for afgørelsen</h3>
            <p>Timelønnen er fastsat efter en konkret, individuel vurdering:</p>
            <p>{d.justification}</p>
          </>
        )}
        <p>
          Lønnen vurderes igen ved opfølgningen på din bevilling, eller når din indsats ændrer sig.
        </p>
        <p>
          Med venlig hilsen
          <br />
          Vurderet af <strong>{d.assessorInitials}</strong>, Jobbasen
        </p>
        <p className="muted">Registreret {formatDateTime(d.createdAt)}.</p>
      </article>
    </Page>
  );
}
