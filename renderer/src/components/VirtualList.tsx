// A windowed list: renders only the rows in view (plus a margin), so a list of thousands of
// citizens scrolls smoothly. Rows have a fixed height. The windowing itself (`rowRange`,
// `windowRows`, `useRowWindow`) is exported for lists that are not a <ul>: the attendance grid
// is a <table> with a sticky header and uses the same window.
import { useEffect, useRef, useState, type ReactNode, type RefObject, type UIEvent } from 'react';

/** Rows rendered above and below the visible ones unless a list says otherwise. */
export const OVERSCAN = 8;

/** Which rows to render for a scroll position: the visible ones plus the overscan margin. */
export function rowRange(
  scrollTop: number,
  viewHeight: number,
  rowHeight: number,
  total: number,
  overscan = OVERSCAN,
): { first: number; last: number } {
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const last = Math.min(total, Math.ceil((scrollTop + viewHeight) / rowHeight) + overscan);
  return { first, last };
}

/**
 * The row indices to render, ascending: the window `first`…`last - 1` plus the `keep` rows
 * outside it (an active or edited row keeps its focus and tab stop when scrolled away).
 */
export function windowRows(
  range: { first: number; last: number },
  keep: readonly number[],
  total: number,
): number[] {
  const { first, last } = range;
  const outside = [...new Set(keep)]
    .filter((r) => r >= 0 && r < total && (r < first || r >= last))
    .sort((a, b) => a - b);
  const out: number[] = outside.filter((r) => r < first);
  for (let r = first; r < last; r++) out.push(r);
  for (const r of outside) if (r >= last) out.push(r);
  return out;
}

export interface RowWindow {
  first: number;
  last: number;
  /** The scrolling element. */
  scrollRef: RefObject<HTMLDivElement | null>;
  onScroll: (e: UIEvent<HTMLElement>) => void;
  /**
   * Scrolls row `r` into view below a sticky header `inset` px tall and renders its window at
   * once (not on the scroll event), so focus can move to it in the same turn.
   */
  scrollToRow: (r: number, inset?: number) => void;
}

/**
 * The window of a scrolled list of `total` rows `rowHeight` px tall. Without `height`, the
 * scrolling element's own height is measured (and followed when it resizes).
 */
export function useRowWindow(opts: {
  total: number;
  rowHeight: number;
  height?: number | undefined;
  overscan?: number | undefined;
}): RowWindow {
  const { total, rowHeight, height, overscan } = opts;
  const scrollRef = useRef<HTMLDivElement | null>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [measured, setMeasured] = useState(800);
  const measure = height === undefined;

  useEffect(() => {
    const el = scrollRef.current;
    if (!measure || !el) return;
    const update = () => setMeasured(el.clientHeight);
    update();
    const observer = new ResizeObserver(update);
    observer.observe(el);
    return () => observer.disconnect();
  }, [measure]);

  const scrollToRow = (r: number, inset = 0) => {
    const el = scrollRef.current;
    if (!el) return;
    const top = r * rowHeight;
    const view = el.clientHeight - inset;
    let next = el.scrollTop;
    if (top < next) next = top;
    else if (top + rowHeight > next + view) next = top + rowHeight - view;
    if (next !== el.scrollTop) {
      el.scrollTop = next;
      setScrollTop(el.scrollTop);
    }
  };

  const { first, last } = rowRange(scrollTop, height ?? measured, rowHeight, total, overscan);
  return {
    first,
    last,
    scrollRef,
    onScroll: (e) => setScrollTop(e.currentTarget.scrollTop),
    scrollToRow,
  };
}

interface Props<T> {
  items: readonly T[];
  rowHeight: number;
  /** Visible height in pixels. */
  height: number;
  renderRow: (item: T, index: number) => ReactNode;
  getKey: (item: T) => string;
  label: string;
  overscan?: number;
}

export function VirtualList<T>(props: Props<T>) {
  const total = props.items.length;
  const { first, last, scrollRef, onScroll } = useRowWindow({
    total,
    rowHeight: props.rowHeight,
    height: props.height,
    overscan: props.overscan,
  });
  const visible = props.items.slice(first, last);
  const viewHeight = Math.min(props.height, Math.max(props.rowHeight, total * props.rowHeight));
  return (
    <div
      className="virtual-list"
      ref={scrollRef}
      style={{ height: viewHeight }}
      onScroll={onScroll}
      role="region"
      aria-label={props.label}
      tabIndex={0}
    >
      <ul className="virtual-inner" style={{ height: total * props.rowHeight }}>
        {visible.map((item, i) => (
          <li
            key={props.getKey(item)}
            className="virtual-row"
            style={{ top: (first + i) * props.rowHeight, height: props.rowHeight }}
          >
            {props.renderRow(item, first + i)}
          </li>
        ))}
      </ul>
    </div>
  );
}
