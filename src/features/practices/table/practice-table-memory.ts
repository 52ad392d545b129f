// What the table view had open. Where the detail replaces the table, the table mounts again when
// the detail closes: it comes back with the same rows expanded and focus on the practice that was
// opened (not on the page).
let expandedUnits: ReadonlySet<string> = new Set();
let lastOpened: string | null = null;

export function rememberExpanded(units: ReadonlySet<string>): void {
  expandedUnits = units;
}

export function expandedInMemory(): ReadonlySet<string> {
  return expandedUnits;
}

export function rememberOpenedFromTable(id: string): void {
  lastOpened = id;
}

/** The practice last opened from the table, forgotten once read. */
export function takeOpenedFromTable(): string | null {
  const id = lastOpened;
  lastOpened = null;
  return id;
}

/** A fresh page (tests). */
export function forgetTableMemory(): void {
  expandedUnits = new Set();
  lastOpened = null;
}
