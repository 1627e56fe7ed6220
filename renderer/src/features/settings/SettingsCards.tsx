// Durable storage (the audit log is AuditCard.tsx).
import { Card } from '../../components/Page';
import { canRequestPersistence, storageUsage } from './settingsModel';
import { useStorageStatus } from './useSettings';

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
