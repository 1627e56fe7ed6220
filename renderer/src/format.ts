// Display formats for the screens: every one is the shared implementation (shared/danish,
// shared/calendar), named here once so screens have one place to import them from.
export {
  formatAmount,
  formatDecimal,
  formatHours,
  formatKr,
  formatPercent,
  parseDanishNumber,
  toInputNumber,
} from '../../shared/danish/number';
export {
  WEEKDAY_SHORT,
  formatDate,
  formatDateTime,
  formatMonth,
  formatMonthTitle,
  parseDanishDate,
} from '../../shared/danish/dates';
export { daysBetween, todayIso } from '../../shared/calendar';
