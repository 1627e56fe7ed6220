// The import screen's pure logic: Danish Excel's bytes decoded right, rows parsed whatever the
// separator, and the preview's sentences.
import { describe, expect, it } from 'vitest';
import {
  countsText,
  decodeFile,
  loadRemembered,
  parseRows,
  problemText,
  saveRemembered,
} from '../../../renderer/src/features/import/importModel';

describe('importModel', () => {
  it('reads Windows-1252 (Danish Excel) and UTF-8 with BOM alike', () => {
    const cp1252 = Uint8Array.from([0x53, 0xf8, 0x72, 0x65, 0x6e, 0x3b, 0xc6, 0x72, 0xf8]);
    expect(decodeFile(cp1252)).toEqual({ text: 'Søren;Ærø', encoding: 'Windows-1252' });
    const utf8 = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Søren;Ærø')]);
    expect(decodeFile(utf8)).toEqual({ text: 'Søren;Ærø', encoding: 'UTF-8' });
  });

  it('parses semicolon files with quoted cells and skips blank lines, in chunks', async () => {
    const text = 'Navn;Note\r\n"Hansen; Bo";"sagde ""hej"""\r\n;\r\nAnna;7,5\r\n';
    const seen: number[] = [];
    const rows = await parseRows(text, (f) => seen.push(f), 16);
    expect(rows).toEqual([
      ['Navn', 'Note'],
      ['Hansen; Bo', 'sagde "hej"'],
      ['Anna', '7,5'],
    ]);
    expect(seen.at(-1)).toBe(1);
    expect(seen.length).toBeGreaterThan(1);
  });

  it('says where, what and why', () => {
    expect(
      problemText({ line: 3, column: 'C «CPR»', value: 'x', message: 'skal være 10 cifre' }),
    ).toBe('Kolonne C «CPR»: «x» skal være 10 cifre');
    expect(problemText({ line: 3, column: 'A «Navn»', value: '', message: 'mangler' })).toBe(
      'Kolonne A «Navn»: tom celle – mangler',
    );
    expect(countsText('citizens', { create: 195, update: 1, unchanged: 0, refused: 5 })).toBe(
      '195 borgere oprettes, 1 borger ændres, 5 linjer afvises.',
    );
  });

  it('remembers column choices per kind, and survives a broken entry', () => {
    const store = new Map<string, string>();
    const storage = {
      getItem: (k: string) => store.get(k) ?? null,
      setItem: (k: string, v: string) => void store.set(k, v),
    } as Storage;
    saveRemembered(storage, 'citizens', { name: 'Borgerens navn' });
    expect(loadRemembered(storage, 'citizens')).toEqual({ name: 'Borgerens navn' });
    expect(loadRemembered(storage, 'attendance')).toEqual({});
    store.set('jobbasen-lon.import-mapping.citizens', '{broken');
    expect(loadRemembered(storage, 'citizens')).toEqual({});
  });
});
