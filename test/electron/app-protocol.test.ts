import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentType, resolveAppFile, responseHeaders } from '../../electron/main/app-protocol';

const root = resolve('/srv/jobbasen/out/renderer');

describe('resolveAppFile', () => {
  it.each([
    ['app://jobbasen/', 'index.html'],
    ['app://jobbasen/index.html', 'index.html'],
    ['app://jobbasen/index.html?x=1#/loen', 'index.html'],
    ['app://jobbasen/assets/index-abc.js', join('assets', 'index-abc.js')],
    ['app://jobbasen/assets/', join('assets', 'index.html')],
    ['app://jobbasen/assets/a%20b.css', join('assets', 'a b.css')],
    ['app://jobbasen/../../etc/passwd', join('etc', 'passwd')],
    ['app://jobbasen/%2e%2e/secret', 'secret'],
  ])('maps %s inside the root', (url, rel) => {
    expect(resolveAppFile(root, url)).toBe(join(root, rel));
  });

  it.each([
    'app://jobbasen/..%2F..%2Fetc%2Fpasswd',
    'app://jobbasen/assets/..%2F..%2F..%2Fsecret',
    'app://jobbasen/..%5C..%5Cwindows%5Cwin.ini',
    'app://jobbasen/%2Fetc%2Fpasswd',
    'app://jobbasen/index.html%00.png',
    'app://jobbasen/%E0%A4%A',
    'app://jobbasen.evil.com/index.html',
    'app://evil/index.html',
    'app://jobbasen@evil/index.html',
    'app://jobbasen:81/index.html',
    'http://jobbasen/index.html',
    'file:///etc/passwd',
    'nonsense',
  ])('refuses %s', (url) => {
    const file = resolveAppFile(root, url);
    if (file !== null) {
      // Any result at all must still lie inside the root.
      expect(file.startsWith(root + '/') || file.startsWith(root + '\\')).toBe(true);
    }
    expect(file).toBeNull();
  });
});

describe('responses', () => {
  it('carry the CSP, nosniff and a content type', () => {
    const h = responseHeaders('/x/index.html');
    expect(h['Content-Type']).toBe('text/html; charset=utf-8');
    expect(h['Content-Security-Policy']).toContain("script-src 'self'");
    expect(h['X-Content-Type-Options']).toBe('nosniff');
    expect(contentType('/x/a.JS')).toBe('text/javascript; charset=utf-8');
    expect(contentType('/x/a.exe')).toBe('application/octet-stream');
  });
});
