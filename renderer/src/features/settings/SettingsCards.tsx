// Durable storage and the latest changes (the audit log).
import { Card } from '../../components/Page';
import { AUDIT_LIMIT, auditLine, canRequestPersistence, storageUsage } from './settingsModel';
import { useAudit, useStorageStatus } from './useSettings';

export function StorageCard() {
  const { status, request } = useStorageStatus();
  const usage = status ? storageUsage(status) : null;
  return (
    <Card title="Lagring">
      {!status ? (
        <p className="loading">Henter …</p>
      ) : (
        <>
          <p data-testid="storage-status">
            <span className={`badge ${status.persisted ? 'ok' : 'warn'}`}>
              {status.persisted ? 'Varig lagring' : 'Ikke varig lagring'}
            </span>{' '}
            {status.message}
          </p>
          {usage ? <p className="muted">{usage}.</p> : null}
          {canRequestPersistence(status) ? (
            <button type="button" className="secondary" onClick={() => void request()}>
              Anmod om varig lagring
            </button>
          ) : null}
        </>
      )}
    </Card>
  );
}

export function AuditCard() {
  const entries = useAudit(AUDIT_LIMIT);
  return (
    <Card title="Seneste ændringer">
      {!entries || entries.length === 0 ? (
        <p className="muted">Ingen ændringer endnu.</p>
      ) : (
        <ul className="plain">
          {entries.map((e, i) => (
            <li key={e.id ?? i}>{auditLine(e)}</li>
          ))}
        </ul>
      )}
    </Card>
  );
}
