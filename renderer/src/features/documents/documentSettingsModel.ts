// The settings form for documents (docs/rules.md §12): the user list as rows of text, and the
// appeal text. Pure: from the stored settings to the form and back, checked with the shared schema.
import { formatPath, fromZodIssues } from '../../../../shared/domain/errors';
import {
  DocumentSettingsSchema,
  type DocumentSettings,
  type DocumentSettingsInput,
} from '../../../../shared/documents/settings';
import type { FieldErrors } from '../../components/forms';

export interface UserRow {
  initials: string;
  name: string;
  title: string;
}

export interface DocumentSettingsForm {
  users: UserRow[];
  appealText: string;
}

export const EMPTY_USER: UserRow = { initials: '', name: '', title: '' };

export function formOf(settings: DocumentSettings): DocumentSettingsForm {
  return { users: settings.users.map((u) => ({ ...u })), appealText: settings.appealText };
}

/** A row left wholly empty is no user (the "Tilføj bruger" row nobody filled in). */
const isBlank = (u: UserRow) => !u.initials.trim() && !u.name.trim() && !u.title.trim();

export type CheckedDocumentSettings =
  { ok: true; input: DocumentSettingsInput } | { ok: false; errors: FieldErrors };

/** The form checked with the shared schema; errors keyed by the form's own row numbers. */
export function checkDocumentSettings(form: DocumentSettingsForm): CheckedDocumentSettings {
  const kept = form.users.map((u, i) => ({ u, i })).filter(({ u }) => !isBlank(u));
  const input = { users: kept.map(({ u }) => u), appealText: form.appealText };
  const parsed = DocumentSettingsSchema.safeParse(input);
  if (parsed.success) return { ok: true, input };
  const errors: FieldErrors = {};
  for (const issue of fromZodIssues(parsed.error.issues)) {
    const [head, row, ...rest] = issue.path;
    // Back from the kept rows' index to the row the person sees.
    const path =
      head === 'users' && typeof row === 'number' ? ['users', kept[row]!.i, ...rest] : issue.path;
    const key = formatPath(path);
    if (!(key in errors)) errors[key] = issue.message;
  }
  return { ok: false, errors };
}
