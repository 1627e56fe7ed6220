import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { daysInMonth } from '../../../../shared/domain';
import { isActiveInMonth } from '../../../../shared/rules/citizens';
import { useAppState } from '../../appState';
import { TextField } from '../../components/Field';
import { MonthPicker } from '../../components/MonthPicker';
import { Notice, Page } from '../../components/Page';
import {
  errorMessage,
  getMonthClose,
  GRANT_DAYS_PER_WEEK,
  listAttendance,
  listCitizens,
  listGrants,
  saveMonthAttendance,
  type Grant,
} from '../../data';
import { formatMonth, parseDanishNumber } from '../../format';
import { href } from '../../router';
import { AttendanceGrid, type CellChange, type GridRow } from './AttendanceGrid';
import { ABSENCE_CODES, ABSENCE_LABELS, ABSENCE_REASONS, type CellValue } from './cellInput';
import { plannedDays } from '../../../../shared/rules/planned';

/** The citizen's last grant that overlaps the month (`grants` are that citizen's only). */
function grantInMonth(grants: readonly Grant[], days: readonly string[]): Grant | undefined {
  return grants
    .filter((g) => g.startDate <= days.at(-1)! && (!g.endDate || g.endDate >= days[0]!))
    .at(-1);
}

/** Items grouped by citizen id in one pass, keeping their order. */
function byCitizen<T extends { citizenId: string }>(items: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const list = map.get(item.citizenId);
    if (list) list.push(item);
    else map.set(item.citizenId, [item]);
  }
  return map;
}

export default function AttendancePage() {
  const { month, setMonth } = useAppState();
  const [status, setStatus] = useState<{ kind: 'error' | 'success'; text: string } | null>(null);
  const [hoursPerDay, setHoursPerDay] = useState('6');
  const [hoursError, setHoursError] = useState<string | undefined>();
  const data = useLiveQuery(async () => {
    const [citizens, grants, attendance, close] = await Promise.all([
      listCitizens({ includeEnded: true }),
      listGrants(),
      listAttendance(month),
      getMonthClose(month),
    ]);
    return { citizens, grants, attendance, close };
  }, [month]);

  const days = useMemo(() => daysInMonth(month), [month]);
  const rows: GridRow[] = useMemo(() => {
    if (!data) return [];
    // Grouped once: a loop over all the month's rows per citizen is quadratic (issue 6).
    const attendanceOf = byCitizen(data.attendance);
    const grantsOf = byCitizen(data.grants);
    return data.citizens
      .filter((c) => isActiveInMonth(c, month) || attendanceOf.has(c.id))
      .map((c) => {
        const cells = new Map<string, CellValue>();
        for (const a of attendanceOf.get(c.id) ?? []) {
          cells.set(
            a.date,
            a.absence ? { kind: 'absence', reason: a.absence } : { kind: 'hours', hours: a.hours },
          );
        }
        const g = grantInMonth(grantsOf.get(c.id) ?? [], days);
        const planned = new Set(
          g
            ? plannedDays(month, {
                daysPerWeek: GRANT_DAYS_PER_WEEK[g.size],
                from: g.startDate > c.startDate ? g.startDate : c.startDate,
                to: g.endDate,
              })
            : [],
        );
        return { id: c.id, name: c.name, cells, planned };
      });
  }, [data, month, days]);

  const closed = data?.close?.status === 'closed';

  const commit = async (changes: CellChange[]): Promise<boolean> => {
    setStatus(null);
    try {
      await saveMonthAttendance(
        month,
        changes.map((ch) => ({
          citizenId: ch.rowId,
          date: ch.date,
          hours: ch.value.kind === 'hours' ? ch.value.hours : 0,
          ...(ch.value.kind === 'absence' ? { absence: ch.value.reason } : {}),
        })),
      );
      return true;
    } catch (error) {
      setStatus({ kind: 'error', text: `Ikke gemt: ${errorMessage(error)}` });
      return false;
    }
  };

  const fillPlanned = async () => {
    const hours = parseDanishNumber(hoursPerDay);
    if (hours === null || hours <= 0 || hours > 24) {
      setHoursError('skal være et tal mellem 0 og 24');
      return;
    }
    setHoursError(undefined);
    const changes: CellChange[] = [];
    for (const row of rows)
      for (const d of row.planned)
        if (!row.cells.has(d))
          changes.push({ rowId: row.id, date: d, value: { kind: 'hours', hours } });
    if (changes.length === 0) {
      setStatus({ kind: 'success', text: 'Alle planlagte dage er allerede udfyldt.' });
      return;
    }
    await commit(changes);
    setStatus({
      kind: 'success',
      text: `${changes.length} planlagte dage er udfyldt med ${hoursPerDay} timer.`,
    });
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
