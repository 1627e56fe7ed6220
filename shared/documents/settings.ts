// What the documents need beyond the payroll data (docs/rules.md §12): who signs a decision
// letter (initials → full name and title) and the appeal guidance (klagevejledning) it ends with.
import { z } from 'zod';
import { initials, refineWith } from '../records/common';
import type { FieldIssue } from '../domain/errors';

const line = (max: number) =>
  z
    .string({ error: (i) => (i.input === undefined ? 'mangler' : 'skal være tekst') })
    .trim()
    .min(1, { error: 'må ikke være tom' })
    .max(max, { error: `må højst være ${max} tegn` });

/** A person who may assess and sign: the initials the app records, and how a letter names them. */
export const DocumentUserSchema = z.strictObject({
  initials,
  name: line(200),
  title: line(200),
});
export type DocumentUser = z.output<typeof DocumentUserSchema>;

function uniqueInitials(users: readonly { initials: string }[]): FieldIssue[] {
  const seen = new Set<string>();
  const out: FieldIssue[] = [];
  users.forEach((u, i) => {
    if (seen.has(u.initials))
      out.push({ path: [i, 'initials'], message: `${u.initials} står der allerede` });
    seen.add(u.initials);
  });
  return out;
}

export const DocumentSettingsSchema = z.strictObject({
  users: z
    .array(DocumentUserSchema)
    .max(500, { error: 'højst 500 brugere' })
    .superRefine(refineWith(uniqueInitials)),
  /** The municipality's own appeal text; empty = the default below (not yet approved). */
  appealText: z
    .string({ error: 'skal være tekst' })
    .trim()
    .max(5000, { error: 'må højst være 5000 tegn' }),
});
export type DocumentSettings = z.output<typeof DocumentSettingsSchema>;
export type DocumentSettingsInput = z.input<typeof DocumentSettingsSchema>;

export const EMPTY_DOCUMENT_SETTINGS: DocumentSettings = Object.freeze({
  users: [],
  appealText: '',
}) as DocumentSettings;

/** The mark on the default appeal text until the municipality has set its own. */
export const APPEAL_UNAPPROVED = 'Standardtekst – skal godkendes af kommunens jurist.';

/**
 * The default appeal guidance, written from the general rules for appeals of decisions under
 * serviceloven (4 weeks, reconsideration by the municipality, then Ankestyrelsen). A lawyer of the
 * municipality must approve it (or replace it in Indstillinger) before letters go out.
 */
export const DEFAULT_APPEAL_TEXT = [
  'Du kan klage over afgørelsen. Klagen skal være modtaget senest 4 uger efter, at du har fået dette brev.',
  'Du kan klage skriftligt eller mundtligt til Jobbasen, Holbæk Kommune. Du kan få hjælp til at klage.',
  'Kommunen ser på afgørelsen igen. Fastholder kommunen afgørelsen, sender den din klage videre til Ankestyrelsen.',
].join('\n\n');

export interface AppealText {
  paragraphs: string[];
  /** True while the unapproved default is used. */
  isDefault: boolean;
}

/** The appeal guidance a letter prints: the municipality's text, else the marked default. */
export function appealTextOf(settings: DocumentSettings): AppealText {
  const own = settings.appealText.trim();
  const text = own === '' ? DEFAULT_APPEAL_TEXT : own;
  return {
    paragraphs: text
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .filter(Boolean),
    isDefault: own === '',
  };
}

/** Who signs for `initials`: the user list's name and title, or null when not listed. */
export function signerOf(settings: DocumentSettings, initialsOf: string): DocumentUser | null {
  const key = initialsOf.toUpperCase();
  return settings.users.find((u) => u.initials === key) ?? null;
}
