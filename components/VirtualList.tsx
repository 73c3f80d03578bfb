/**
 * A list of any length that stays fast: rows of one fixed height, so the rows in view are a slice
 * found by arithmetic, and only they (and a few beyond, for smooth scrolling) are in the DOM. With
 * rows of one height this is all windowing needs; no library would make it shorter.
 */
import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';

interface Props<T> {
  items: readonly T[];
  rowHeight: number;
  /** Rows drawn beyond the visible ones, on each side. */
  overscan?: number;
  label: string;
  row: (item: T, index: number) => ComponentChildren;
}

export function VirtualList<T>({ items, rowHeight, overscan = 8, label, row }: Props<T>) {
  const box = useRef<HTMLDivElement>(null);
  const [view, setView] = useState({ top: 0, height: 600 });
  useLayoutEffect(() => {
    const el = box.current!;
    const measure = () => setView({ top: el.scrollTop, height: el.clientHeight });
    measure();
    const resize = new ResizeObserver(measure);
    resize.observe(el);
    el.addEventListener('scroll', measure, { passive: true });
    return () => {
      resize.disconnect();
      el.removeEventListener('scroll', measure);
    };
  }, []);
  const first = Math.max(0, Math.floor(view.top / rowHeight) - overscan);
  const last = Math.min(items.length, Math.ceil((view.top + view.height) / rowHeight) + overscan);
  const shown = [];
  for (let i = first; i < last; i++)
    shown.push(
      <li
        key={i}
        role="listitem"
        style={{ position: 'absolute', insetInline: 0, top: i * rowHeight, height: rowHeight }}
      >
        {row(items[i]!, i)}
      </li>,
    );
  return (
    <div class="virtual" ref={box} tabIndex={-1}>
      <ul
        role="list"
        aria-label={label}
        style={{ position: 'relative', height: items.length * rowHeight, margin: 0, padding: 0 }}
      >
        {shown}
      </ul>
    </div>
  );
}
