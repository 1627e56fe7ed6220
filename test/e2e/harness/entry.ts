// A page with nothing but the real data layer (renderer/db), for test/e2e/persistence.spec.ts:
// the browser test writes and reads through the repository without depending on the UI.
import * as data from '../../../renderer/db';

declare global {
  interface Window {
    harness: typeof data;
  }
}

window.harness = data;
document.body.dataset.ready = 'true';
