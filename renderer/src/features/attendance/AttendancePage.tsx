// Fremmøde: the month's attendance grid, filling the planned days from the grants, and undo /
// redo of both (buttons and Ctrl+Z, Ctrl+Y, Ctrl+Shift+Z). Data through useAttendanceMonth, the
// rows and the fill in attendanceModel.ts, the history in useUndoHistory. Every save carries each
// cell's version as loaded; days changed elsewhere meanwhile are shown and the person chooses
// (attendanceConflict.ts; docs/rules.md, "Samtidige ændringer").
import { useEffect, useMemo, useState } from 'react';
import type { AttendanceConflict } from '../../../../shared/data/api';
import { isConflict } from '../../../../shared/data/errors';
import { daysInMonth } from '../../../../shared/calendar';
import { useAppState } from '../../appState';
import { TextField } from '../../components/Field';
import { MonthPicker } from '../../components/MonthPicker';
import { Notice, Page } from '../../components/Page';
import { useConflictChoice } from '../../components/useConflictChoice';
import { useDataApi } from '../../data/context';
import { errorMessage } from '../../data/errors';
import { formatMonth } from '../../format';
import { href } from '../../router';
import { AttendanceGrid, type CellChange, type GridRow } from './AttendanceGrid';
import { cellConflictRows, staleCells, withLoaded } from './attendanceConflict';
import {
  attendanceInputs,
  attendanceRows,
  fillPlannedDays,
  fillStatus,
  notSavedStatus,
  type Status,
} from './attendanceModel';
import { ABSENCE_CODES, ABSENCE_LABELS, ABSENCE_REASONS } from './cellInput';
import { EMPTY } from './gridModel';
import { undoShortcut } from './undoModel';
import { useAttendanceMonth } from './useAttendanceMonth';
import { AreaFilter } from '../workAreas/AreaFilter';
import { ALL_AREAS, inArea } from '../workAreas/workAreasModel';
import { useWorkAreas } from '../workAreas/useWorkAreas';
import { useUndoHistory, type UndoHistory } from './useUndoHistory';

