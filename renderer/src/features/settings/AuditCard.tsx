// The audit log (issue 10, Build item 9): every change in Danish — who, when, the citizen, the
// day or month, each field before → after — filtered by citizen, a page at a time; above it, whether
// the log's hash chain is intact (docs/rules.md §13).
import { useMemo } from 'react';
import { SelectField } from '../../components/Field';
import { StatusNotice } from '../../components/Page';
import { chainStatus } from './auditChainModel';
import { auditLine, citizenChoices } from './settingsModel';
import { useAuditLog } from './useAuditLog';

export function AuditCard() {
  const log = useAuditLog();
  const names = useMemo(() => {
    const byId = new Map((log.citizens ?? []).map((c) => [c.id, c.name]));
    return (id: string) => byId.get(id);
  }, [log.citizens]);
  return (
    <section className="card" aria-labelledby="audit-title">
      <div className="card-head">
        <h2 id="audit-title">Ændringslog</h2>
      </div>
      {log.chain ? (
        <StatusNotice status={chainStatus(log.chain, names)} />
      ) : (
        <p className="loading">Kontrollerer logbogen …</p>
      )}
      <div className="toolbar">
        <SelectField
          label="Borger"
          value={log.citizenId}
          onChange={log.setCitizenId}
          options={citizenChoices(log.citizens ?? [])}
        />
      </div>
      {!log.entries ? (
        <p className="loading">Henter …</p>
      ) : log.entries.length === 0 ? (
        <p className="muted">Ingen ændringer{log.citizenId ? ' for denne borger' : ''} endnu.</p>
      ) : (
        <ul className="plain">
          {log.entries.map((e, i) => (
            <li key={e.id ?? i}>{auditLine(e, names)}</li>
          ))}
        </ul>
      )}
      {log.older || log.newer ? (
        <div className="actions">
          <button
            type="button"
            className="secondary"
            disabled={!log.newer}
            onClick={() => log.newer?.()}
          >
            Nyere
          </button>
          <span className="muted">Side {log.pageNumber}</span>
          <button
            type="button"
            className="secondary"
            disabled={!log.older}
            onClick={() => log.older?.()}
          >
            Ældre
          </button>
        </div>
      ) : null}
    </section>
  );
}
