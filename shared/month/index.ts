// A month of payroll (docs/rules.md §§7, 9, 10): computed from the records, or frozen when
// closed, and its CSV for a profile.
export {
  buildCalcInput,
  citizensOfMonth,
  computeMonth,
  effectiveDecisions,
  groupByCitizen,
  toPayrollMonth,
  totalsOf,
  type MonthProblem,
  type MonthResults,
  type MonthSource,
} from './compute';
export { frozenResults, frozenView, isClosed, monthView } from './view';
export {
  hashMismatchMessage,
  monthCsv,
  monthCsvMessage,
  problemLines,
  problemsMessage,
  type MonthCsv,
  type MonthCsvRefusal,
} from './csv';
