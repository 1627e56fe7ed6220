// The check screen before a month is closed (docs/rules.md §10): what may need a look first,
// with links to the citizens, the confirmations the closing needs, and the totals it freezes.
import { useEffect, useId, useRef, useState } from 'react';
import type { CloseConfirmation } from '../../../../shared/data/api';
import { Checkbox } from '../../components/Field';
import { Notice } from '../../components/Page';
import { href } from '../../router';
import { CHECK_LABELS, canConfirm, checkTexts } from './closeCheckModel';
import { useCloseCheck } from './useMonth';

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
          {texts.notOver ? (
            <Notice kind="warning">
              <p>{texts.notOver}</p>
              <Checkbox
                label="Luk alligevel, før måneden er slut"
                checked={given.beforeMonthEnd}
                onChange={(beforeMonthEnd) => setGiven({ ...given, beforeMonthEnd })}
              />
            </Notice>
          ) : null}
          {texts.changed ? (
            <Notice kind="warning">
              <p>{texts.changed}</p>
              <Checkbox
                label="Luk med de nye tal"
                checked={given.changedFigures}
                onChange={(changedFigures) => setGiven({ ...given, changedFigures })}
                hint="Lønkontoret får en rettelsesfil med forskellen, så intet udbetales to gange."
              />
            </Notice>
          ) : null}
          <p className="close-totals" data-testid="close-totals">
            {texts.totals}
          </p>
          <div className="actions">
            <button
              type="button"
              disabled={busy || !canConfirm(check, given)}
              onClick={() => onConfirm(given)}
            >
              Luk måneden
            </button>
            <button type="button" className="secondary" onClick={onCancel}>
              Annuller
            </button>
          </div>
        </>
      )}
    </section>
  );
}
