// The acting user in the desktop app is the operating-system account (docs/rules.md §13); the
// log shows initials beside it, derived from the account's name unless set once for it.

/**
 * Initials from an account name: the first letter of each part (`jens.hansen` → `JH`,
 * `Anne Marie Berg` → `AMB`), or the first three letters of a one-part name (`jhansen` → `JHA`);
 * a Windows domain (`KOMMUNE\\jh`) is left out. Null when the name has fewer than two letters.
 */
export function initialsOfAccount(account: string): string | null {
  const name = account.split(/[\\/]/).at(-1) ?? '';
  const parts = name.split(/[^A-Za-zÆØÅæøå]+/).filter((p) => p !== '');
  const initials =
    parts.length >= 2
      ? parts
          .slice(0, 6)
          .map((p) => p[0])
          .join('')
      : (parts[0] ?? '').slice(0, 3);
  return initials.length >= 2 ? initials.toUpperCase() : null;
}
