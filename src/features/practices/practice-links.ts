// Links built from data and the page address. Every href from the data passes through safeHref:
// only http(s) and a mailto to one plain address survive, whatever the data or a future schema
// lets through. The app's own correction mail is built by mailtoHref and needs no such gate.
import { isEmailAddress } from '../../config/corrections';
import { SITE_URL } from '../../config/site-url';
import { appPathOf, practicePagePathname } from '../../stores/url-path';
import { toSearchString } from '../../stores/url-state';
import type { Language } from '../../i18n/languages';
import { DEFAULT_VIEW_STATE } from '../../stores/view-state';

function hasControlOrSpace(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code <= 0x20 || (code >= 0x7f && code <= 0x9f)) return true;
  }
  return false;
}

/**
 * The URL if it is an absolute http(s) link or a mailto: to one plain address, else null
 * (javascript:, data:, relative…, and a mailto with a query, a fragment, encoded characters or
 * more than one recipient: `?bcc=…&body=…` would let the data write the reader's e-mail).
 */
export function safeHref(value: string | null | undefined): string | null {
  if (typeof value !== 'string') return null;
  const text = value.trim();
  // no control characters or spaces inside: browsers strip some of them when parsing a scheme
  if (text === '' || hasControlOrSpace(text)) return null;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  if (url.protocol === 'http:' || url.protocol === 'https:') {
    return url.hostname === '' ? null : url.href;
  }
  if (url.protocol === 'mailto:') return plainMailto(text);
  return null;
}

function plainMailto(text: string): string | null {
  const address = text.slice('mailto:'.length);
  // isEmailAddress already refuses `?`, `,` and spaces; `%` and `#` are legal in an address
  // but would let a mail client decode or cut it into something else
  if (/[%#]/.test(address) || !isEmailAddress(address)) return null;
  return `mailto:${address}`;
}

/** The link text of a website: host and path without the scheme (`bip.gmina.pl/projekty`). */
export function displayUrl(href: string): string {
  if (href.startsWith('mailto:')) return href.slice('mailto:'.length);
  try {
    const url = new URL(href);
    const path = url.pathname === '/' ? '' : url.pathname;
    return `${url.host}${path}${url.search}`.replace(/\/$/, '');
  } catch {
    return href;
  }
}

export interface CorrectionMail {
  to: string;
  subject: string;
  body: string;
}

/** A mailto: link; subject and body are %-encoded, so data cannot add headers or recipients. */
export function mailtoHref({ to, subject, body }: CorrectionMail): string {
  return `mailto:${to}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}

/**
 * The link of one practice: its page, `<app>/praktyki/<id>/` (the build writes it with a preview
 * for messengers and search engines; it opens the app with the practice), and the language when
 * not the default. `location` is where the app runs (its path, or a practice page's).
 */
export function practiceLink(
  location: { origin: string; pathname: string },
  id: string,
  lang: Language,
): string {
  const search = toSearchString({ ...DEFAULT_VIEW_STATE, lang });
  const path = appPathOf(location.pathname);
  // the app's folder (`/mapa/index.html` → `/mapa/`)
  const root = path.slice(0, path.lastIndexOf('/') + 1) || '/';
  return `${location.origin}${practicePagePathname(id, root)}${search}`;
}

/** Where the app runs: the page's address, or at build time (no window) VITE_SITE_URL's. */
export function appLocation(): { origin: string; pathname: string } {
  // the browser's bundle keeps only this line (SITE_URL and its parsing are left out)
  if (!import.meta.env.SSR) return window.location;
  const site = new URL(SITE_URL);
  return { origin: site.origin, pathname: site.pathname };
}
