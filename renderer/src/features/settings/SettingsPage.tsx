import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { HELP_NEEDS, WAGE_ROUNDING_STEPS, WEIGHT_KEYS } from '../../../../shared/domain';
import { SettingsVersionInputSchema } from '../../../../shared/records';
import { useAppState } from '../../appState';
import { FormErrorSummary, SelectField, TextField } from '../../components/Field';
import { validate, type FieldErrors } from '../../components/forms';
import { Card, Notice, Page } from '../../components/Page';
import { Progress, type ProgressState } from '../../components/Progress';
import { saveTextFile } from '../../components/saveFile';
import {
  errorsFromDataError,
  errorMessage,
  exportBackup,
  getSettingsForMonth,
  getStorageStatus,
  listAudit,
  listSettingsVersions,
  requestPersistentStorage,
  restoreBackup,
  saveSettingsVersion,
  type StorageStatus,
} from '../../data';
import { formatAmount, formatDateTime, formatMonth, todayIso } from '../../format';
import {
  formToSettingsInput,
  HELP_POINT_LABELS,
  SCALAR_KEYS,
  SCALAR_LABELS,
  settingsToForm,
  WEIGHT_LABELS,
  type SettingsFormState,
} from './settingsForm';

export default function SettingsPage() {
  return (
    <Page title="Indstillinger">
      <SettingsVersions />
      <div className="grid-2">
        <BackupCard />
        <StorageCard />
      </div>
      <AuditCard />
    </Page>
  );
}

