import { describe, expect, it } from 'vitest';
import {
  DEFAULT_WINDOW_STATE,
  MIN_HEIGHT,
  MIN_WIDTH,
  clampWindowState,
  parseWindowState,
  serializeWindowState,
} from '../../electron/main/window-state';

const laptop = { x: 0, y: 0, width: 1920, height: 1040 };
const rightMonitor = { x: 1920, y: 0, width: 2560, height: 1400 };

describe('parseWindowState', () => {
  it('reads what serializeWindowState wrote', () => {
    const text = serializeWindowState({ x: 10, y: 20, width: 1000, height: 700 }, true);
    expect(parseWindowState(text)).toEqual({
      x: 10,
      y: 20,
      width: 1000,
      height: 700,
      maximized: true,
    });
  });

  it.each([
    null,
    '',
    '{',
    'null',
    '[]',
    '{"width":"1000","height":700}',
    '{"width":-5,"height":700}',
    '{"width":1000.5,"height":700}',
    '{"width":1000,"height":700,"extra":1}',
    '{"width":1e9,"height":700}',
  ])('falls back to the default for %j', (text) => {
    expect(parseWindowState(text)).toEqual(DEFAULT_WINDOW_STATE);
  });
});

describe('clampWindowState', () => {
  it('keeps a position that is on screen', () => {
    const s = { x: 100, y: 50, width: 1200, height: 800, maximized: false };
    expect(clampWindowState(s, [laptop])).toEqual(s);
  });

  it('keeps a position on a second monitor while it is attached', () => {
    const s = { x: 2200, y: 100, width: 1600, height: 900, maximized: false };
    expect(clampWindowState(s, [laptop, rightMonitor])).toEqual(s);
  });

  it('drops the position when that monitor is gone (Electron then centres the window)', () => {
    const s = { x: 2200, y: 100, width: 1600, height: 900, maximized: false };
    expect(clampWindowState(s, [laptop])).toEqual({ width: 1600, height: 900, maximized: false });
  });

  it('drops a position whose title bar is above the screen', () => {
    const s = { x: 100, y: -500, width: 1200, height: 800, maximized: false };
    expect(clampWindowState(s, [laptop])).not.toHaveProperty('x');
  });

  it('drops a position with only a sliver on screen', () => {
    const s = { x: 1900, y: 10, width: 1200, height: 800, maximized: false };
    expect(clampWindowState(s, [laptop])).not.toHaveProperty('y');
  });

  it('shrinks to the largest screen and grows to the minimum size', () => {
    expect(clampWindowState({ width: 5000, height: 3000, maximized: false }, [laptop])).toEqual({
      width: 1920,
      height: 1040,
      maximized: false,
    });
    expect(clampWindowState({ width: 100, height: 50, maximized: true }, [laptop])).toEqual({
      width: MIN_WIDTH,
      height: MIN_HEIGHT,
      maximized: true,
    });
  });

  it('copes with no displays reported', () => {
    expect(
      clampWindowState({ x: 0, y: 0, width: 1000, height: 700, maximized: false }, []),
    ).toEqual({ width: MIN_WIDTH, height: MIN_HEIGHT, maximized: false });
  });
});
