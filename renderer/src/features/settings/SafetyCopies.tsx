// The safety copies taken before each restore on this PC, and "Fortryd gendannelse" for the
// latest (asked first, like any restore).
import { safetyCopyLine } from './settingsModel';
import { useSafetyCopies } from './useAuditLog';

export function SafetyCopies({ busy, onUndo }: { busy: boolean; onUndo: (id: number) => void }) {
  const copies = useSafetyCopies();
  const latest = copies?.[0];
  return (
    <section aria-labelledby="safety-copies-title">
      <h3 id="safety-copies-title">Sikkerhedskopier før gendannelse</h3>
      {!copies || copies.length === 0 ? (
        <p className="muted">Ingen endnu: der er ikke gendannet noget på denne pc.</p>
      ) : (
        <>
          <ul className="plain">
            {copies.map((c) => (
              <li key={c.id}>{safetyCopyLine(c)}</li>
            ))}
          </ul>
          {latest?.id !== undefined ? (
            <button
              type="button"
              className="secondary"
              disabled={busy}
              onClick={() => onUndo(latest.id!)}
            >
              Fortryd gendannelse
            </button>
          ) : null}
        </>
      )}
    </section>
  );
}
