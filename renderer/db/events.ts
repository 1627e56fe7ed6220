// Two windows on one database: on `versionchange` (a newer version opened elsewhere) this window
// closes its connection so the other can upgrade, and asks the person to reload; `blocked` asks
// them to close old windows. Writes are transactions, so neither window loses an update.
import type { DataApi, DatabaseEvent } from '../../shared/data/api';
import type { JobbasenDb } from './schema';

export function watchDatabase(db: JobbasenDb): DataApi['onDatabaseEvent'] {
  const listeners = new Set<(event: DatabaseEvent) => void>();
  const emit = (event: DatabaseEvent) => {
    for (const listener of listeners) listener(event);
  };
  db.on('versionchange', () => {
    db.close({ disableAutoOpen: true });
    emit({
      kind: 'versionchange',
      message:
        'Jobbasen Løn er opdateret i et andet vindue. Genindlæs denne side for at fortsætte; intet gemt er tabt.',
    });
    return false;
  });
  db.on('blocked', () => {
    emit({
      kind: 'blocked',
      message:
        'Databasen venter på, at et andet vindue med en ældre version af Jobbasen Løn lukkes. Luk de andre vinduer.',
    });
  });
  return (listener) => {
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  };
}
