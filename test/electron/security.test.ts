import { describe, expect, it } from 'vitest';
import {
  APP_ENTRY_URL,
  CONTENT_SECURITY_POLICY,
  isAllowedExternal,
  isAllowedNavigation,
  isAppUrl,
  isTrustedSender,
} from '../../electron/main/security';

const SPOOFED_APP_URLS = [
  'app://jobbasen.evil.com/',
  'app://jobbasen@evil/',
  'app://jobbasen@evil.com/index.html',
  'app://evil@jobbasen/',
  'app://user:pass@jobbasen/',
  'app://jobbasen:80/',
  'app://jobbasen./',
  'app://JOBBASEN.evil/',
  'app://%6Aobbasen/',
  'app://jobbasen%2F@evil/',
  'app://jobbasen\\@evil/',
  'app://evil/jobbasen',
  'app:jobbasen',
  'app:///jobbasen',
  'apps://jobbasen/',
  'http://jobbasen/',
  'https://jobbasen/',
  'file:///C:/Users/x/index.html',
  'file://',
  'file://jobbasen/index.html',
  'javascript:alert(1)//app://jobbasen/',
  'data:text/html,<script>alert(1)</script>',
  'about:blank',
  'devtools://devtools/bundled/inspector.html',
  'chrome://settings',
  '',
  'not a url',
];

describe('isAppUrl / isAllowedNavigation', () => {
  it.each(['app://jobbasen/', APP_ENTRY_URL, 'app://jobbasen/index.html#/loen?m=2026-11'])(
    'accepts %s',
    (url) => {
      expect(isAppUrl(url)).toBe(true);
      expect(isAllowedNavigation(url)).toBe(true);
    },
  );

  it.each(SPOOFED_APP_URLS)('rejects %j', (url) => {
    expect(isAppUrl(url)).toBe(false);
    expect(isAllowedNavigation(url)).toBe(false);
  });

  it('rejects non-strings and absurdly long URLs', () => {
    expect(isAppUrl(undefined)).toBe(false);
    expect(isAppUrl(null)).toBe(false);
    expect(isAppUrl(`app://jobbasen/${'a'.repeat(9000)}`)).toBe(false);
  });
});

describe('isAllowedExternal', () => {
  it.each([
    'https://www.retsinformation.dk/eli/lta/2024/909',
    'https://holbaek.dk/',
    'https://www.borger.dk/arbejde',
    'https://skat.dk/borger',
  ])('allows %s', (url) => {
    expect(isAllowedExternal(url)).toBe(true);
  });

  it.each([
    'http://www.retsinformation.dk/',
    'https://www.retsinformation.dk.evil.com/',
    'https://evil.com/www.retsinformation.dk',
    'https://www.retsinformation.dk@evil.com/',
    'https://evil.com@www.retsinformation.dk/',
    'https://www.retsinformation.dk:8443/',
    'https://evilretsinformation.dk/',
    'https://sub.holbaek.dk/',
    'file:///etc/passwd',
    'smb://holbaek.dk/share',
    'ms-msdt:/id PCWDiagnostic',
    'javascript:alert(1)',
    'app://jobbasen/',
    'https://',
    '',
  ])('refuses %j', (url) => {
    expect(isAllowedExternal(url)).toBe(false);
  });
});

describe('isTrustedSender', () => {
  it('trusts the app main frame only', () => {
    expect(isTrustedSender({ frameUrl: 'app://jobbasen/index.html', isMainFrame: true })).toBe(
      true,
    );
    expect(isTrustedSender({ frameUrl: 'app://jobbasen/index.html', isMainFrame: false })).toBe(
      false,
    );
    expect(isTrustedSender({ frameUrl: undefined, isMainFrame: true })).toBe(false);
  });

  it.each(SPOOFED_APP_URLS)('distrusts a main frame at %j', (frameUrl) => {
    expect(isTrustedSender({ frameUrl, isMainFrame: true })).toBe(false);
  });
});

describe('CONTENT_SECURITY_POLICY', () => {
  it('allows no inline or eval script and no plugins', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-(inline|eval)/);
  });
});
