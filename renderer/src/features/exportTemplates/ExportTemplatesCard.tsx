// Settings → "Lønfilskabeloner" (docs/rules.md §9): the payroll office sets up the month's file
// for its payroll system, starting from a preset or a saved template, sees the selected month's
// file live (text and table) with every problem named before export, and saves it as a version
// from a month.
import { useState } from 'react';
import {
  PRESETS,
  type ExportTemplate,
  type ExportTemplateVersion,
} from '../../../../shared/export';
import { useAppState } from '../../appState';
import { useDataApi } from '../../data/context';
import { errorMessage } from '../../data/errors';
import { useLive } from '../../data/live';
import { SelectField, TextField } from '../../components/Field';
import { errorsByField } from '../../components/forms';
import { MonthPicker } from '../../components/MonthPicker';
import { Card, StatusNotice } from '../../components/Page';
import type { Status } from '../../components/useProgressTask';
import { formatMonth } from '../../format';
import { TemplateColumns, TemplateLines, TemplateSettings } from './TemplateFields';
import { TemplatePreview } from './TemplatePreview';
import { checkDraft, copyOf, templateByName, templateOptions } from './templateModel';
import { useExportTemplateVersions } from './useExportTemplates';

/** The saved templates, and the editor behind a button (the settings page stays short). */
export function ExportTemplatesCard() {
  const versions = useExportTemplateVersions();
  const [open, setOpen] = useState(false);
  return (
    <Card title="Lønfilskabeloner">
      <p>
        Indstil lønfilen, så lønsystemet kan indlæse den. Start fra en indbygget skabelon (Excel,
        lønarter, Danløn, Visma Løn, CPR + TF-kode), ret den, og se filen for den valgte måned, før
        den gemmes.
      </p>
      {versions && versions.length > 0 ? (
        <table>
          <caption className="visually-hidden">Gemte lønfilskabeloner</caption>
          <thead>
            <tr>
              <th scope="col">Skabelon</th>
              <th scope="col">Navn</th>
              <th scope="col">Gælder fra</th>
              <th scope="col">Gemt af</th>
            </tr>
          </thead>
          <tbody>
            {versions.map((v) => (
              <tr key={v.id}>
                <td>{v.template.label}</td>
                <td>{v.template.name}</td>
                <td>{formatMonth(v.validFrom)}</td>
                <td>{v.createdBy}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="muted">Ingen egne skabeloner endnu.</p>
      )}
      {open ? (
        <TemplateEditor versions={versions ?? []} onClose={() => setOpen(false)} />
      ) : (
        <div className="actions">
          <button type="button" className="secondary" onClick={() => setOpen(true)}>
            Åbn skabeloneditoren
          </button>
        </div>
      )}
    </Card>
  );
}

function TemplateEditor({
  versions,
  onClose,
}: {
  versions: readonly ExportTemplateVersion[];
  onClose: () => void;
}) {
  const api = useDataApi();
  const { month, setMonth } = useAppState();
  const options = templateOptions(versions);
  const taken = options.map((o) => o.value);
  const [start, setStart] = useState(PRESETS[0]!.name);
  const [draft, setDraft] = useState<ExportTemplate>(() => copyOf(PRESETS[0]!, []));
  const [validFrom, setValidFrom] = useState(month);
  const [status, setStatus] = useState<Status | null>(null);
  const check = checkDraft(draft);
  const errors = check.ok ? {} : errorsByField(check.issues);
  const key = JSON.stringify(check.ok ? check.template : null);
  const preview = useLive(
    (a) => (check.ok ? a.previewExportTemplate(month, check.template) : Promise.resolve(null)),
    [month, key],
  );

  const open = () => {
    const t = templateByName(start, versions);
    if (t) setDraft(copyOf(t, taken));
    setStatus(null);
  };
  const save = async () => {
    try {
      const v = await api.saveExportTemplate({ validFrom, template: draft });
      setStatus({
        kind: 'success',
        text: `Skabelonen "${v.template.label}" er gemt og gælder fra ${formatMonth(v.validFrom)}.`,
      });
    } catch (error) {
      setStatus({ kind: 'error', text: errorMessage(error) });
    }
  };

  return (
    <section aria-label="Skabeloneditor">
      <div className="actions">
        <SelectField
          label="Start fra skabelon"
          value={start}
          onChange={setStart}
          options={options}
        />
        <button type="button" className="secondary" onClick={open}>
          Åbn skabelonen
        </button>
      </div>
      <TemplateSettings t={draft} change={setDraft} errors={errors} />
      <TemplateLines t={draft} change={setDraft} errors={errors} />
      <TemplateColumns t={draft} change={setDraft} errors={errors} />
      <div className="actions">
        <TextField
          label="Skabelonen gælder fra måned"
          value={validFrom}
          onChange={setValidFrom}
          hint="ÅÅÅÅ-MM; en lukket måned beholder den skabelon, den blev lukket med"
        />
        <button type="button" disabled={!check.ok} onClick={() => void save()}>
          Gem skabelon
        </button>
        <button type="button" className="secondary" onClick={onClose}>
          Luk editoren
        </button>
      </div>
      <StatusNotice status={status} />
      <h3>Eksempel: den valgte måneds fil</h3>
      <MonthPicker month={month} onChange={setMonth} />
      <TemplatePreview preview={preview} hasHeader={draft.header} />
    </section>
  );
}