function SettingsVersions() {
  const { month } = useAppState();
  const versions = useLiveQuery(() => listSettingsVersions(), []);
  const [editing, setEditing] = useState<SettingsFormState | null>(null);
  const startNew = async () => {
    const base = await getSettingsForMonth(month);
    setEditing(settingsToForm(base, month));
  };
  return (
    <Card
      title="Satser og lønarter"
      actions={
        editing ? null : (
          <button type="button" onClick={() => void startNew()}>
            Ny version …
          </button>
        )
      }
    >
      <p className="muted">
        En måned beregnes altid med den version, der gælder for den. En ny version gælder fra sin
        måned og frem; lukkede måneder påvirkes ikke.
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">Gælder fra</th>
            <th scope="col" className="num">
              Mindsteløn
            </th>
            <th scope="col" className="num">
              Bund
            </th>
            <th scope="col" className="num">
              Loft
            </th>
            <th scope="col" className="num">
              Trin
            </th>
            <th scope="col" className="num">
              Km-sats
            </th>
            <th scope="col">Lønarter</th>
            <th scope="col">Oprettet</th>
          </tr>
        </thead>
        <tbody>
          {(versions ?? []).length === 0 ? (
            <tr>
              <td colSpan={8}>Ingen egne versioner: standardværdierne bruges.</td>
            </tr>
          ) : null}
          {(versions ?? []).map((v) => (
            <tr key={v.id}>
              <td>{formatMonth(v.validFrom)}</td>
              <td className="num">{formatAmount(v.settings.minimumWageReference)}</td>
              <td className="num">{String(v.settings.wageFloorPercent).replace('.', ',')} %</td>
              <td className="num">{formatAmount(v.settings.wageCeiling)}</td>
              <td className="num">{formatAmount(v.settings.wageRoundingStep)}</td>
              <td className="num">{formatAmount(v.settings.kmRate)}</td>
              <td>
                {v.wageTypeCodes.wage} / {v.wageTypeCodes.transportReimbursement} /{' '}
                {v.wageTypeCodes.transportDeduction}
              </td>
              <td>
                {formatDateTime(v.createdAt)} ({v.createdBy})
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {editing ? <SettingsForm initial={editing} onDone={() => setEditing(null)} /> : null}
    </Card>
  );
}

function SettingsForm({ initial, onDone }: { initial: SettingsFormState; onDone: () => void }) {
  const [f, setF] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setMessage(null);
    const r = validate(SettingsVersionInputSchema, formToSettingsInput(f));
    if (!r.ok) return setErrors(r.errors);
    setErrors({});
    try {
      await saveSettingsVersion(r.value);
      onDone();
    } catch (error) {
      const x = errorsFromDataError(error);
      setErrors(x.fields);
      setMessage(x.message);
    }
  };
  const err = (path: string) => errors[path];
  return (
    <form onSubmit={submit} noValidate className="stack">
      <h3>Ny version</h3>
      <div className="form-grid">
        <TextField
          label="Gælder fra måned"
          value={f.validFrom}
          onChange={(validFrom) => setF({ ...f, validFrom })}
          error={err('validFrom')}
          hint="ÅÅÅÅ-MM, fx 2027-01"
        />
      </div>
      <fieldset>
        <legend>Løn og kørsel</legend>
        <div className="form-grid">
          {SCALAR_KEYS.map((k) => (
            <TextField
              key={k}
              label={SCALAR_LABELS[k].label}
              suffix={SCALAR_LABELS[k].suffix}
              hint={SCALAR_LABELS[k].hint}
              inputMode="decimal"
              value={f.scalars[k]}
              onChange={(v) => setF({ ...f, scalars: { ...f.scalars, [k]: v } })}
              error={err(`settings.${k}`)}
            />
          ))}
          <SelectField
            label="Afrunding af timeløn"
            value={f.wageRoundingStep}
            onChange={(wageRoundingStep) => setF({ ...f, wageRoundingStep })}
            error={err('settings.wageRoundingStep')}
            options={WAGE_ROUNDING_STEPS.map((s) => ({
              value: String(s),
              label: `${formatAmount(s)} kr.`,
            }))}
          />
        </div>
      </fieldset>
      <fieldset>
        <legend>Vægte i lønvurderingen</legend>
        {err('settings.criteriaWeights') ? (
          <p className="error cell-error" role="alert">
            Vægte: {err('settings.criteriaWeights')}
          </p>
        ) : null}
        <div className="form-grid">
          {WEIGHT_KEYS.map((k) => (
            <TextField
              key={k}
              label={WEIGHT_LABELS[k]}
              inputMode="decimal"
              value={f.weights[k]}
              onChange={(v) => setF({ ...f, weights: { ...f.weights, [k]: v } })}
              error={err(`settings.criteriaWeights.${k}`)}
            />
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>Point for hjælpebehov (0–4)</legend>
        <div className="form-grid">
          {HELP_NEEDS.map((k) => (
            <TextField
              key={k}
              label={HELP_POINT_LABELS[k]}
              inputMode="decimal"
              value={f.helpPoints[k]}
              onChange={(v) => setF({ ...f, helpPoints: { ...f.helpPoints, [k]: v } })}
              error={err(`settings.helpNeedPoints.${k}`)}
            />
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>Lønartskoder (lønsystem-filen)</legend>
        <div className="form-grid">
          <TextField
            label="Timeløn"
            value={f.codes.wage}
            onChange={(wage) => setF({ ...f, codes: { ...f.codes, wage } })}
            error={err('wageTypeCodes.wage')}
          />
          <TextField
            label="Kørselsgodtgørelse"
            value={f.codes.transportReimbursement}
            onChange={(v) => setF({ ...f, codes: { ...f.codes, transportReimbursement: v } })}
            error={err('wageTypeCodes.transportReimbursement')}
          />
          <TextField
            label="Fradrag for kørsel"
            value={f.codes.transportDeduction}
            onChange={(v) => setF({ ...f, codes: { ...f.codes, transportDeduction: v } })}
            error={err('wageTypeCodes.transportDeduction')}
          />
        </div>
      </fieldset>
      {message ? <Notice kind="error">{message}</Notice> : null}
      <FormErrorSummary errors={errors} />
      <div className="actions">
        <button type="submit">Gem version</button>
        <button type="button" className="secondary" onClick={onDone}>
          Annuller
        </button>
      </div>
    </form>
  );
}

function BackupCard() {
  const [progress, setProgress] = useState<ProgressState | null>(null);
  const [status, setStatus] = useState<{ kind: 'error' | 'success'; text: string } | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const download = async () => {
    setStatus(null);
    setProgress({ label: 'Samler sikkerhedskopien', fraction: 0.3 });
    try {
      const json = await exportBackup();
      setProgress({ label: 'Gemmer filen', fraction: 0.8 });
      const name = `jobbasen-sikkerhedskopi-${todayIso()}.json`;
      const r = await saveTextFile(
        name,
        json,
        { name: 'Sikkerhedskopi', extensions: ['json'] },
        'application/json',
      );
      setStatus(
        r.saved
          ? {
              kind: 'success',
              text: r.path ? `Sikkerhedskopien er gemt i ${r.path}.` : `${name} er hentet.`,
            }
          : { kind: 'error', text: 'Gemningen blev annulleret.' },
      );
    } catch (error) {
      setStatus({ kind: 'error', text: errorMessage(error) });
    } finally {
      setProgress(null);
    }
  };

  const restore = async (file: File) => {
    setStatus(null);
    setProgress({ label: `Læser ${file.name}`, fraction: 0.1 });
    try {
      const text = await file.text();
      setProgress({ label: 'Kontrollerer filen og gendanner', fraction: 0.5 });
      const r = await restoreBackup(text);
      if (r.ok) {
        const c = r.counts;
        setStatus({
          kind: 'success',
          text: `Sikkerhedskopien er gendannet: ${c.citizens} borgere, ${c.wageDecisions} lønafgørelser, ${c.attendance} fremmøderegistreringer, ${c.monthCloses} lukkede måneder. De tidligere data er gemt som sikkerhedskopi nr. ${r.safetyCopyId}.`,
        });
      } else setStatus({ kind: 'error', text: r.message });
    } catch (error) {
      setStatus({
        kind: 'error',
        text: `Filen kunne ikke læses; intet er ændret. ${errorMessage(error)}`,
      });
    } finally {
      setProgress(null);
      if (fileInput.current) fileInput.current.value = '';
    }
  };

  return (
    <Card title="Sikkerhedskopi">
      <p>
        Hent alle data som én fil, og gem den et sikkert sted. Ved gendannelse kontrolleres hele
        filen først; de nuværende data gemmes som sikkerhedskopi, før de erstattes.
      </p>
      <div className="actions">
        <button type="button" onClick={() => void download()} disabled={progress !== null}>
          Hent sikkerhedskopi
        </button>
        <label className="button secondary" htmlFor="restore-file">
          Gendan fra fil …
        </label>
        <input
          id="restore-file"
          ref={fileInput}
          className="visually-hidden"
          type="file"
          accept=".json,application/json"
          disabled={progress !== null}
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void restore(file);
          }}
        />
      </div>
      <Progress state={progress} />
      {status ? <Notice kind={status.kind}>{status.text}</Notice> : null}
    </Card>
  );
}

function StorageCard() {
  const [status, setStatus] = useState<StorageStatus | null>(null);
  useEffect(() => {
    void getStorageStatus().then(setStatus);
  }, []);
  const usage =
    status?.usageBytes != null
      ? `${(status.usageBytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB brugt`
      : null;
  return (
    <Card title="Lagring">
      {!status ? (
        <p className="loading">Henter …</p>
      ) : (
        <>
          <p data-testid="storage-status">
            <span className={`badge ${status.persisted ? 'ok' : 'warn'}`}>
              {status.persisted ? 'Varig lagring' : 'Ikke varig lagring'}
            </span>{' '}
            {status.message}
          </p>
          {usage ? <p className="muted">{usage}.</p> : null}
          {!status.persisted && status.supported ? (
            <button
              type="button"
              className="secondary"
              onClick={() => void requestPersistentStorage().then(setStatus)}
            >
              Anmod om varig lagring
            </button>
          ) : null}
        </>
      )}
    </Card>
  );
}

const ACTION_LABELS: Record<string, string> = {
  create: 'oprettet',
  update: 'ændret',
  delete: 'slettet',
  end: 'afsluttet',
  close: 'lukket',
  reopen: 'genåbnet',
  restore: 'gendannet',
  upgrade: 'opgraderet',
};
const TABLE_LABELS: Record<string, string> = {
  citizens: 'Borger',
  grants: 'Bevilling',
  wageDecisions: 'Lønafgørelse',
  attendance: 'Fremmøde',
  settingsVersions: 'Indstillinger',
  monthCloses: 'Måned',
  database: 'Database',
};

function AuditCard() {
  const entries = useLiveQuery(() => listAudit({ limit: 15 }), []);
  return (
    <Card title="Seneste ændringer">
      {!entries || entries.length === 0 ? (
        <p className="muted">Ingen ændringer endnu.</p>
      ) : (
        <ul className="plain">
          {entries.map((e) => (
            <li key={e.id}>
              {formatDateTime(e.at)} · {e.by} · {TABLE_LABELS[e.table] ?? e.table}{' '}
              {ACTION_LABELS[e.action] ?? e.action}
              {e.reason ? ` – ${e.reason}` : ''}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
