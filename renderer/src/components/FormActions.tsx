// The end of a form: why the last save was refused, and the submit / "Annuller" row.
import { Notice } from './Page';

/** A summary shown above a form's buttons when saving was refused. */
function FormErrorSummary({ errors }: { errors: Record<string, string> }) {
  const count = Object.keys(errors).length;
  if (count === 0) return null;
  return (
    <p className="form-error" role="alert">
      {count === 1
        ? 'Der er en fejl i formularen. Intet er gemt.'
        : `Der er ${count} fejl i formularen. Intet er gemt.`}
    </p>
  );
}

/**
 * `message`: the data API's sentence for a refused save; `errors`: counted in the summary (forms
 * whose every field shows its own message leave it out); `saving`: the submit button says
 * "Gemmer …" and waits.
 */
export function FormActions({
  submitLabel,
  onCancel,
  saving,
  message,
  errors,
}: {
  submitLabel: string;
  onCancel: () => void;
  saving?: boolean;
  message?: string | null;
  errors?: Record<string, string>;
}) {
  return (
    <>
      {message ? <Notice kind="error">{message}</Notice> : null}
      {errors ? <FormErrorSummary errors={errors} /> : null}
      <div className="actions">
        <button type="submit" disabled={saving}>
          {saving ? 'Gemmer …' : submitLabel}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          Annuller
        </button>
      </div>
    </>
  );
}
