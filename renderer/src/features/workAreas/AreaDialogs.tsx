// The Arbejdsområder card's deletions, each asked first (docs/rules.md §6 "On screen"): an area
// (refused while a citizen belongs or belonged to it, or a closed month has a row in it) and a
// dated figure (refused when a closed month used it, §10). The refusal comes back to the card,
// which shows it where the person acted.
import { formatMonth } from '../../../../shared/danish/dates';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useDataApi } from '../../data/context';
import { errorMessage } from '../../data/errors';
import type { AreaFigure, AreaRow } from './workAreasModel';

/** What the dialog's deletion came to: a sentence, refused or done. */
export interface Outcome {
  ok: boolean;
  message: string;
}

async function outcome(act: () => Promise<unknown>, done: string): Promise<Outcome> {
  try {
    await act();
    return { ok: true, message: done };
  } catch (error) {
    return { ok: false, message: errorMessage(error) };
  }
}

export function DeleteAreaDialog({
  row,
  onClose,
}: {
  row: AreaRow;
  onClose: (result: Outcome | null) => void;
}) {
  const api = useDataApi();
  return (
    <ConfirmDialog
      title={`Slet arbejdsområdet ${row.name}?`}
      confirmLabel="Slet arbejdsområde"
      onConfirm={() =>
        void outcome(() => api.deleteWorkArea(row.id, row.version), `${row.name} er slettet.`).then(
          onClose,
        )
      }
      onCancel={() => onClose(null)}
    >
      <p>
        {row.name} og alle dets satser slettes. Et område, som en borger hører eller har hørt til,
        eller som en lukket måned har løn i, kan ikke slettes.
      </p>
    </ConfirmDialog>
  );
}

export function DeleteFigureDialog({
  row,
  figure,
  onClose,
}: {
  row: AreaRow;
  figure: AreaFigure;
  onClose: (result: Outcome | null) => void;
}) {
  const api = useDataApi();
  const month = formatMonth(figure.validFrom);
  return (
    <ConfirmDialog
      title={`Slet satsen fra ${month}?`}
      confirmLabel="Slet sats"
      onConfirm={() =>
        void outcome(
          () => api.deleteWorkAreaWage(row.id, figure.validFrom, row.version),
          `Satsen for ${row.name} fra ${month} er slettet.`,
        ).then(onClose)
      }
      onCancel={() => onClose(null)}
    >
      <p>
        {row.name}, sats {figure.text}
      </p>
      <p>
        Måneder fra {month} bruger derefter satsen før den, eller mindstelønnen uden arbejdsområde,
        hvis der ingen er.
      </p>
    </ConfirmDialog>
  );
}
