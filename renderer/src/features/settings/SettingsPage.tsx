// Settings (docs/rules.md §6): dated versions of rates and wage types, backup and restore,
// durable storage, and the latest changes.
import { Page } from '../../components/Page';
import { BackupCard } from './BackupCard';
import { BackupPasswordCard, useBackupKeyState } from './BackupPasswordCard';
import { AuditCard } from './AuditCard';
import { DocumentSettingsCard } from '../documents/DocumentSettingsCard';
import { StorageCard } from './SettingsCards';
import { SettingsVersionsCard } from './SettingsVersionsCard';

export default function SettingsPage() {
  const keyState = useBackupKeyState();
  return (
    <Page title="Indstillinger">
      <SettingsVersionsCard />
      <DocumentSettingsCard />
      <div className="grid-2">
        <BackupCard keyState={keyState} />
        <BackupPasswordCard keyState={keyState} />
        <StorageCard />
      </div>
      <AuditCard />
    </Page>
  );
}
