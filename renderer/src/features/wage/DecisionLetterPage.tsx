// The decision letter as a letter (docs/rules.md §12): on screen a preview with its actions; in
// print only the letter, A4 with margins, no app around it.
import { Notice, Page } from '../../components/Page';
import { href } from '../../router';
import {
  LETTER_HEADING,
  LETTER_SENDER,
  decisionLetterDoc,
} from '../../../../shared/documents/letter';
import { APPEAL_UNAPPROVED } from '../../../../shared/documents/settings';
import { PrintButtons } from '../documents/PrintButtons';
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
  const letter = decisionLetterDoc(d, c, data.version.settings, data.documents, data.area);
  return (
    <Page
      title="Afgørelse om løn"
      className="document-page"
      subtitle={`${c.name} · gælder fra ${letter.effectiveFrom}`}
      actions={
        <>
          <a className="button secondary" href={href(['borgere', c.id])}>
            Til borgeren
          </a>
          <PrintButtons
            label="Udskriv brev"
            fileName={`afgoerelse-${c.payrollNumber}-${d.effectiveFrom}.pdf`}
            document={{ document: 'decisionLetter', citizenId: c.id }}
          />
        </>
      }
    >
      {!letter.signer ? (
        <div className="no-print">
          <Notice kind="warning">
            Initialerne {letter.assessorInitials} står ikke i brugerlisten, så brevet kan ikke give
            fuldt navn og stilling. Tilføj dem under{' '}
            <a href={href(['indstillinger'])}>Indstillinger → Brugere og klagevejledning</a>.
          </Notice>
        </div>
      ) : null}
      <article className="letter document" aria-label="Afgørelsesbrev">
        <header className="letter-head">
          <p className="letter-sender">
            <strong>{LETTER_SENDER.unit}</strong>
            <br />
            {LETTER_SENDER.municipality}
          </p>
          <p className="letter-date">Dato: {letter.dated}</p>
        </header>
        <p className="letter-recipient">
          <strong>{letter.citizen.name}</strong>
          <br />
          CPR-nr. {letter.citizen.cpr}
          <br />
          Lønnummer {letter.citizen.payrollNumber}
          {letter.area ? (
            <>
              <br />
              {letter.area}
            </>
          ) : null}
        </p>
        <h2>{LETTER_HEADING}</h2>
        <p>
          Du er i beskyttet beskæftigelse efter servicelovens § 103. Du får løn efter din indsats
          (servicelovens § 105).
        </p>
        <p className="letter-wage">
          Din timeløn er <strong data-testid="letter-wage">{letter.wage}</strong> fra den{' '}
          <strong>{letter.effectiveFrom}</strong>.
        </p>
        <h3>Det bygger lønnen på</h3>
        {letter.basis.kind === 'assessment' ? (
          <>
            <p>
              Vi har vurderet dit arbejde ud fra kriterierne i Holbæk Kommunes serviceniveau. Hvert
              kriterium giver 0 point (i meget ringe grad) til 4 point (i meget høj grad).
              Hjælpebehovet giver også point.
            </p>
            <table className="letter-table">
              <caption>Vurderingen</caption>
              <tbody>
                {letter.basis.criteria.map((row) => (
                  <tr key={row.label}>
                    <th scope="row">{row.label}</th>
                    <td>{row.value}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        ) : (
          <>
            <p>Timelønnen er fastsat efter en konkret, individuel vurdering:</p>
            <p className="preline">{letter.basis.justification}</p>
          </>
        )}
        <table className="letter-table">
          <caption>Sådan er timelønnen regnet ud</caption>
          <tbody>
            {letter.basis.steps.map((s) => (
              <tr key={s.label}>
                <th scope="row">{s.label}</th>
                <td>{s.text}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p>
          Lønnen vurderes igen ved opfølgningen på din bevilling, eller når din indsats ændrer sig.
        </p>
        <section className="letter-appeal" aria-label="Klagevejledning">
          <h3>Klagevejledning</h3>
          {letter.appeal.isDefault ? (
            <p>
              <strong>{APPEAL_UNAPPROVED}</strong>
            </p>
          ) : null}
          {letter.appeal.paragraphs.map((p, i) => (
            <p key={i}>{p}</p>
          ))}
        </section>
        <div className="letter-signature">
          <p>Med venlig hilsen</p>
          <p>
            <strong>{letter.signer ? letter.signer.name : letter.assessorInitials}</strong>
            {letter.signer ? (
              <>
                <br />
                {letter.signer.title}
              </>
            ) : null}
            <br />
            {LETTER_SENDER.unit}, {LETTER_SENDER.municipality}
          </p>
        </div>
        <p className="muted letter-registered">{letter.registered}</p>
      </article>
    </Page>
  );
}
