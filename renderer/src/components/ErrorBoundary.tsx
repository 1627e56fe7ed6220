// A screen (or one card of a screen) that cannot be shown says so in Danish and offers a way on
// instead of going blank: "Prøv igen", the overview, and the backup screen, which depends on no
// other screen's data (issue 9: the month-close page spun when loading failed; issue 11,
// finding 1: a stored 16-digit value blanked the settings page, the only one with restore).
import { Component, type ReactNode } from 'react';
import { DataError } from '../../../shared/data/errors';
import { errorMessage } from '../data/errors';
import { href } from '../router';

interface Props {
  children: ReactNode;
  /** A card's title: only that card is replaced, the rest of the screen stays. */
  card?: string;
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

  private retry = () => this.setState({ error: undefined, failed: false });

  override render() {
    if (!this.state.failed) return this.props.children;
    const { card } = this.props;
    const { error } = this.state;
    // A DataError is already a Danish sentence; anything else is a fault of the program, said
    // in Danish, with its own (English) words kept for support under "Teknisk beskrivelse".
    const technical = !(error instanceof DataError) && error instanceof Error;
    const notice = (
      <div className="notice notice-error" role="alert">
        <p>
          Data kunne ikke hentes.{' '}
          {technical ? 'Der skete en uventet fejl i programmet.' : errorMessage(error)}
        </p>
        <p>
          Intet gemt er ændret. Tag en sikkerhedskopi, og kontakt support, hvis fejlen bliver ved.
        </p>
        {technical ? (
          <details>
            <summary>Teknisk beskrivelse</summary>
            <code>{error.message}</code>
          </details>
        ) : null}
      </div>
    );
    if (card)
      return (
        <section className="card" aria-label={card}>
          <div className="card-head">
            <h2>{card}</h2>
          </div>
          {notice}
          <p>
            <button type="button" onClick={this.retry}>
              Prøv igen
            </button>
          </p>
        </section>
      );
    return (
      <section className="page">
        <h1>Siden kunne ikke vises</h1>
        {notice}
        <p className="actions">
          <button type="button" onClick={this.retry}>
            Prøv igen
          </button>{' '}
          <a href={href(['oversigt'])}>Gå til oversigten</a>{' '}
          <a href={href(['sikkerhedskopi'])}>Sikkerhedskopi</a>
        </p>
      </section>
    );
  }
}
