// Who acts, in the sidebar (docs/rules.md §13): in the desktop app the operating-system account
// with its initials, not switchable; in browser mode the typed initials, switchable, said plainly.
import type { ActingUser } from '../../../shared/data/api';

export function UserBadge({
  user,
  initials,
  onSwitch,
}: {
  user: ActingUser | null;
  initials: string;
  onSwitch: () => void;
}) {
  if (user?.fixed)
    return (
      <p>
        Bruger: <strong>{user.initials}</strong>
        <span className="brand-sub">Konto på pc&apos;en: {user.account}</span>
      </p>
    );
  return (
    <>
      <p>
        Bruger: <strong>{initials || '—'}</strong>{' '}
        <button type="button" className="link" onClick={onSwitch}>
          Skift
        </button>
      </p>
      <p className="brand-sub">
        Browsertilstand: initialerne er selvangivne. I skrivebordsprogrammet er brugeren din konto
        på pc&apos;en.
      </p>
    </>
  );
}
