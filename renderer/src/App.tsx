import { APP_NAME } from '../../shared/app';

export function App() {
  return (
    <main className="app">
      <h1>{APP_NAME}</h1>
      <p className="version">Version {__APP_VERSION__}</p>
    </main>
  );
}
