// Marks read by the benchmark and the e2e tests (names are a public contract).
//
// `map-ready` means: everything the map shows on first load is drawn. The boundaries report
// through markMapReady(); any other layer of the first view (the practice markers) holds the
// mark at mount with holdMapReady() and releases it once drawn (or failed, or unmounted), so
// one mechanism serves all of them and the mark never waits for something that will not come.

let mapReadyMarked = false;
let boundariesDrawn = false;
const holds = new Set<object>();
const afterReady: (() => void)[] = [];

function markIfReady(): void {
  if (mapReadyMarked || !boundariesDrawn || holds.size > 0) return;
  mapReadyMarked = true;
  performance.mark('map-ready');
  for (const callback of afterReady.splice(0)) callback();
}

/** Runs `callback` once `map-ready` is marked (now, if it is): for work the first view does not need. */
export function afterMapReady(callback: () => void): void {
  if (mapReadyMarked) callback();
  else afterReady.push(callback);
}

/** The boundaries shown on first load are drawn. `map-ready` follows once no hold is left. */
export function markMapReady(): void {
  boundariesDrawn = true;
  markIfReady();
}

/**
 * Makes `map-ready` wait for one more part of the first view; call at mount, before the
 * boundaries can have drawn. Returns the release (idempotent). A no-op once the mark is made.
 */
export function holdMapReady(): () => void {
  if (mapReadyMarked) return () => undefined;
  const hold = {};
  holds.add(hold);
  return () => {
    if (holds.delete(hold)) markIfReady();
  };
}

/**
 * `practice-opened`: the open practice is on the map (its links drawn, a frame after they were
 * added; the detail renders in the same commit). Each time a practice is opened; the
 * benchmark's "open a practice" figure ends here.
 */
export function markPracticeOpened(): void {
  performance.mark('practice-opened');
}
