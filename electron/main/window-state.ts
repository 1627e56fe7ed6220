// The window's size and position, remembered in userData/window-state.json. The file is
// validated when read, and the position is dropped when it would put the window off every
// screen (a detached monitor, a changed resolution).
import { z } from 'zod';

export const MIN_WIDTH = 800;
export const MIN_HEIGHT = 560;
export const DEFAULT_WIDTH = 1280;
export const DEFAULT_HEIGHT = 860;
/** How much of the window (its title bar, at least) must be on a screen to keep its position. */
const MIN_VISIBLE = 100;

export const WindowStateSchema = z.strictObject({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().positive().max(100_000),
  height: z.number().int().positive().max(100_000),
  maximized: z.boolean().default(false),
});
export type WindowState = z.infer<typeof WindowStateSchema>;

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const DEFAULT_WINDOW_STATE: WindowState = {
  width: DEFAULT_WIDTH,
  height: DEFAULT_HEIGHT,
  maximized: false,
};

/** The stored state, or the default when the file is missing, unreadable or malformed. */
export function parseWindowState(text: string | null | undefined): WindowState {
  if (!text) return { ...DEFAULT_WINDOW_STATE };
  try {
    const parsed = WindowStateSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : { ...DEFAULT_WINDOW_STATE };
  } catch {
    return { ...DEFAULT_WINDOW_STATE };
  }
}

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  };
}

/**
 * Fit a stored state to the displays' work areas: size at least the minimum and at most the
 * largest screen; position kept only if the window's top strip is visible on some screen.
 * Without a kept position, Electron centres the window.
 */
export function clampWindowState(state: WindowState, workAreas: readonly Rect[]): WindowState {
  const maxWidth = Math.max(MIN_WIDTH, ...workAreas.map((a) => a.width));
  const maxHeight = Math.max(MIN_HEIGHT, ...workAreas.map((a) => a.height));
  const width = Math.min(Math.max(state.width, MIN_WIDTH), maxWidth);
  const height = Math.min(Math.max(state.height, MIN_HEIGHT), maxHeight);
  const result: WindowState = { width, height, maximized: state.maximized };
  if (state.x === undefined || state.y === undefined) return result;

  const titleBar: Rect = { x: state.x, y: state.y, width, height: Math.min(height, 40) };
  const visible = workAreas.some((area) => {
    const o = overlap(titleBar, area);
    return o.width >= Math.min(MIN_VISIBLE, width) && o.height >= Math.min(20, titleBar.height);
  });
  return visible ? { ...result, x: state.x, y: state.y } : result;
}

/** The JSON written back on close. */
export function serializeWindowState(bounds: Rect, maximized: boolean): string {
  const state: WindowState = {
    x: Math.round(bounds.x),
    y: Math.round(bounds.y),
    width: Math.round(bounds.width),
    height: Math.round(bounds.height),
    maximized,
  };
  return `${JSON.stringify(state, null, 2)}\n`;
}
