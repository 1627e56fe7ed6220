// The citizen's wage decisions (docs/rules.md §§2, 10): each can be corrected ("Ret") or deleted
// ("Slet") with a reason while it has paid no closed month; a locked one says which months lock it.
import { useState } from 'react';
import { TextArea } from '../../components/Field';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { Card } from '../../components/Page';
import { useDataApi } from '../../data/context';
import { errorMessage } from '../../data/errors';
import type { DecisionRow } from './decisionListModel';

export function DecisionList({
  rows,
  onEdit,
  onCorrect,
}: {
  rows: readonly DecisionRow[];
  onEdit: (id: string) => void;
  /** A locked decision found wrong: an efterregulering (docs/rules.md §10). */
  onCorrect: (id: string) => void;
}) {
  const [deleting, setDeleting] = useState<DecisionRow | null>(null);
  return (
    <Card title="Lønafgørelser">
      {rows.length === 0 ? (
        <p className="muted">Borgeren har ingen lønafgørelser endnu.</p>
      ) : (
        <table aria-label="Lønafgørelser" className="decision-list">
          <thead>
            <tr>
              <th scope="col">Gælder fra</th>
              <th scope="col">Løn</th>
              <th scope="col">Vurderet af</th>
              <th scope="col">Rettelser</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id}>
                <td>{r.from}</td>
                <td>
                  {r.wage}
                  {r.replaced ? <span className="muted"> (erstattet)</span> : null}
                  {r.correction ? <div className="muted">{r.correction}</div> : null}
                </td>
                <td>{r.assessor}</td>
                <td>
                  {r.locked ? (
                    <>
                      <span className="muted">{r.locked}</span>
                      {r.replaced ? null : (
                        <div className="actions">
                          <button
                            type="button"
                            className="secondary"
                            aria-label={`Efterregulering af afgørelsen fra ${r.from}`}
                            onClick={() => onCorrect(r.id)}
                          >
                            Efterregulering
                          </button>
                        </div>
                      )}
                    </>
                  ) : (
                    <div className="actions">
                      <button type="button" className="secondary" onClick={() => onEdit(r.id)}>
                        Ret
                      </button>
                      <button type="button" className="secondary" onClick={() => setDeleting(r)}>
                        Slet
                      </button>
                    </div>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {deleting ? <DeleteDialog row={deleting} onClose={() => setDeleting(null)} /> : null}
    </Card>
  );
}

/** "Slet" asks for the reason that goes into the audit log (docs/rules.md §10). */
function DeleteDialog({ row, onClose }: { row: DecisionRow; onClose: () => void }) {
  const api = useDataApi();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const confirm = async () => {
    if (reason.trim() === '') return setError('må ikke være tom');
    try {
      await api.deleteWageDecision(row.id, reason, row.version);
      onClose();
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  return (
    <ConfirmDialog
      title="Slet lønafgørelse"
      confirmLabel="Slet lønafgørelse"
      onConfirm={() => void confirm()}
      onCancel={onClose}
    >
      <p>
        Afgørelsen fra {row.from} ({row.wage}) slettes. Begrundelsen gemmes i loggen.
      </p>
      <TextArea label="Begrundelse" value={reason} onChange={setReason} error={error} />
    </ConfirmDialog>
  );
}
