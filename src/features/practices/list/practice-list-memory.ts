// The practice last opened from the list. Where the detail replaces the list, the list mounts
// again when the detail closes; it then scrolls to that practice's row and puts focus back on it
// (not on the page). Used once: the next mount of the list forgets it.
let lastOpened: string | null = null;

export function rememberOpenedFromList(id: string): void {
  lastOpened = id;
}

export function openedFromList(): string | null {
  return lastOpened;
}

/** Forgets it (after use; a fresh page; tests). */
export function forgetOpenedFromList(): void {
  lastOpened = null;
}
