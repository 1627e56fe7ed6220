import type { Api } from '../../shared/ipc/api';

declare global {
  /** Injected by the build from package.json (electron.vite.config.ts). */
  const __APP_VERSION__: string;

  interface Window {
    /** The desktop shell's bridge; undefined in browser mode. */
    api?: Api;
  }
}
