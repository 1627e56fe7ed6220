// Settings (docs/rules.md §6): dated versions of rates and wage types, backup and restore,
// durable storage, and the latest changes. Each card has its own error boundary: a card that
// cannot show what is stored leaves the others, backup and restore among them (issue 11).
import { ErrorBoundary } from '../../components/ErrorBoundary';
import { Page } from '../../components/Page';
import { BackupCards } from './BackupPage';
import { AuditCard } from './AuditCard';
import { DocumentSettingsCard } from '../documents/DocumentSettingsCard';
import { SettingsVersionsCard } from './SettingsVersionsCard';
import { WorkAreasCard } from '../workAreas/WorkAreasCard';
import { ExportTemplatesCard } from '../exportTemplates/ExportTemplatesCard';

export default function SettingsPage() {
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
      <BackupCards />
      <ErrorBoundary card="Ændringslog">
        <AuditCard />
      </ErrorBoundary>
    </Page>
  );
}
