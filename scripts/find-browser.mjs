// A local Chromium-family browser for browser mode: Debian's Chromium, Chrome or Edge.
import { existsSync } from 'node:fs';

export function findBrowser(env = process.env, platform = process.platform) {
  const candidates = [env.CHROMIUM_PATH, env.CHROME_PATH];
  if (platform === 'win32') {
    const pf = [env['PROGRAMFILES(X86)'], env.PROGRAMFILES, env.LOCALAPPDATA].filter(Boolean);
    for (const base of pf) {
      candidates.push(`${base}\\Microsoft\\Edge\\Application\\msedge.exe`);
      candidates.push(`${base}\\Google\\Chrome\\Application\\chrome.exe`);
    }
  } else if (platform === 'darwin') {
    candidates.push('/Applications/Google Chrome.app/Contents/MacOS/Google Chrome');
    candidates.push('/Applications/Chromium.app/Contents/MacOS/Chromium');
  } else {
    candidates.push(
      '/usr/bin/chromium',
      '/usr/bin/chromium-browser',
      '/usr/bin/google-chrome',
      '/snap/bin/chromium',
    );
  }
  return candidates.find((c) => c && existsSync(c)) ?? null;
}
