// A form's save: check the form, send it, and show a refusal — from the form's own check or from
// the data API (errors as data: FieldIssue paths beside the fields, one Danish sentence above the
// buttons). One place for what every form did with its own three useStates.
import { useState } from 'react';
import { errorsOf } from '../data/errors';
import type { FieldErrors } from './forms';

/** A form check's answer: what to save, or the Danish message per field. */
export type Checked = { ok: true } | { ok: false; errors: FieldErrors };

export function useSaveAction() {
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  /** Saves what `checked` passed; a failed check or save leaves the form as typed, with messages. */
  const save = async <C extends Checked>(
    checked: C,
    send: (passed: Extract<C, { ok: true }>) => Promise<void>,
  ): Promise<void> => {
    setMessage(null);
    if (!checked.ok) return setErrors(checked.errors);
    setErrors({});
    setSaving(true);
    try {
      await send(checked as Extract<C, { ok: true }>);
    } catch (error) {
      const refused = errorsOf(error);
      setErrors(refused.fields);
      setMessage(refused.message);
    } finally {
      setSaving(false);
    }
  };

  return { errors, message, saving, save };
}
