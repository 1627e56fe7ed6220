// Fremmøde: the month's attendance grid, and filling the planned days from the grants. Data
// through useAttendanceMonth, the rows and the fill in attendanceModel.ts.
import { useMemo, useState } from 'react';
import { daysInMonth } from '../../../../shared/calendar';
import { useAppState } from '../../appState';
import { TextField } from '../../components/Field';
import { MonthPicker } from '../../components/MonthPicker';
import { Notice, Page } from '../../components/Page';
import { useDataApi } from '../../data/context';
import { errorMessage } from '../../data/errors';
import { formatMonth } from '../../format';
import { href } from '../../router';
import { AttendanceGrid, type CellChange, type GridRow } from './AttendanceGrid';
import {
  attendanceInputs,
  attendanceRows,
  fillPlannedDays,
  fillStatus,
  notSavedStatus,
  type Status,
} from './attendanceModel';
import { ABSENCE_CODES, ABSENCE_LABELS, ABSENCE_REASONS } from './cellInput';
import { useAttendanceMonth } from './useAttendanceMonth';

export default function AttendancePage() {
  const { month, setMonth } = useAppState();
  const api = useDataApi();
  const [status, setStatus] = useState<Status | null>(null);
  const [hoursPerDay, setHoursPerDay] = useState('6');
  const [hoursError, setHoursError] = useState<string | undefined>();
  const data = useAttendanceMonth(month);

  const days = useMemo(() => daysInMonth(month), [month]);
  const rows: GridRow[] = useMemo(() => (data ? attendanceRows(month, data) : []), [data, month]);
  const closed = data?.close?.status === 'closed';

  /** Saves the changes all or nothing; false (and the reason shown) when refused. */
  const commit = async (changes: CellChange[]): Promise<boolean> => {
    setStatus(null);
    try {
      await api.saveMonthAttendance(month, attendanceInputs(changes));
      return true;
    } catch (error) {
      setStatus(notSavedStatus(errorMessage(error)));
      return false;
    }
  };

  const fillPlanned = async () => {
    const result = await fillPlannedDays(rows, hoursPerDay, commit);
    setHoursError(result.kind === 'invalidHours' ? result.message : undefined);
    const next = fillStatus(result);
    if (next) setStatus(next);
  };

  return (
    <Page title="Fremmøde" actions={<MonthPicker month={month} onChange={setMonth} />}>
      {closed ? (
        <Notice kind="warning">
          <p>
            Måneden er lukket og kan ikke ændres. Genåbn den under{' '}
            <a href={href(['maanedsafslutning'])}>Månedsafslutning</a> for at rette.
          </p>
        </Notice>
      ) : (
        <div className="toolbar no-print">
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
        </div>
      )}
      <p className="legend">
        Skriv timer (fx <kbd>7,5</kbd>) eller en fraværskode:{' '}
        {ABSENCE_REASONS.map(
          (r) => `${ABSENCE_CODES[r]} = ${ABSENCE_LABELS[r].toLowerCase()}`,
        ).join(', ')}
        . Piletaster flytter, <kbd>Enter</kbd> gemmer og går ned, <kbd>Esc</kbd> fortryder,{' '}
        <kbd>Delete</kbd> tømmer. En række kopieret fra et regneark kan sættes ind med{' '}
        <kbd>Ctrl</kbd>+<kbd>V</kbd>. Planlagte dage er understreget.
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
          onCommit={commit}
          label={`Fremmøde ${formatMonth(month)}`}
        />
      )}
    </Page>
  );
}
