// A windowed list: renders only the rows in view (plus a margin), so a list of thousands of
// citizens scrolls smoothly. Rows have a fixed height.
import { useState, type ReactNode } from 'react';

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
  const [scrollTop, setScrollTop] = useState(0);
  const overscan = props.overscan ?? 8;
  const total = props.items.length;
  const first = Math.max(0, Math.floor(scrollTop / props.rowHeight) - overscan);
  const last = Math.min(total, Math.ceil((scrollTop + props.height) / props.rowHeight) + overscan);
  const visible = props.items.slice(first, last);
  const viewHeight = Math.min(props.height, Math.max(props.rowHeight, total * props.rowHeight));
  return (
    <div
      className="virtual-list"
      style={{ height: viewHeight }}
      onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
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
