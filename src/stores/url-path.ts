// The path half of the link: a practice's page (`<base>praktyki/<id>/`, written by the build, see
// deploy/prerender.ts) opens the app with that practice, as `?practice=<id>` does. The address
// bar keeps one canonical form, the query: the sync writes `<base>?practice=<id>&…` over the
// page's path (replacing the entry, not adding one), so Back/Forward, the view's link and the
// ignored-parts notice work exactly as for any other link. A practice's own link (the detail's
// "copy", the exports) is its page, whose preview and canonical link search engines and
// messengers read.
import { PRACTICE_PAGES_DIR, practicePagePath } from '../config/site';
import { parseViewState, type ParsedViewState } from './url-state';

/** The app's base path as Vite was configured (`/`, or `/mapa/` for a sub-path). */
export const APP_BASE: string = import.meta.env.BASE_URL;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The practice page a path names, or null; `base` must end with `/`. */
export function practicePageOf(
  pathname: string,
  base: string = APP_BASE,
): { rawId: string; appPath: string } | null {
  const match = new RegExp(
    `^${escapeRegExp(base)}${PRACTICE_PAGES_DIR}/([^/]+)/?(?:index\\.html)?$`,
  ).exec(pathname);
  return match?.[1] === undefined ? null : { rawId: match[1], appPath: base };
}

/** The path the app writes for a path it was opened at: a practice page's becomes the base. */
export function appPathOf(pathname: string, base: string = APP_BASE): string {
  return practicePageOf(pathname, base)?.appPath ?? pathname;
}

/**
 * The view state of an address: its query, and the practice its path names (the query's
 * `practice=` wins when it has one). The path's id goes through the query's own checks.
 */
export function parseLocation(
  location: { pathname: string; search: string },
  base: string = APP_BASE,
): ParsedViewState {
  const parsed = parseViewState(location.search);
  const page = practicePageOf(location.pathname, base);
  if (!page || parsed.state.practice !== null) return parsed;
  let id = page.rawId;
  try {
    id = decodeURIComponent(page.rawId);
  } catch {
    // left encoded: the query's checks refuse it and the notice names it
  }
  const search = location.search === '?' ? '' : location.search;
  // encoded again, so a path cannot add keys (`x&region=22`) to the query
  return parseViewState(`${search}${search === '' ? '?' : '&'}practice=${encodeURIComponent(id)}`);
}

/** A practice page's path on this site: `<base>praktyki/<id>/`. */
export function practicePagePathname(id: string, base: string = APP_BASE): string {
  return `${base}${practicePagePath(id)}`;
}
