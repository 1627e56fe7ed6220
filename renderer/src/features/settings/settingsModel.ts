// The settings screen's other cards (pure, unit-tested): the backup file's name and the messages
// after saving or restoring it, the storage line, and the audit log in Danish.
import type {
  BackupCounts,
  BackupPreview,
  RestoreResult,
  SafetyCopyInfo,
  StorageStatus,
} from '../../../../shared/data/api';
import { plural } from '../../../../shared/danish/number';
import { describeAudit, type CitizenNames } from '../../../../shared/audit/describe';
import type { AuditEntry, Citizen } from '../../../../shared/records';
import type { SaveOutcome } from '../../components/saveFile';
import type { Status } from '../../components/useProgressTask';
import { formatDateTime } from '../../format';

/** `.jlbak` for a protected backup (the encrypted envelope, docs/rules.md §11), else `.json`. */
export function backupFileName(today: string, encrypted = false): string {
  return `jobbasen-sikkerhedskopi-${today}.${encrypted ? 'jlbak' : 'json'}`;
}

/** After saving the backup: where it went, or that nothing was saved. */
export function backupSavedStatus(name: string, outcome: SaveOutcome, encrypted = false): Status {
  if (!outcome.saved) return { kind: 'error', text: 'Gemningen blev annulleret.' };
  const what = encrypted ? 'Den er krypteret med adgangskoden.' : 'Den er IKKE krypteret.';
  return {
    kind: 'success',
    text: outcome.path
      ? `Sikkerhedskopien er gemt i ${outcome.path}. ${what}`
      : `${name} er hentet. ${what}`,
  };
}

/** Said before an unprotected backup is made or restored (docs/rules.md §11). */
export const PLAIN_BACKUP_WARNING =
  'Filen bliver ikke krypteret: den indeholder CPR-numre og helbredsoplysninger, som alle, der får fat i filen, kan læse.';
export const PLAIN_RESTORE_WARNING =
  'Filen er ikke krypteret: den indeholder CPR-numre og helbredsoplysninger, som alle, der har fat i filen, kan læse. Slet den, eller opbevar den sikkert.';

/** After a password was chosen: what it protects now, and why the shell could not keep it. */
export function passwordSavedStatus(note: string | null, desktop: boolean): Status {
  const kept = desktop && !note ? ' Automatiske sikkerhedskopier krypteres uden at spørge.' : '';
  return {
    kind: 'success',
    text: `Adgangskoden er gemt. Alle nye sikkerhedskopier krypteres med den.${kept}${note ? ` ${note}` : ''}`,
  };
}

/** The line beside "Krypteret": since when, and whether this session can encrypt unasked. */
export function protectionLine(since: string, state: 'ready' | 'locked', desktop: boolean): string {
  const base = `Sikkerhedskopier krypteres (AES-256) med adgangskoden valgt ${since}.`;
  if (state === 'ready')
    return desktop
      ? `${base} Nøglen er gemt beskyttet af styresystemet, så automatiske sikkerhedskopier ikke kræver adgangskoden.`
      : `${base} Adgangskoden er indtastet i denne session.`;
  return `${base} Du bliver spurgt om adgangskoden, når en sikkerhedskopi skal laves.`;
}

/** After a restore: what came back and where the previous data went, or why nothing changed. */
export function restoreStatus(r: RestoreResult): Status {
  if (!r.ok) return { kind: 'error', text: r.message };
  const c = r.counts;
  const what = [
    plural(c.citizens, 'borger', 'borgere'),
    plural(c.wageDecisions, 'lønafgørelse', 'lønafgørelser'),
    plural(c.attendance, 'fremmøderegistrering', 'fremmøderegistreringer'),
    plural(c.monthCloses, 'lukket måned', 'lukkede måneder'),
  ].join(', ');
  return {
    kind: 'success',
    text: `Sikkerhedskopien er gendannet: ${what}. De tidligere data er gemt som sikkerhedskopi nr. ${r.safetyCopyId}. ${trailText(r.importedAudit)}`,
  };
}

/** The log is kept and added to, never replaced (docs/rules.md §13). */
function trailText(imported: number | undefined): string {
  const added =
    imported === undefined || imported === 0
      ? ''
      : `, og ${plural(imported, 'post', 'poster')} fra filens logbog er tilføjet`;
  return `Logbogen her er bevaret${added}.`;
}

/** A file that cannot be restored, said before anything is asked: nothing changed. */
export function previewRefusedStatus(p: Extract<BackupPreview, { ok: false }>): Status {
  return { kind: 'error', text: `Filen kan ikke gendannes; intet er ændret. ${p.message}` };
}

/** The rows the restore question shows: each kind of data, in the file and stored now. */
const COUNT_LABELS: Record<keyof BackupCounts, string> = {
  citizens: 'Borgere',
  grants: 'Bevillinger',
  wageDecisions: 'Lønafgørelser',
  attendance: 'Fremmødedage',
  settingsVersions: 'Indstillingsversioner',
  monthCloses: 'Lukkede måneder',
  exportTemplates: 'Lønfilskabeloner',
  auditLog: 'Poster i logbogen (bevares, filens tilføjes)',
  workAreas: 'Arbejdsområder',
};

export interface CountRow {
  label: string;
  inFile: number;
  now: number;
}

export function restoreCountRows(p: Extract<BackupPreview, { ok: true }>): CountRow[] {
  return (Object.keys(COUNT_LABELS) as (keyof BackupCounts)[]).map((k) => ({
    label: COUNT_LABELS[k],
    inFile: p.counts[k],
    now: p.current[k],
  }));
}

/** `24.11.2026 kl. 10.00 · Før gendannelse`. */
export function safetyCopyLine(c: SafetyCopyInfo): string {
  return `${formatDateTime(c.takenAt)} · ${c.reason}`;
}

/** A file that could not be read or restored at all: nothing changed. */
export function restoreFailedStatus(message: string): Status {
  return { kind: 'error', text: `Filen kunne ikke læses; intet er ændret. ${message}` };
}

/** `12,3 MB brugt`, or null when the browser does not say. */
export function storageUsage(status: StorageStatus): string | null {
  if (status.usageBytes == null) return null;
  return `${(status.usageBytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB brugt`;
}

/** Whether to offer "Anmod om varig lagring": the browser can, and has not yet granted it. */
export function canRequestPersistence(status: StorageStatus): boolean {
  return !status.persisted && status.supported;
}

/**
 * `24.11.2026 kl. 10.00 · ABC · Borger Anna Andersen: Trækprocent 38 → 40 – begrundelse`; the
 * desktop app's account beside the initials (`JH (jens.hansen)`), and an entry that came with a
 * restored backup marked so (docs/rules.md §13).
 */
export function auditLine(e: AuditEntry, names?: CitizenNames): string {
  const who = e.account ? `${e.by} (${e.account})` : e.by;
  const origin = e.imported ? ' (fra en gendannet sikkerhedskopi)' : '';
  return `${formatDateTime(e.at)} · ${who} · ${describeAudit(e, names)}${e.reason ? ` – ${e.reason}` : ''}${origin}`;
}

/** The audit log's citizen filter: every citizen (ended ones too) by name, then "Alle borgere". */
export function citizenChoices(
  citizens: readonly Pick<Citizen, 'id' | 'name' | 'payrollNumber'>[],
): { value: string; label: string }[] {
  const sorted = [...citizens].sort((a, b) => a.name.localeCompare(b.name, 'da'));
  return [
    { value: '', label: 'Alle borgere' },
    ...sorted.map((c) => ({ value: c.id, label: `${c.name} (${c.payrollNumber})` })),
  ];
}
