// The dataset's licence, written into every exported file. Set VITE_DATA_LICENCE at build time
// (for example `CC BY 4.0`); until then the files say plainly that it is not set.

/** The placeholder used until the operator names the licence. */
export const PLACEHOLDER_DATA_LICENCE = 'nieustalona (VITE_DATA_LICENCE)';

type Env = Partial<Record<string, string | boolean | undefined>>;

/** VITE_DATA_LICENCE as one line of text, else the placeholder. */
export function readDataLicence(env: Env): string {
  const raw = typeof env.VITE_DATA_LICENCE === 'string' ? env.VITE_DATA_LICENCE : '';
  const text = raw.replace(/\s+/g, ' ').trim().slice(0, 200);
  return text === '' ? PLACEHOLDER_DATA_LICENCE : text;
}

export const DATA_LICENCE = readDataLicence(import.meta.env);
