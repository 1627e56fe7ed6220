// Saving a file (text, or a protected backup's bytes): through the desktop shell's save dialog when there is one (window.api),
// otherwise as a browser download (Blob + a[download]).

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
): Promise<SaveOutcome> {
  if (window.api) {
    const r = await window.api.saveFile({ suggestedName, content, filters: [filter] });
    return { saved: r.saved, path: r.path };
  }
  downloadText(suggestedName, content, mime);
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
