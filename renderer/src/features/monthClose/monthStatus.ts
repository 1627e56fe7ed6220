import type { MonthStatus } from '../../data';

export const MONTH_STATUS_LABELS: Record<MonthStatus, string> = {
  open: 'Åben',
  closed: 'Lukket',
  reopened: 'Genåbnet',
};
