// Marks read by the benchmark and the e2e tests (names are a public contract).

let mapReadyMarked = false;

/** `map-ready`: the boundaries shown on first load are drawn. Once per page. */
export function markMapReady(): void {
  if (mapReadyMarked) return;
  mapReadyMarked = true;
  performance.mark('map-ready');
}
