// Settings (docs/rules.md §6): dated versions of rates and wage types, backup and restore,
// durable storage, and the latest changes.
import { Page } from '../../components/Page';
import { BackupCard } from './BackupCard';
import { AuditCard } from './AuditCard';
import { DocumentSettingsCard } from '../documents/DocumentSettingsCard';
import { StorageCard } from './SettingsCards';
import { SettingsVersionsCard } from './SettingsVersionsCard';

export default function SettingsPage() {
  return (
    <Page title="Indstillinger">
      <SettingsVersionsCard />
      <DocumentSettingsCard />
      <div className="grid-2">
        <BackupCard />
        <StorageCard />
      </div>
      <AuditCard />
    </Page>
  );
}
