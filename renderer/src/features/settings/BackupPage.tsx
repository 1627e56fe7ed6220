// Sikkerhedskopi: backup, restore and the backup password on a screen of their own that reads
// no other screen's data, so a restore stays reachable whatever the database holds (issue 11,
// Build item 1). Settings shows the same cards beside the rest.
import { ErrorBoundary } from '../../components/ErrorBoundary';
import { Page } from '../../components/Page';
import { BackupCard } from './BackupCard';
import { BackupPasswordCard, useBackupKeyState } from './BackupPasswordCard';
import { StorageCard } from './SettingsCards';

/** Backup, its password and storage, each card with its own boundary (here and in Settings). */
export function BackupCards() {
  const keyState = useBackupKeyState();
  return (
    <div className="grid-2">
      <ErrorBoundary card="Sikkerhedskopi">
        <BackupCard keyState={keyState} />
      </ErrorBoundary>
      <ErrorBoundary card="Adgangskode til sikkerhedskopier">
        <BackupPasswordCard keyState={keyState} />
      </ErrorBoundary>
      <ErrorBoundary card="Lagring">
        <StorageCard />
      </ErrorBoundary>
    </div>
  );
}

export default function BackupPage() {
  return (
    <Page title="Sikkerhedskopi">
      <BackupCards />
    </Page>
  );
}
