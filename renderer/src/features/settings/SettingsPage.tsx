// Settings (docs/rules.md §6): dated versions of rates and wage types, backup and restore,
// durable storage, and the latest changes. Each card has its own error boundary: a card that
// cannot show what is stored leaves the others, backup and restore among them (issue 11).
import { ErrorBoundary } from '../../components/ErrorBoundary';
import { Page } from '../../components/Page';
import { BackupCard } from './BackupCard';
import { BackupPasswordCard, useBackupKeyState } from './BackupPasswordCard';
import { AuditCard } from './AuditCard';
import { DocumentSettingsCard } from '../documents/DocumentSettingsCard';
import { StorageCard } from './SettingsCards';
import { SettingsVersionsCard } from './SettingsVersionsCard';
import { WorkAreasCard } from '../workAreas/WorkAreasCard';
import { ExportTemplatesCard } from '../exportTemplates/ExportTemplatesCard';

export default function SettingsPage() {
  const keyState = useBackupKeyState();
  return (
    <Page title="Indstillinger">
      <ErrorBoundary card="Satser og lønarter">
        <SettingsVersionsCard />
      </ErrorBoundary>
      <ErrorBoundary card="Arbejdsområder">
        <WorkAreasCard />
      </ErrorBoundary>
      <ErrorBoundary card="Lønfilskabeloner">
        <ExportTemplatesCard />
      </ErrorBoundary>
      <ErrorBoundary card="Brugere og klagevejledning">
        <DocumentSettingsCard />
      </ErrorBoundary>
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
      <ErrorBoundary card="Ændringslog">
        <AuditCard />
      </ErrorBoundary>
    </Page>
  );
}
