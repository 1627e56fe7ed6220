// The import screen's state (docs/rules.md §14): the file read and decoded, its columns mapped,
// the preview made against the data as it is now, and — only on the person's confirm — the one
// transaction; plus the earlier imports, each undoable.
import { useEffect, useState } from 'react';
import {
  guessMapping,
  rememberMapping,
  type ColumnMapping,
  type ImportKind,
} from '../../../../shared/import/fields';
import { planCitizenImport } from '../../../../shared/import/citizens';
import { planAttendanceImport } from '../../../../shared/import/attendance';
import type { ImportPlan, ImportReceipt } from '../../../../shared/import/plan';
import type { DataApi } from '../../../../shared/data/api';
import { todayIso } from '../../../../shared/calendar';
import { useAppState } from '../../appState';
import { useDataApi } from '../../data/context';
import { useLive } from '../../data/live';
import { errorMessage } from '../../data/errors';
import { useProgressTask } from '../../components/useProgressTask';
import {
  decodeFile,
  loadRemembered,
  parseRows,
  receiptText,
  saveRemembered,
  type Encoding,
} from './importModel';

export interface LoadedFile {
  name: string;
  encoding: Encoding;
  rows: string[][];
}

const storage = (): Storage | undefined =>
  typeof localStorage === 'undefined' ? undefined : localStorage;

async function makePlan(
  api: DataApi,
  kind: ImportKind,
  month: string,
  file: LoadedFile,
  mapping: ColumnMapping,
): Promise<ImportPlan> {
  if (kind === 'citizens') {
    const [citizens, grants] = await Promise.all([
      api.listCitizens({ includeEnded: true }),
      api.listGrants(),
    ]);
    return planCitizenImport(file.rows, mapping, { citizens, grants, today: todayIso() });
  }
  const [citizens, attendance, close] = await Promise.all([
    api.listCitizens({ includeEnded: true }),
    api.listAttendance(month),
    api.getMonthClose(month),
  ]);
  return planAttendanceImport(file.rows, mapping, {
    month,
    citizens,
    attendance,
    monthClosed: close?.status === 'closed',
  });
}

export function useImport() {
  const api = useDataApi();
  const { month, setMonth } = useAppState();
  const [kind, setKindState] = useState<ImportKind>('citizens');
  const [file, setFile] = useState<LoadedFile | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping>({});
  // The preview with what it was made from: one made from an earlier mapping is never shown.
  const [made, setMade] = useState<{ plan: ImportPlan; from: readonly unknown[] } | null>(null);
  const [planError, setPlanError] = useState<string | null>(null);
  const task = useProgressTask();
  const imports = useLive((a) => a.listImports(), []);

  useEffect(() => {
    if (!file) return;
    let current = true;
    const from = [file, mapping, kind, month];
    makePlan(api, kind, month, file, mapping).then(
      (p) => {
        if (current) {
          setMade({ plan: p, from });
          setPlanError(null);
        }
      },
      (error: unknown) => current && setPlanError(errorMessage(error)),
    );
    return () => {
      current = false;
    };
  }, [api, kind, month, file, mapping]);

  const inputs = [file, mapping, kind, month];
  const plan = made && made.from.every((x, i) => x === inputs[i]) ? made.plan : null;

  const setKind = (next: ImportKind) => {
    setKindState(next);
    if (file) setMapping(guessMapping(next, file.rows[0] ?? [], loadRemembered(storage(), next)));
  };

  const load = (f: File) =>
    task.run({ label: `Læser ${f.name}`, fraction: 0 }, async (step) => {
      const { text, encoding } = decodeFile(new Uint8Array(await f.arrayBuffer()));
      const rows = await parseRows(text, (x) => step({ label: `Læser ${f.name}`, fraction: x }));
      setFile({ name: f.name, encoding, rows });
      setMapping(guessMapping(kind, rows[0] ?? [], loadRemembered(storage(), kind)));
      return null;
    });

  const confirm = () => {
    if (!file || !plan) return;
    void task.run({ label: 'Indlæser', fraction: 0 }, async (step) => {
      const receipt = await api.applyImport(
        { kind, fileName: file.name, items: plan.items },
        { onProgress: (done, total) => step({ label: 'Indlæser', fraction: done / total }) },
      );
      saveRemembered(storage(), kind, rememberMapping(file.rows[0] ?? [], mapping));
      setFile(null);
      setMade(null);
      return { kind: 'success', text: `Indlæst: ${receiptText(receipt)}.` };
    });
  };

  const undo = (receipt: ImportReceipt) =>
    task.run({ label: 'Fortryder indlæsningen', fraction: 0.5 }, async () => {
      await api.undoImport(receipt.id);
      return { kind: 'success', text: `Indlæsningen af ${receipt.fileName} er fortrudt.` };
    });

  const cancel = () => {
    setFile(null);
    setMade(null);
    task.setStatus(null);
  };

  return {
    kind,
    setKind,
    month,
    setMonth,
    file,
    mapping,
    setMapping,
    plan,
    planError,
    imports,
    task,
    load,
    confirm,
    undo,
    cancel,
  };
}
