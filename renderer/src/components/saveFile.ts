// Saving a file (text, or a protected backup's bytes): through the desktop shell's save dialog when there is one (window.api),
// otherwise as a browser download (Blob + a[download]).
// A payroll file may be Windows-1252 (docs/rules.md §9): its bytes come from shared's table.
import { encodeText } from '../../../shared/export/encoding';

export interface SaveOutcome {
  saved: boolean;
  /** Where the shell saved it; undefined for a browser download. */
  path?: string | undefined;
}

export async function saveTextFile(
  suggestedName: string,
  content: string | Uint8Array<ArrayBuffer>,
  filter: { name: string; extensions: string[] },
  mime = 'text/csv;charset=utf-8',
  encoding: 'utf-8' | 'windows-1252' = 'utf-8',
): Promise<SaveOutcome> {
  // A Windows-1252 payroll file is saved as its bytes (docs/rules.md §9).
  const data =
    encoding === 'windows-1252' && typeof content === 'string'
      ? encodeText(content, 'windows-1252')
      : content;
  if (window.api) {
    const r = await window.api.saveFile({ suggestedName, content: data, filters: [filter] });
    return { saved: r.saved, path: r.path };
  }
  downloadText(
    suggestedName,
    data,
    encoding === 'windows-1252' ? 'text/csv;charset=windows-1252' : mime,
  );
  return { saved: true };
}

export function downloadText(
  name: string,
  content: string | Uint8Array<ArrayBuffer>,
  mime: string,
): void {
  downloadBlob(name, new Blob([content], { type: mime }));
}

export function downloadBlob(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // Give the browser a moment to start the download before the URL is revoked.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
