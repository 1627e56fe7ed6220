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
 * The main button and "Annuller" beside it. Without `onConfirm` the main button submits its form.
 */
export function ConfirmOrCancel({
  label,
  busy,
  onConfirm,
  onCancel,
}: {
  label: string;
  busy?: boolean | undefined;
  onConfirm?: () => void;
  onCancel: () => void;
}) {
  return (
    <div className="actions">
      <button type={onConfirm ? 'button' : 'submit'} disabled={busy} onClick={onConfirm}>
        {label}
      </button>
      <button type="button" className="secondary" onClick={onCancel}>
        Annuller
      </button>
    </div>
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
      <ConfirmOrCancel
        label={saving ? 'Gemmer …' : submitLabel}
        busy={saving}
        onCancel={onCancel}
      />
    </>
  );
}
