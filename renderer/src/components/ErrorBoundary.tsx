// A screen whose data could not be loaded says so, in Danish, and offers to try again —
// instead of "Henter …" forever (issue 9: the month-close page spun when loading failed).
import { Component, type ReactNode } from 'react';
import { errorMessage } from '../data/errors';

interface Props {
  children: ReactNode;
}

interface State {
  error: unknown;
  failed: boolean;
}

export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: undefined, failed: false };

  static getDerivedStateFromError(error: unknown): State {
    return { error, failed: true };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <section className="page">
        <h1>Siden kunne ikke vises</h1>
        <div className="notice notice-error" role="alert">
          <p>Data kunne ikke hentes. {errorMessage(this.state.error)}</p>
          <p>Intet gemt er ændret.</p>
        </div>
        <p>
          <button type="button" onClick={() => this.setState({ error: undefined, failed: false })}>
            Prøv igen
          </button>
        </p>
      </section>
    );
  }
}
