// The printable decision letter: wage, basis, date, assessor (print CSS hides the app around it).
import { Page } from '../../components/Page';
import { href } from '../../router';
import { decisionLetter } from './decisionLetterModel';
import { useDecisionLetter } from './useDecisionLetter';

export default function DecisionLetterPage({ decisionId }: { decisionId: string }) {
  const data = useDecisionLetter(decisionId);
  if (!data) return <p className="loading">Henter …</p>;
  if (!data.found)
    return (
      <Page title="Afgørelsen findes ikke">
        <p>Lønafgørelsen findes ikke (mere).</p>
      </Page>
    );
  const { decision: d, citizen: c } = data;
  const letter = decisionLetter(d, data.version.settings);
  return (
    <Page
      title="Afgørelse om løn"
      subtitle={`${c.name} · gælder fra ${letter.effectiveFrom}`}
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
          {letter.dated}
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
          Din timeløn er fra den <strong>{letter.effectiveFrom}</strong>:{' '}
          <strong data-testid="letter-wage">{letter.wage}</strong> i timen.
        </p>
        <h3>Grundlaget for afgørelsen</h3>
        {letter.basis.kind === 'assessment' ? (
          <>
            <p>
              Lønnen er fastsat ud fra en samlet vurdering af kriterierne i Holbæk Kommunes
              serviceniveau:
            </p>
            <table>
              <tbody>
                {letter.basis.rows.map((row) => (
                  <tr key={row.label}>
                    <th scope="row">{row.label}</th>
                    <td>{row.value}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p>{letter.basis.calculation}</p>
          </>
        ) : (
          <>
            <p>Timelønnen er fastsat efter en konkret, individuel vurdering:</p>
            <p>{letter.basis.justification}</p>
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
        <p className="muted">{letter.registered}</p>
      </article>
    </Page>
  );
}
