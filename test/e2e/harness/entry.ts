// A page with nothing but the real data layer (renderer/db), for test/e2e/persistence.spec.ts:
// the browser test writes and reads through the DataApi without depending on the UI.
import { createLocalDataApi } from '../../../renderer/db';
import type { DataApi } from '../../../shared/data/api';

declare global {
  interface Window {
    harness: DataApi;
  }
}

window.harness = createLocalDataApi();
document.body.dataset.ready = 'true';
