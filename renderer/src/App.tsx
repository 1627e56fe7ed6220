import { Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { APP_NAME } from '../../shared/app';
import { AppStateContext, loadMonth, storeMonth, type AppState } from './appState';
import type { ActingUser, DataApi } from '../../shared/data/api';
import { BackupFailureNotice } from './components/BackupFailureNotice';
import { streamBackupToShell } from './components/backupFiles';
import { ErrorBoundary } from './components/ErrorBoundary';
import { UserBadge } from './components/UserBadge';
import { DataApiContext } from './data/context';
import { errorMessage } from './data/errors';
import { dataReady, loadDataAfterPaint } from './data/load';
import { todayIso } from './format';
import { href, useRoute, type Route } from './router';
import { preloadable, preloadWhenIdle } from './preloadable';

// The default screen is in the first chunk, so a cold start paints it without a Suspense
// fallback (issue 6); every other screen is its own chunk, loaded when first visited.
import OverviewPage from './features/overview/OverviewPage';

// The dialog validates with the shared zod schema, so it too stays out of the first chunk. It is
// kept in state once loaded rather than lazy(): a lazy component's first render suspends, and
// React holds back the reveal, so the dialog would appear late after a click on "Skift".
const loadInitialsDialog = () =>
  import('./components/InitialsDialog').then((m) => m.InitialsDialog);
type InitialsDialogComponent = Awaited<ReturnType<typeof loadInitialsDialog>>;

const CitizensPage = preloadable(() => import('./features/citizens/CitizensPage'));
const CitizenPage = preloadable(() => import('./features/citizens/CitizenPage'));
const CitizenFormPage = preloadable(() => import('./features/citizens/CitizenFormPage'));
const WagePage = preloadable(() => import('./features/wage/WagePage'));
const DecisionLetterPage = preloadable(() => import('./features/wage/DecisionLetterPage'));
const AttendancePage = preloadable(() => import('./features/attendance/AttendancePage'));
const MonthClosePage = preloadable(() => import('./features/monthClose/MonthClosePage'));
const SettingsPage = preloadable(() => import('./features/settings/SettingsPage'));
const ImportPage = preloadable(() => import('./features/import/ImportPage'));
const BackupPage = preloadable(() => import('./features/settings/BackupPage'));

/** Why an automatic backup is declined: the password is chosen but this session lacks its key. */
const LOCKED_BACKUP =
  'Sikkerhedskopien kan ikke krypteres: adgangskoden til sikkerhedskopier er ikke indtastet (Indstillinger → Adgangskode til sikkerhedskopier).';
const DocumentsPage = preloadable(() => import('./features/documents/DocumentsPage'));
const StatementsPage = preloadable(() => import('./features/documents/StatementsPage'));
const YearSummaryPage = preloadable(() => import('./features/documents/YearSummaryPage'));
const MonthReportPage = preloadable(() => import('./features/documents/MonthReportPage'));
const AttendanceSheetPage = preloadable(() => import('./features/documents/AttendanceSheetPage'));

const NAV = [
  { key: 'oversigt', label: 'Oversigt' },
  { key: 'borgere', label: 'Borgere' },
  { key: 'loenvurdering', label: 'Lønvurdering' },
  { key: 'fremmoede', label: 'Fremmøde' },
  { key: 'maanedsafslutning', label: 'Månedsafslutning' },
  { key: 'udskrifter', label: 'Udskrifter' },
  { key: 'indstillinger', label: 'Indstillinger' },
  // Its own screen, so that a restore is reachable whatever another screen holds (issue 11).
  { key: 'sikkerhedskopi', label: 'Sikkerhedskopi' },
] as const;

function Screen({ route }: { route: Route }) {
  const [section = 'oversigt', sub, action] = route.path;
  switch (section) {
    case 'oversigt':
      return <OverviewPage />;
    case 'borgere':
      if (sub === 'ny') return <CitizenFormPage />;
      if (sub && action === 'rediger') return <CitizenFormPage citizenId={sub} />;
      if (sub) return <CitizenPage citizenId={sub} />;
      return <CitizensPage />;
    case 'loenvurdering':
      if (sub === 'brev' && action) return <DecisionLetterPage decisionId={action} />;
      return <WagePage citizenId={route.query.get('borger') ?? undefined} />;
    case 'fremmoede':
      return <AttendancePage />;
    case 'maanedsafslutning':
      return <MonthClosePage />;
    case 'indstillinger':
      return <SettingsPage />;
    case 'indlaes':
      return <ImportPage />;
    case 'udskrifter': {
      // docs/rules.md §12: the documents.
      const borger = route.query.get('borger') ?? undefined;
      if (sub === 'loenbesked') return <StatementsPage citizenId={borger} />;
      if (sub === 'aarsoversigt') {
        const aar = Number(route.query.get('aar'));
        return (
          <YearSummaryPage
            citizenId={borger}
            year={Number.isInteger(aar) && aar > 1999 ? aar : undefined}
          />
        );
      }
      if (sub === 'maanedsrapport') return <MonthReportPage />;
      if (sub === 'fremmoedeliste')
        return <AttendanceSheetPage area={route.query.get('omraade') ?? undefined} />;
      return <DocumentsPage />;
    }
    case 'sikkerhedskopi':
      return <BackupPage />;
    default:
      return (
        <section className="page">
          <h1>Siden findes ikke</h1>
          <p>
            <a href={href(['oversigt'])}>Gå til oversigten</a>
          </p>
        </section>
      );
  }
}

export function App() {
  const route = useRoute();
  const [initials, setInitialsState] = useState('');
  // Who acts (docs/rules.md §13): the desktop app's account, fixed; or browser-mode initials.
  const [acting, setActing] = useState<ActingUser | null>(null);
  // Desktop app, an account whose name gives no initials: the dialog asks once for that account.
  const [newAccount, setNewAccount] = useState<string | undefined>();
  const [askInitials, setAskInitials] = useState(false);
  const [InitialsDialog, setInitialsDialog] = useState<InitialsDialogComponent>();
  const [initialsError, setInitialsError] = useState<string | undefined>();
  const [month, setMonthState] = useState(() => loadMonth(todayIso().slice(0, 7)));
  const mainRef = useRef<HTMLElement>(null);
  const [api, setApi] = useState<DataApi | null>(null);

  const openInitials = useCallback(() => {
    void loadInitialsDialog().then((component) => {
      setInitialsDialog(() => component);
      setAskInitials(true);
    });
  }, []);

  useEffect(() => {
    loadDataAfterPaint();
    void dataReady.then(async ({ api: loaded }) => {
      setApi(loaded);
      // The menu's screens first, then the ones reached from them.
      preloadWhenIdle([
        CitizensPage,
        AttendancePage,
        WagePage,
        MonthClosePage,
        DocumentsPage,
        SettingsPage,
        BackupPage,
        CitizenPage,
        CitizenFormPage,
        DecisionLetterPage,
        ImportPage,
        StatementsPage,
        YearSummaryPage,
        MonthReportPage,
        AttendanceSheetPage,
      ]);
      const user = await loaded.getActingUser();
      setActing(user);
      if (user) setInitialsState(user.initials);
      else {
        setNewAccount(
          await window.api?.osUser().then(
            (u) => u.username,
            () => undefined,
          ),
        );
        openInitials();
      }
      // Ask the browser to keep our data under storage pressure (issue 3 § 5).
      await loaded.requestPersistentStorage().catch(() => undefined);
    });
    // The desktop shell asks for a backup on quit, daily and from its menu: encrypted with the
    // backup password's kept key (docs/rules.md §11), plain only while none is chosen.
    // Streamed piece by piece into the backup folder, whatever the size (docs/rules.md §11).
    const shell = window.api;
    return shell?.onBackupRequested(async (request) => {
      const { api: loaded } = await dataReady;
      const { backupKeyState, encryptingWith } = await import('./data/backupKey');
      // Audited before it is written, so the entry is in the file and survives a quit
      // (docs/rules.md §13); the file's createdAt names it. A backup is never held back by its
      // audit entry (no initials yet, say): it is written.
      const key = await backupKeyState(loaded);
      if (key.state === 'locked') throw new Error(LOCKED_BACKUP);
      const createdAt = new Date().toISOString();
      await loaded
        .recordAccess({
          kind: 'backup',
          reason: request.reason,
          createdAt,
          encrypted: key.state === 'ready',
        })
        .catch((e: unknown) => console.warn('Sikkerhedskopien kunne ikke logges:', e));
      const encrypt = key.state === 'ready' ? encryptingWith(key.key) : null;
      const begin = { kind: 'backup', encrypted: !!encrypt } as const;
      await streamBackupToShell(loaded, shell, begin, encrypt, { createdAt });
    });
  }, [openInitials]);

  const setInitials = useCallback((value: string) => {
    setInitialsState(value);
  }, []);
  const setMonth = useCallback((value: string) => {
    storeMonth(value);
    setMonthState(value);
  }, []);
  const state = useMemo<AppState>(
    () => ({ initials, setInitials, month, setMonth }),
    [initials, setInitials, month, setMonth],
  );

  const section = route.path[0] ?? 'oversigt';

  return (
    <DataApiContext.Provider value={api}>
      <AppStateContext.Provider value={state}>
        <a
          className="skip-link"
          href="#indhold"
          onClick={(e) => {
            e.preventDefault();
            mainRef.current?.focus();
          }}
        >
          Spring til indhold
        </a>
        <div className="layout">
          <header className="sidebar">
            <p className="brand">
              {APP_NAME}
              <span className="brand-sub">Jobbasen · Holbæk Kommune</span>
            </p>
            <nav aria-label="Hovedmenu">
              <ul>
                {NAV.map((item) => (
                  <li key={item.key}>
                    <a
                      href={href([item.key])}
                      aria-current={section === item.key ? 'page' : undefined}
                    >
                      {item.label}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
            <div className="sidebar-foot">
              <UserBadge user={acting} initials={initials} onSwitch={openInitials} />
              <p className="version">Version {__APP_VERSION__}</p>
            </div>
          </header>
          <main id="indhold" ref={mainRef} tabIndex={-1}>
            <BackupFailureNotice />
            {/* Each screen has its own error boundary and Suspense, new on every navigation: the
                old screen goes at once, so nothing acts on a screen that is leaving (a filter
                of the same name on the citizen list and the grid, issue 12). The screens' code
                is loaded ahead (preloadWhenIdle), so a menu click shows the next screen at once
                and "Henter …" only appears when its code is not there yet (docs/benchmarks.md
                figure 4). */}
            <ErrorBoundary key={route.path.join('/')}>
              <Suspense fallback={<p className="loading">Henter …</p>}>
                <Screen route={route} />
              </Suspense>
            </ErrorBoundary>
          </main>
        </div>
        {askInitials && InitialsDialog ? (
          <InitialsDialog
            current={initials}
            account={acting?.account ?? newAccount}
            serverError={initialsError}
            onDone={(v) => {
              dataReady
                .then(async ({ api: loaded }) => {
                  const saved = await loaded.setCurrentUser(v);
                  setActing(await loaded.getActingUser());
                  return saved;
                })
                .then((saved) => {
                  setInitials(saved);
                  setInitialsError(undefined);
                  setAskInitials(false);
                })
                .catch((e: unknown) => setInitialsError(errorMessage(e)));
            }}
            onCancel={initials ? () => setAskInitials(false) : undefined}
          />
        ) : null}
      </AppStateContext.Provider>
    </DataApiContext.Provider>
  );
}
