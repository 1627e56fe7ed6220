// The shell's security decisions as plain functions (no `electron` import), so they are unit-tested
// against spoofed URLs. Every check parses the URL; none compares string prefixes.

/** The one origin the renderer is served from (registered as standard + secure in index.ts). */
export const APP_SCHEME = 'app';
export const APP_HOST = 'jobbasen';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** Sent on every response of the app scheme; matches the meta tag in renderer/index.html. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

function parse(url: string | undefined | null): URL | null {
  if (typeof url !== 'string' || url.length === 0 || url.length > 8192) return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** True only for URLs on exactly `app://jobbasen` (no user info, no port, no look-alike hosts). */
export function isAppUrl(url: string | undefined | null): boolean {
  const u = parse(url);
  return (
    u !== null &&
    u.protocol === `${APP_SCHEME}:` &&
    u.hostname === APP_HOST &&
    u.port === '' &&
    u.username === '' &&
    u.password === ''
  );
}

/** `will-navigate` / `will-redirect`: the window may only move within the app's own origin. */
export function isAllowedNavigation(url: string): boolean {
  return isAppUrl(url);
}

/** Sites the app may open in the user's browser: the law and the municipality, over HTTPS only. */
export const EXTERNAL_HOSTS: ReadonlySet<string> = new Set([
  'www.retsinformation.dk',
  'retsinformation.dk',
  'www.holbaek.dk',
  'holbaek.dk',
  'www.borger.dk',
  'borger.dk',
  'skat.dk',
  'www.skat.dk',
]);

/** `shell.openExternal` is only called for URLs that pass this. */
export function isAllowedExternal(url: string): boolean {
  const u = parse(url);
  return (
    u !== null &&
    u.protocol === 'https:' &&
    EXTERNAL_HOSTS.has(u.hostname) &&
    u.port === '' &&
    u.username === '' &&
    u.password === ''
  );
}

/** What an IPC handler knows about who sent a message. */
export interface SenderInfo {
  /** `event.senderFrame?.url`; undefined when the frame is gone. */
  frameUrl: string | undefined;
  /** Whether the sending frame is its window's main frame (iframes are never trusted). */
  isMainFrame: boolean;
}

/** IPC is only answered for the app's own main frame. */
export function isTrustedSender(sender: SenderInfo): boolean {
  return sender.isMainFrame && isAppUrl(sender.frameUrl);
}
