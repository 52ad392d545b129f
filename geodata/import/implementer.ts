// The implementing body of a practice: name, address, phone, websites. Websites come from
// hostile text: only http(s) addresses are kept, anything else is left out with a note.
import type { Practice } from '../../src/data/schemas';
import type { SourceRecord } from './source-record';

const WEBSITE_HOST = /^(www\.)?[a-z0-9-]+(\.[a-z0-9-]+)+(\/\S*)?$/i;

/** `www.a.pl http://b.pl` → two https/http links; anything else is dropped with a note. */
function parseWebsites(value: string | null, notes: string[]): string[] {
  const links: string[] = [];
  for (const part of (value ?? '').split(/[\s,;]+/).filter(Boolean)) {
    if (/^https?:\/\//i.test(part)) links.push(part);
    else if (WEBSITE_HOST.test(part)) links.push(`https://${part}`);
    else notes.push(`website "${part}" is not an http(s) address; left out`);
  }
  return [...new Set(links)];
}

/** `32-050 Skawina` → code and town. */
function splitPostalCode(value: string | null): { postalCode?: string; town?: string } {
  if (!value) return {};
  const match = /^(\d{2}-\d{3})\s*(.*)$/.exec(value.trim());
  if (!match?.[1]) return { postalCode: value.trim() };
  return match[2] ? { postalCode: match[1], town: match[2] } : { postalCode: match[1] };
}

/** `http://www.a.pl/` and `https://www.a.pl` are one site. */
function siteKey(url: string): string {
  return url
    .replace(/^https?:\/\//i, '')
    .replace(/\/+$/, '')
    .toLowerCase();
}

/**
 * The implementer from the first record that names one (else the first with contact data), with
 * the websites of all the merged records; null when no record says anything about it.
 */
export function implementerOf(
  records: SourceRecord[],
  title: string,
  notes: string[],
): Practice['implementer'] {
  const record =
    records.find((r) => r.implementing_unit) ??
    records.find((r) => r.website || r.street || r.phone || r.postal_code);
  if (!record) return null;
  const { postalCode, town } = splitPostalCode(record.postal_code);
  // the chosen record's sites first, then those the merged records add
  const websites: string[] = [];
  for (const source of [record, ...records.filter((r) => r !== record)]) {
    for (const url of parseWebsites(source.website, notes)) {
      if (!websites.some((known) => siteKey(known) === siteKey(url))) websites.push(url);
    }
  }
  return {
    // contact data without a named body belongs to the initiative itself
    name: record.implementing_unit ?? title,
    ...(record.street ? { street: record.street } : {}),
    ...(postalCode ? { postalCode } : {}),
    ...(town ? { town } : record.town && postalCode ? { town: record.town } : {}),
    ...(record.phone ? { phone: record.phone } : {}),
    websites,
  };
}
