// The import screen's logic (docs/rules.md §14), pure: the file's bytes → text in the right
// encoding, text → rows (papaparse, which finds the separator Danish Excel used), the sentences
// of the preview, and the remembered column choices.
import Papa from 'papaparse';
import { plural } from '../../../../shared/danish/number';
import { formatDate } from '../../../../shared/danish/dates';
import type { ImportKind, RememberedMapping } from '../../../../shared/import/fields';
import type {
  ImportCounts,
  ImportReceipt,
  RowAction,
  RowProblem,
} from '../../../../shared/import/plan';

export type Encoding = 'UTF-8' | 'Windows-1252';

/**
 * UTF-8 when the bytes are valid UTF-8 (with or without BOM), else Windows-1252: what Danish
 * Excel writes for "CSV (semikolonsepareret)".
 */
export function decodeFile(bytes: Uint8Array): { text: string; encoding: Encoding } {
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text, encoding: 'UTF-8' };
  } catch {
    return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'Windows-1252' };
  }
}

/**
 * The separator of the header line: `;` as Danish Excel writes, a tab, or a comma. Chosen from
 * the whole first line, not guessed per chunk.
 */
export function separatorOf(text: string): string {
  const end = text.search(/\r?\n/);
  const first = end < 0 ? text : text.slice(0, end);
  if (first.includes(';')) return ';';
  return first.includes('\t') ? '\t' : ',';
}

/**
 * The rows of the text, a chunk at a time so the progress bar can move (`onProgress` 0–1, with
 * a pause for the screen to paint between chunks on large files).
 */
export function parseRows(
  text: string,
  onProgress: (fraction: number) => void = () => undefined,
  chunkSize = 256 * 1024,
): Promise<string[][]> {
  return new Promise((resolve, reject) => {
    const rows: string[][] = [];
    Papa.parse<string[]>(text, {
      delimiter: separatorOf(text),
      skipEmptyLines: 'greedy',
      chunkSize,
      chunk: (results: Papa.ParseResult<string[]>, parser: Papa.Parser) => {
        rows.push(...results.data);
        onProgress(Math.min(1, results.meta.cursor / Math.max(1, text.length)));
        if (results.meta.cursor < text.length) {
          parser.pause();
          setTimeout(() => parser.resume(), 0);
        }
      },
      complete: () => resolve(rows),
      error: (error: Error) => reject(error),
    });
  });
}

export const ACTION_LABELS: Record<RowAction, string> = {
  create: 'Opretter',
  update: 'Ændrer',
  unchanged: 'Uændret',
  refused: 'Afvist',
};

/** `Kolonne C «CPR»: «not-a-cpr» skal være 10 cifre` — where, what was there, and why. */
export function problemText(p: RowProblem): string {
  const where = p.column === undefined ? '' : `Kolonne ${p.column}: `;
  const value = p.value === undefined ? '' : p.value === '' ? 'tom celle – ' : `«${p.value}» `;
  return `${where}${value}${p.message}`;
}

/** The preview's one-line sum: what a confirm writes and what it leaves out. */
export function countsText(kind: ImportKind, c: ImportCounts): string {
  const what =
    kind === 'citizens' ? ['borger', 'borgere'] : ['borgers fremmøde', 'borgeres fremmøde'];
  const parts = [
    c.create > 0 ? `${plural(c.create, what[0]!, what[1]!)} oprettes` : '',
    c.update > 0 ? `${plural(c.update, what[0]!, what[1]!)} ændres` : '',
    c.unchanged > 0 ? `${plural(c.unchanged, 'linje', 'linjer')} er uændrede` : '',
    c.refused > 0 ? `${plural(c.refused, 'linje', 'linjer')} afvises` : '',
  ].filter(Boolean);
  return parts.length > 0 ? `${parts.join(', ')}.` : 'Filen har ingen linjer med data.';
}

/** A receipt in one sentence, for the list of imports and the notice after one. */
export function receiptText(r: ImportReceipt): string {
  const parts = [
    r.created > 0 ? `${plural(r.created, 'borger', 'borgere')} oprettet` : '',
    r.updated > 0 ? `${plural(r.updated, 'borger', 'borgere')} ændret` : '',
    r.days > 0 ? `${plural(r.days, 'dags', 'dages')} fremmøde` : '',
  ].filter(Boolean);
  const at = formatDate(r.at.slice(0, 10));
  return `${r.fileName} (${at}, ${r.by}): ${parts.join(', ') || 'intet ændret'}${r.undone ? ' – fortrudt' : ''}`;
}

const MAPPING_KEY = (kind: ImportKind) => `jobbasen-lon.import-mapping.${kind}`;

/** The column choices remembered from the last import of this kind (none when unreadable). */
export function loadRemembered(storage: Storage | undefined, kind: ImportKind): RememberedMapping {
  try {
    const raw = storage?.getItem(MAPPING_KEY(kind));
    const parsed: unknown = raw ? JSON.parse(raw) : {};
    if (parsed === null || typeof parsed !== 'object') return {};
    return Object.fromEntries(
      Object.entries(parsed).filter((e): e is [string, string] => typeof e[1] === 'string'),
    );
  } catch {
    return {};
  }
}

export function saveRemembered(
  storage: Storage | undefined,
  kind: ImportKind,
  mapping: RememberedMapping,
): void {
  try {
    storage?.setItem(MAPPING_KEY(kind), JSON.stringify(mapping));
  } catch {
    // A full or blocked storage only costs the person choosing the columns again next time.
  }
}
