// The check screen before a month is closed (docs/rules.md §10): what may need a look first,
// with links to the citizens, the confirmations the closing needs, and the totals it freezes.
import { useEffect, useId, useRef, useState } from 'react';
import type { CloseConfirmation } from '../../../../shared/data/api';
import { Checkbox } from '../../components/Field';
import { ConfirmOrCancel } from '../../components/FormActions';
import { Notice } from '../../components/Page';
import { href } from '../../router';
import { CHECK_LABELS, canConfirm, checkTexts } from './closeCheckModel';
import { useCloseCheck } from './useMonth';

/** What a closing must have confirmed, when the check says so (the text key of `checkTexts`). */
const CONFIRMATIONS = [
  {
    key: 'beforeMonthEnd',
    text: 'notOver',
    label: 'Luk alligevel, før måneden er slut',
    hint: undefined,
  },
  {
    key: 'changedFigures',
    text: 'changed',
    label: 'Luk med de nye tal',
    hint: 'Lønkontoret får en rettelsesfil med forskellen, så intet udbetales to gange.',
  },
] as const;

export function CloseCheckPanel({
  month,
  busy,
  onConfirm,
  onCancel,
}: {
  month: string;
  busy: boolean;
  onConfirm: (confirm: CloseConfirmation) => void;
  onCancel: () => void;
}) {
  const headingId = useId();
  const check = useCloseCheck(month) ?? null;
  const [given, setGiven] = useState({ beforeMonthEnd: false, changedFigures: false });
  const heading = useRef<HTMLHeadingElement>(null);
  // The panel opens below the cards: bring it into view and put the keyboard there.
  useEffect(() => heading.current?.focus(), []);

  const texts = check ? checkTexts(check) : null;
  return (
    <section className="card close-check" aria-labelledby={headingId}>
      <div className="card-head">
        <h2 id={headingId} ref={heading} tabIndex={-1}>
          Kontrol før lukning
        </h2>
      </div>
      {!check || !texts ? (
        <p className="loading">Kontrollerer …</p>
      ) : (
        <>
          {check.items.length === 0 ? (
            <p>{texts.noItems}</p>
          ) : (
            <>
              <p>{texts.itemsIntro}</p>
              <ul className="check-items">
                {check.items.map((item, i) => (
                  <li key={i}>
                    <strong>{CHECK_LABELS[item.kind]}:</strong>{' '}
                    <a href={href(['borgere', item.citizenId])}>
                      {item.name} ({item.payrollNumber})
                    </a>{' '}
                    {item.text}
                  </li>
                ))}
              </ul>
            </>
          )}
          {CONFIRMATIONS.map(({ key, text, label, hint }) =>
            texts[text] ? (
              <Notice kind="warning" key={key}>
                <p>{texts[text]}</p>
                <Checkbox
                  label={label}
                  checked={given[key]}
                  onChange={(value) => setGiven({ ...given, [key]: value })}
                  hint={hint}
                />
              </Notice>
            ) : null,
          )}
          <p className="close-totals" data-testid="close-totals">
            {texts.totals}
          </p>
          <ConfirmOrCancel
            label="Luk måneden"
            busy={busy || !canConfirm(check, given)}
            onConfirm={() =>
              // The figures shown go with the closing: other figures now are refused.
              onConfirm(check.figures === undefined ? given : { ...given, figures: check.figures })
            }
            onCancel={onCancel}
          />
        </>
      )}
    </section>
  );
}
