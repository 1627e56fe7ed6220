// "Indlæs fra regneark" (docs/rules.md §14): citizens or a month's attendance from the CSV that
// Danish Excel saves. Choose what and the file, check the columns, read the preview, confirm —
// then everything is written in one transaction, and can be undone from the list below.
import { useRef, useState } from 'react';
import type { ImportKind } from '../../../../shared/import/fields';
import type { ImportReceipt } from '../../../../shared/import/plan';
import { Card, Page, StatusNotice, Notice } from '../../components/Page';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { MonthPicker } from '../../components/MonthPicker';
import { Progress } from '../../components/Progress';
import { RadioGroup } from '../../components/RadioGroup';
import { MappingCard } from './MappingCard';
import { PreviewCard } from './PreviewCard';
import { receiptText } from './importModel';
import { useImport } from './useImport';

const KINDS = [
  { value: 'citizens', label: 'Borgere (stamdata, bevilling, transport, skattekort)' },
  { value: 'attendance', label: 'Fremmøde for en måned (en linje pr. borger, en kolonne pr. dag)' },
] as const satisfies readonly { value: ImportKind; label: string }[];

function ImportsCard({
  imports,
  busy,
  onUndo,
}: {
  imports: ImportReceipt[] | undefined;
  busy: boolean;
  onUndo: (r: ImportReceipt) => void;
}) {
  return (
    <Card title="Tidligere indlæsninger">
      {!imports || imports.length === 0 ? (
        <p className="muted">Der er ikke indlæst noget endnu.</p>
      ) : (
        <ul className="plain import-list">
          {imports.map((r) => (
            <li key={r.id}>
              <span>{receiptText(r)}</span>{' '}
              {r.undone ? null : (
                <button
                  type="button"
                  className="secondary"
                  disabled={busy}
                  onClick={() => onUndo(r)}
                  aria-label={`Fortryd indlæsningen af ${r.fileName}`}
                >
                  Fortryd
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

export default function ImportPage() {
  const s = useImport();
  const fileInput = useRef<HTMLInputElement>(null);
  const [asked, setAsked] = useState<ImportReceipt | null>(null);
  const busy = s.task.busy;
  return (
    <Page title="Indlæs fra regneark" subtitle="Borgere og fremmøde fra en CSV-fil gemt i Excel">
      <Card>
        <div className="stack">
          <p>
            Gem regnearket i Excel med <strong>Gem som → CSV (semikolonsepareret)</strong>. Filen
            læses, og du ser hver linje, før noget gemmes. Eksempler på filer, der kan udfyldes,
            ligger i mappen <code>docs/indlaesning</code>.
          </p>
          <RadioGroup
            legend="Hvad indeholder filen?"
            options={KINDS}
            value={s.kind}
            onChange={s.setKind}
          />
          {s.kind === 'attendance' ? <MonthPicker month={s.month} onChange={s.setMonth} /> : null}
          <div className="actions">
            <label className="button" htmlFor="import-file">
              Vælg fil …
            </label>
            <input
              id="import-file"
              ref={fileInput}
              className="visually-hidden"
              type="file"
              accept=".csv,.txt,text/csv"
              disabled={busy}
              onChange={(e) => {
                const file = e.target.files?.[0];
                if (fileInput.current) fileInput.current.value = '';
                if (file) void s.load(file);
              }}
            />
            {s.file ? (
              <span data-testid="import-file-name">
                {s.file.name} ({s.file.encoding}, {s.file.rows.length - 1} linjer med data)
              </span>
            ) : null}
          </div>
          <Progress state={s.task.progress} />
          <StatusNotice status={s.task.status} />
          {s.planError ? <Notice kind="error">{s.planError}</Notice> : null}
        </div>
      </Card>
      {s.file ? (
        <MappingCard
          kind={s.kind}
          header={s.file.rows[0] ?? []}
          mapping={s.mapping}
          onChange={s.setMapping}
        />
      ) : null}
      {s.file && s.plan ? (
        <PreviewCard
          plan={s.plan}
          mapping={s.mapping}
          busy={busy}
          onConfirm={s.confirm}
          onCancel={s.cancel}
        />
      ) : null}
      <ImportsCard imports={s.imports} busy={busy} onUndo={setAsked} />
      {asked ? (
        <ConfirmDialog
          title="Fortryd indlæsningen?"
          confirmLabel="Fortryd indlæsningen"
          cancelLabel="Behold"
          onConfirm={() => {
            setAsked(null);
            void s.undo(asked);
          }}
          onCancel={() => setAsked(null)}
        >
          <p>
            Alt, hvad indlæsningen af {asked.fileName} oprettede eller ændrede, sættes tilbage, som
            det var før. Det kan kun lade sig gøre, hvis intet af det er ændret siden.
          </p>
        </ConfirmDialog>
      ) : null}
    </Page>
  );
}
