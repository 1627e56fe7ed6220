// A month of payroll (docs/rules.md §§7, 9, 10): computed from the records, or frozen when
// closed, and its CSV for a profile.
export {
  buildCalcInput,
  citizensOfMonth,
  computeMonth,
  correctionsPaidIn,
  effectiveDecisions,
  groupByCitizen,
  toPayrollMonth,
  totalsByArea,
  totalsOf,
  type AreaTotals,
  type MonthProblem,
  type MonthResults,
  type MonthSource,
} from './compute';
export {
  closedMonthsCovered,
  firstOpenVersionMonth,
  frozenResults,
  frozenView,
  isClosed,
  monthView,
} from './view';
export {
  NO_TEMPLATES,
  closingNumber,
  hashMismatchMessage,
  templateProblemsMessage,
  usedIdentities,
  type TemplateContext,
  monthCsv,
  monthCsvMessage,
  problemLines,
  problemsMessage,
  type MonthCsv,
  type MonthCsvRefusal,
} from './csv';
export { closedMonthIssues, frozenFile, payrollHash } from './integrity';
export {
  BIG_CHANGE,
  closeBlocker,
  closeCheck,
  monthTiming,
  notOverText,
  type CheckItem,
  type CheckKind,
  type CloseCheck,
  type CloseCheckSource,
  type MonthTiming,
} from './closeCheck';
export {
  COMPARED,
  changedRows,
  compareMonths,
  differenceFileName,
  differenceLines,
  type ComparedFigure,
  type ComparedRow,
  type DifferenceLine,
  type Figures,
} from './difference';