export default function AttendancePage() {
  const { month, setMonth } = useAppState();
  const api = useDataApi();
  const [status, setStatus] = useState<Status | null>(null);
  const [hoursPerDay, setHoursPerDay] = useState('6');
  const [hoursError, setHoursError] = useState<string | undefined>();
  // Bumped to read the month again when the person takes the stored values after a conflict.
  const [reloads, setReloads] = useState(0);
  const data = useAttendanceMonth(month, reloads);
  const conflict = useConflictChoice('fremmødet', { back: false });

  const days = useMemo(() => daysInMonth(month), [month]);
  // docs/rules.md §6: the grid shows the citizens of the chosen work area in the month (and the
  // fill of planned days fills only those).
  const [areaId, setAreaId] = useState(ALL_AREAS);
  const areas = useWorkAreas();
  const rows: GridRow[] = useMemo(() => {
    if (!data) return [];
    const shown = new Set(data.citizens.filter((c) => inArea(c, areaId, month)).map((c) => c.id));
    return attendanceRows(month, data).filter((r) => shown.has(r.id));
  }, [data, month, areaId]);
  const closed = data?.close?.status === 'closed';

  /**
   * Saves the changes all or nothing, each against its cell's version as loaded; false (and the
   * reason shown) when refused. Days stored since with what the person saw (their own save not
   * yet back) are saved again at once; other changed days are shown and the person chooses.
   */
  const commit = async (changes: readonly CellChange[]): Promise<boolean> => {
    setStatus(null);
    let list = withLoaded(changes, rows);
    for (let attempt = 0; attempt < 3; attempt++) {
      try {
        await api.saveMonthAttendance(month, attendanceInputs(list));
        return true;
      } catch (error) {
        if (!isConflict(error)) {
          setStatus(notSavedStatus(errorMessage(error)));
          return false;
        }
        const stale = staleCells(list, error.conflict.stored as AttendanceConflict[]);
        list = stale.retry;
        if (stale.changed.length === 0) continue;
        const choice = await conflict.choose(cellConflictRows(stale.changed, list, rows));
        if (choice === 'mine') continue;
        setReloads((n) => n + 1);
        setStatus(notSavedStatus('de gemte værdier fra det andet vindue er vist i stedet.'));
        return false;
      }
    }
    setStatus(notSavedStatus('dagene ændres hele tiden et andet sted. Prøv igen.'));
    return false;
  };

  const history = useUndoHistory(month, commit);
  useUndoKeys(history.undo, history.redo);

  const fillPlanned = async () => {
    // Fills only empty days, so each filled cell was empty before (its undo empties it again).
    const result = await fillPlannedDays(rows, hoursPerDay, (changes) =>
      history.apply(changes.map((c) => ({ ...c, before: EMPTY }))),
    );
    setHoursError(result.kind === 'invalidHours' ? result.message : undefined);
    const next = fillStatus(result);
    if (next) setStatus(next);
  };

  return (
    <Page
      title="Fremmøde"
      actions={
        <>
          <a className="button secondary" href={href(['indlaes'])}>
            Indlæs fra regneark
          </a>
          <MonthPicker month={month} onChange={setMonth} />
        </>
      }
    >
      {closed ? (
        <Notice kind="warning">
          <p>
            Måneden er lukket og kan ikke ændres. Genåbn den under{' '}
            <a href={href(['maanedsafslutning'])}>Månedsafslutning</a> for at rette.
          </p>
        </Notice>
      ) : null}
      <div className="toolbar no-print">
        <AreaFilter areas={areas} value={areaId} onChange={setAreaId} />
        {closed ? null : (
          <>
            <TextField
              label="Timer pr. planlagt dag"
              inputMode="decimal"
              value={hoursPerDay}
              onChange={setHoursPerDay}
              error={hoursError}
            />
            <button type="button" className="secondary" onClick={() => void fillPlanned()}>
              Udfyld planlagte dage fra bevillingerne
            </button>
          </>
        )}
        {/* Shown in a closed month too while there is history: an undo then says why not. */}
        {closed && !history.canUndo && !history.canRedo ? null : <UndoButtons history={history} />}
      </div>
      <p className="legend">
        Skriv timer (fx <kbd>7,5</kbd>) eller en fraværskode:{' '}
        {ABSENCE_REASONS.map(
          (r) => `${ABSENCE_CODES[r]} = ${ABSENCE_LABELS[r].toLowerCase()}`,
        ).join(', ')}
        . <kbd>0</kbd> er en dag med 0 timer; <kbd>Delete</kbd> tømmer cellen. Piletaster flytter,{' '}
        <kbd>Enter</kbd> gemmer og går ned, <kbd>Esc</kbd> fortryder det, du er ved at skrive. En
        række kopieret fra et regneark kan sættes ind med <kbd>Ctrl</kbd>+<kbd>V</kbd>.{' '}
        <kbd>Ctrl</kbd>+<kbd>Z</kbd> fortryder en gemt ændring, <kbd>Ctrl</kbd>+<kbd>Y</kbd>{' '}
        gentager den. Planlagte dage er understreget.
      </p>
      <div className="grid-status" aria-live="polite">
        {status ? <Notice kind={status.kind}>{status.text}</Notice> : null}
      </div>
      {!data ? (
        <p className="loading">Henter …</p>
      ) : rows.length === 0 ? (
        <Notice>
          <p>
            Ingen aktive borgere i {formatMonth(month)}.{' '}
            <a href={href(['borgere', 'ny'])}>Opret en borger</a>.
          </p>
        </Notice>
      ) : (
        <AttendanceGrid
          days={days}
          rows={rows}
          readOnly={closed}
          onCommit={history.apply}
          label={`Fremmøde ${formatMonth(month)}`}
        />
      )}
      {conflict.dialog}
    </Page>
  );
}

/**
 * Ctrl+Z / Ctrl+Y / Ctrl+Shift+Z anywhere on the screen but in a text field, where they keep
 * undoing typing (the cell editor included).
 */
function useUndoKeys(undo: () => Promise<void>, redo: () => Promise<void>) {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      const t = e.target as HTMLElement | null;
      if (e.defaultPrevented || t?.closest('input, textarea, select, [contenteditable]')) return;
      const action = undoShortcut({
        key: e.key,
        ctrl: e.ctrlKey,
        meta: e.metaKey,
        shift: e.shiftKey,
        alt: e.altKey,
      });
      if (!action) return;
      e.preventDefault();
      void (action === 'undo' ? undo() : redo());
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [undo, redo]);
}

function UndoButtons({ history }: { history: UndoHistory }) {
  const buttons = [
    { label: 'Fortryd (Ctrl+Z)', keys: 'Control+Z', can: history.canUndo, run: history.undo },
    {
      label: 'Annullér fortryd (Ctrl+Y)',
      keys: 'Control+Y Control+Shift+Z',
      can: history.canRedo,
      run: history.redo,
    },
  ];
  return (
    <div className="att-undo" role="group" aria-label="Fortryd og gentag">
      {buttons.map((b) => (
        <button
          key={b.keys}
          type="button"
          className="secondary"
          disabled={!b.can}
          aria-keyshortcuts={b.keys}
          onClick={() => void b.run()}
        >
          {b.label}
        </button>
      ))}
    </div>
  );
}
