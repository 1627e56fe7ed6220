// App-wide UI state: the user's initials (asked once, stored on this PC) and the working month.
import { createContext, useContext } from 'react';

export interface AppState {
  initials: string;
  setInitials: (initials: string) => void;
  month: string;
  setMonth: (month: string) => void;
}

export const AppStateContext = createContext<AppState | null>(null);

export function useAppState(): AppState {
  const s = useContext(AppStateContext);
  if (!s) throw new Error('AppStateContext mangler');
  return s;
}

const MONTH_KEY = 'jobbasen.month';

export function loadMonth(fallback: string): string {
  try {
    const m = localStorage.getItem(MONTH_KEY);
    return m && /^\d{4}-(0[1-9]|1[0-2])$/.test(m) ? m : fallback;
  } catch {
    return fallback;
  }
}

export function storeMonth(month: string): void {
  try {
    localStorage.setItem(MONTH_KEY, month);
  } catch {
    // Private mode or a full disk: the month then lasts for this session only.
  }
}
