// Links built from data and the page address. Every href rendered for a practice passes through
// safeHref: only http(s) and mailto survive, whatever the data or a future schema lets through.
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

/** The URL if it is an absolute http(s) or mailto link, else null (javascript:, data:, relative…). */
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
  if (url.protocol === 'mailto:') return text;
  return null;
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

/** The link of one practice: just `?practice=<id>` (and the language when not the default). */
export function practiceLink(
  location: { origin: string; pathname: string },
  id: string,
  lang: Language,
): string {
  const search = toSearchString({ ...DEFAULT_VIEW_STATE, practice: id, lang });
  return `${location.origin}${location.pathname}${search}`;
}
