// A list that renders only the rows in view (plus a few above and below), for lists of
// thousands of rows. Rows have one fixed height. Keyboard: one row's control is in the Tab
// order (a roving tabindex); the arrow keys, Page Up/Down, Home and End move focus between rows,
// scrolling the row into view. The row with focus stays rendered even when scrolled away, so
// focus is never lost. No domain words here.
import {
  Fragment,
  useCallback,
  useEffect,
  useLayoutEffect,
  useRef,
  useState,
  type CSSProperties,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import { usePrintMedia } from './use-print-media';
import './virtual-list.css';

/** What a row needs from the list; spread `itemProps` on the row's `<li>`. */
export interface VirtualRow {
  index: number;
  /** True for the row whose control is in the Tab order. */
  active: boolean;
  itemProps: {
    style: CSSProperties;
    'aria-posinset': number;
    'aria-setsize': number;
    'data-index': number;
    onFocus: () => void;
  };
  /** Put on the row's control (a button or link): its tabIndex and the ref arrow keys focus. */
  controlProps: {
    tabIndex: 0 | -1;
    ref: (element: HTMLElement | null) => (() => void) | undefined;
  };
}

export interface VirtualListProps {
  count: number;
  /** Height of every row in CSS pixels. */
  itemHeight: number;
  /** Rows rendered beyond each edge of the view. */
  overscan?: number;
  getKey: (index: number) => string;
  /** Returns the row: an `<li {...row.itemProps}>` with one control carrying `row.controlProps`. */
  renderRow: (row: VirtualRow) => ReactNode;
  /** Accessible name of the list. */
  label: string;
  /** When it changes (a new result), the list scrolls back to the top. */
  resetKey?: unknown;
  /**
   * On mount: scroll to this row, make it the one in the Tab order, and focus it if focus was
   * lost (on the page body), e.g. when the list comes back after a detail view that replaced it.
   */
  initialFocusIndex?: number | null;
  className?: string;
}

/** Used until the container is measured (and in environments without layout, such as jsdom). */
const FALLBACK_VIEWPORT_ROWS = 12;

/** The rows to render: the visible range with overscan, and the active row wherever it is. */
export function visibleRange(
  count: number,
  itemHeight: number,
  scrollTop: number,
  viewportHeight: number,
  overscan: number,
): { start: number; end: number } {
  if (count <= 0 || itemHeight <= 0) return { start: 0, end: 0 };
  // (a stale scroll position past the end, e.g. after the list shrank, counts as the end)
  const top = Math.min(Math.max(0, scrollTop), Math.max(0, count * itemHeight - viewportHeight));
  const first = Math.floor(top / itemHeight);
  const last = Math.ceil((top + viewportHeight) / itemHeight);
  return {
    start: Math.max(0, Math.min(count, first - overscan)),
    end: Math.max(0, Math.min(count, last + overscan)),
  };
}

export function VirtualList({
  count,
  itemHeight,
  overscan = 6,
  getKey,
  renderRow,
  label,
  resetKey,
  initialFocusIndex = null,
  className,
}: VirtualListProps) {
  const initial =
    initialFocusIndex !== null && initialFocusIndex >= 0 && initialFocusIndex < count
      ? initialFocusIndex
      : null;
  const scrollRef = useRef<HTMLDivElement>(null);
  // the rendered rows' controls by index (a plain mutable map, read only in effects and handlers)
  const [controls] = useState(() => new Map<number, HTMLElement>());
  const pendingFocus = useRef<number | null>(initial);
  const [scrollTop, setScrollTop] = useState((initial ?? 0) * itemHeight);
  const [viewportHeight, setViewportHeight] = useState(0);
  const [activeIndex, setActiveIndex] = useState(initial ?? 0);
  const [initialTop] = useState(scrollTop);
  const [lastResetKey, setLastResetKey] = useState(resetKey);

  // a new result starts at the top (state adjusted during render, as React recommends)
  if (lastResetKey !== resetKey) {
    setLastResetKey(resetKey);
    setActiveIndex(0);
    setScrollTop(0);
  }
  // The element's scroll position as its scroll events last said: writing scrollTop forces a
  // synchronous layout, so a list already at the top (the usual case while typing) is left alone.
  const scrolledTo = useRef(initialTop);
  useLayoutEffect(() => {
    if (scrollRef.current && scrolledTo.current !== 0) {
      scrollRef.current.scrollTop = 0;
      scrolledTo.current = 0;
    }
  }, [resetKey]);
  // after the reset above, which also runs on mount
  useLayoutEffect(() => {
    if (scrollRef.current && initialTop > 0) scrollRef.current.scrollTop = initialTop;
  }, [initialTop]);

  useLayoutEffect(() => {
    const element = scrollRef.current;
    if (!element) return;
    const measure = () => setViewportHeight(element.clientHeight);
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const active = count === 0 ? -1 : Math.min(activeIndex, count - 1);
  const viewport = viewportHeight > 0 ? viewportHeight : itemHeight * FALLBACK_VIEWPORT_ROWS;
  // paper gets every row, in the flow (virtual-list.css), not only those in view
  const printing = usePrintMedia();
  const { start, end } = printing
    ? { start: 0, end: count }
    : visibleRange(count, itemHeight, scrollTop, viewport, overscan);

  const mounted = useRef(false);
  // focus the row the keyboard moved to, once it is rendered
  useEffect(() => {
    const first = !mounted.current;
    mounted.current = true;
    const index = pendingFocus.current;
    if (index === null) return;
    pendingFocus.current = null;
    const focused = document.activeElement;
    if (first && focused && focused !== document.body) return;
    controls.get(index)?.focus({ preventScroll: true });
  });

  const moveTo = useCallback(
    (index: number) => {
      const target = Math.max(0, Math.min(count - 1, index));
      const element = scrollRef.current;
      const top = target * itemHeight;
      let next = element ? element.scrollTop : scrollTop;
      if (top < next) next = top;
      else if (top + itemHeight > next + viewport) next = top + itemHeight - viewport;
      if (element) element.scrollTop = next;
      setScrollTop(next);
      setActiveIndex(target);
      pendingFocus.current = target;
    },
    [count, itemHeight, scrollTop, viewport],
  );

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    if (count === 0 || event.altKey || event.ctrlKey || event.metaKey) return;
    const page = Math.max(1, Math.floor(viewport / itemHeight) - 1);
    const moves: Record<string, number> = {
      ArrowDown: active + 1,
      ArrowUp: active - 1,
      PageDown: active + page,
      PageUp: active - page,
      Home: 0,
      End: count - 1,
    };
    if (!Object.hasOwn(moves, event.key)) return;
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    moveTo(target);
  };

  const indexes: number[] = [];
  if (active >= 0 && active < start) indexes.push(active);
  for (let i = start; i < end; i += 1) indexes.push(i);
  if (active >= end) indexes.push(active);

  return (
    <div
      ref={scrollRef}
      className={className ? `virtual-list ${className}` : 'virtual-list'}
      onScroll={(event) => {
        // re-render only when another row comes to the top edge, not on every scrolled pixel
        const top = event.currentTarget.scrollTop;
        scrolledTo.current = top;
        if (Math.floor(top / itemHeight) !== Math.floor(scrollTop / itemHeight)) setScrollTop(top);
      }}
    >
      <ul
        className="virtual-list__items"
        aria-label={label}
        style={printing ? undefined : { height: count * itemHeight }}
        onKeyDown={onKeyDown}
      >
        {indexes.map((index) => (
          <Fragment key={getKey(index)}>
            {renderRow({
              index,
              active: index === active,
              itemProps: {
                style: printing
                  ? {}
                  : { position: 'absolute', top: index * itemHeight, height: itemHeight },
                'aria-posinset': index + 1,
                'aria-setsize': count,
                'data-index': index,
                onFocus: () => setActiveIndex(index),
              },
              controlProps: {
                tabIndex: index === active ? 0 : -1,
                ref: (element) => {
                  if (!element) return;
                  controls.set(index, element);
                  return () => {
                    if (controls.get(index) === element) controls.delete(index);
                  };
                },
              },
            })}
          </Fragment>
        ))}
      </ul>
    </div>
  );
}
