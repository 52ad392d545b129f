// Who runs the site and what its accessibility statement says about it: VITE_* variables set at
// build time, parsed tolerantly (a bad value is ignored with a console warning, as env.ts does).
// Until a value is set the pages show a visible placeholder naming the variable, never an
// invented name, address or date.
import { isEmailAddress } from './corrections';
import { PLACEHOLDER_SITE_URL, readSiteUrl } from './site';

type Env = Partial<Record<string, string | boolean | undefined>>;

/** A configured value, or the variable to set (the page shows a placeholder for it). */
export type Configured = { set: true; value: string } | { set: false; variable: string };

export interface SiteOperator {
  /** The entity that runs the site (podmiot publiczny): VITE_OPERATOR_NAME. */
  name: Configured;
  /** Its postal address: VITE_OPERATOR_ADDRESS. */
  address: Configured;
  /** Its contact e-mail (also for accessibility requests): VITE_OPERATOR_EMAIL. */
  email: Configured;
  /** Its phone: VITE_OPERATOR_PHONE. */
  phone: Configured;
  /** The accessibility contact person or office: VITE_ACCESSIBILITY_CONTACT. */
  accessibilityContact: Configured;
  /** The site's public address: VITE_SITE_URL. */
  siteUrl: Configured;
  /** Data publikacji strony (YYYY-MM-DD): VITE_SITE_PUBLISHED. */
  published: Configured;
  /** Data ostatniej istotnej aktualizacji (YYYY-MM-DD): VITE_SITE_UPDATED. */
  updated: Configured;
  /** When the accessibility statement was prepared (YYYY-MM-DD): VITE_STATEMENT_PREPARED. */
  statementPrepared: Configured;
  /** When it was last reviewed (YYYY-MM-DD): VITE_STATEMENT_REVIEWED. */
  statementReviewed: Configured;
  /** Architectural accessibility of the seat, as text: VITE_BUILDING_ACCESSIBILITY. */
  building: Configured;
}

/** A test of a value and what it should be, for the warning. */
interface Check {
  test: (value: string) => boolean;
  what: string;
}

const MAX_TEXT = 500;
const TEXT: Check = {
  test: (value) => value.length <= MAX_TEXT,
  what: `text of at most ${MAX_TEXT} characters`,
};
const DATE: Check = {
  test: (value) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  },
  what: 'a date YYYY-MM-DD',
};
const PHONE: Check = {
  test: (value) => /^\+?[0-9 ()-]{6,30}$/.test(value),
  what: 'a phone number (digits, spaces, +, -, brackets)',
};
const EMAIL: Check = { test: isEmailAddress, what: 'a single e-mail address' };
function readValue(
  env: Env,
  variable: string,
  check: Check,
  warn: (m: string) => void,
): Configured {
  const raw = env[variable];
  // one line: line breaks and runs of spaces from a .env file become single spaces
  const value = typeof raw === 'string' ? raw.replace(/\s+/g, ' ').trim() : '';
  if (value === '') return { set: false, variable };
  if (!check.test(value)) {
    warn(
      `${variable} ignored: "${value.slice(0, 80)}" is not ${check.what}; ` +
        'the pages show a placeholder until it is set.',
    );
    return { set: false, variable };
  }
  return { set: true, value };
}

/** VITE_SITE_URL as the build-time pages read it (site.ts): the placeholder there is unset here. */
function readSiteAddress(env: Env, warn: (m: string) => void): Configured {
  const url = readSiteUrl(env, warn);
  return url === PLACEHOLDER_SITE_URL
    ? { set: false, variable: 'VITE_SITE_URL' }
    : { set: true, value: url };
}

export function readSiteOperator(env: Env, warn: (m: string) => void = console.warn): SiteOperator {
  const read = (variable: string, check: Check) => readValue(env, variable, check, warn);
  return {
    name: read('VITE_OPERATOR_NAME', TEXT),
    address: read('VITE_OPERATOR_ADDRESS', TEXT),
    email: read('VITE_OPERATOR_EMAIL', EMAIL),
    phone: read('VITE_OPERATOR_PHONE', PHONE),
    accessibilityContact: read('VITE_ACCESSIBILITY_CONTACT', TEXT),
    siteUrl: readSiteAddress(env, warn),
    published: read('VITE_SITE_PUBLISHED', DATE),
    updated: read('VITE_SITE_UPDATED', DATE),
    statementPrepared: read('VITE_STATEMENT_PREPARED', DATE),
    statementReviewed: read('VITE_STATEMENT_REVIEWED', DATE),
    building: read('VITE_BUILDING_ACCESSIBILITY', TEXT),
  };
}

export const SITE_OPERATOR = readSiteOperator(import.meta.env);
