import { lazy, Suspense } from 'react';
import { useAppState } from '../../appState';
import { MonthPicker } from '../../components/MonthPicker';
import { Page } from '../../components/Page';
import { dataReady } from '../../data/load';
import { formatMonth, todayIso } from '../../format';

// Only the heading and month picker are in the first chunk; the figures need the data layer
// (Dexie, zod), which is evaluated after the shell has painted (cold start, issue 6).
const OverviewStats = lazy(() => dataReady.then(() => import('./OverviewStats')));

export default function OverviewPage() {
  const { month, setMonth } = useAppState();
  const today = todayIso();

  return (
    <Page
      title="Oversigt"
      subtitle={`Status for ${formatMonth(month)}`}
      actions={<MonthPicker month={month} onChange={setMonth} />}
    >
      <Suspense fallback={<p className="loading">Henter …</p>}>
        <OverviewStats month={month} today={today} />
      </Suspense>
    </Page>
  );
}
