// A full disk: how it is recognised and what the person is told. Writing stops after one
// (./context.ts), so nothing is half-saved and the person exports a backup first.

export const QUOTA_MESSAGE =
  'Der er ikke mere plads til data på denne computer. Intet er gemt af den sidste ændring, og alt hidtil gemt er bevaret. Eksportér en sikkerhedskopi nu (Indstillinger → Sikkerhedskopi), og frigør plads, før du fortsætter.';

/** True for a QuotaExceededError, also when Dexie wraps it (`.inner`, `.cause`, `.failures`). */
export function isQuotaError(error: unknown, depth = 0): boolean {
  if (depth > 5 || error === null || typeof error !== 'object') return false;
  const e = error as {
    name?: unknown;
    code?: unknown;
    inner?: unknown;
    cause?: unknown;
    failures?: unknown;
  };
  if (e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED') return true;
  if (typeof DOMException !== 'undefined' && error instanceof DOMException && e.code === 22)
    return true;
  if (isQuotaError(e.inner, depth + 1) || isQuotaError(e.cause, depth + 1)) return true;
  const failures = Array.isArray(e.failures)
    ? e.failures
    : e.failures && typeof e.failures === 'object'
      ? Object.values(e.failures)
      : [];
  return failures.some((f) => isQuotaError(f, depth + 1));
}
