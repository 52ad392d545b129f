// Where "report a correction" e-mails go. Set VITE_CORRECTIONS_EMAIL at build time; the default
// is a placeholder on the reserved `.example` domain (RFC 2606), so an unconfigured build never
// sends readers' mail to a real, unrelated inbox.

/** The placeholder used until a real address is configured. */
export const PLACEHOLDER_CORRECTIONS_EMAIL = 'poprawki@mapa-praktyk.example';

type Env = Partial<Record<string, string | boolean | undefined>>;

// one address, no spaces, commas or mailto parameters that could add recipients or headers
const EMAIL =
  /^[A-Za-z0-9.!#$%&'*+/=^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/;

export function isEmailAddress(value: string): boolean {
  return value.length <= 254 && EMAIL.test(value);
}

/** VITE_CORRECTIONS_EMAIL when it is one plain address, else the placeholder (with a warning). */
export function readCorrectionsEmail(
  env: Env,
  warn: (message: string) => void = console.warn,
): string {
  const raw =
    typeof env.VITE_CORRECTIONS_EMAIL === 'string' ? env.VITE_CORRECTIONS_EMAIL.trim() : '';
  if (raw === '') return PLACEHOLDER_CORRECTIONS_EMAIL;
  if (!isEmailAddress(raw)) {
    warn(
      `VITE_CORRECTIONS_EMAIL ignored: "${raw}" is not a single e-mail address; ` +
        `using the placeholder ${PLACEHOLDER_CORRECTIONS_EMAIL}.`,
    );
    return PLACEHOLDER_CORRECTIONS_EMAIL;
  }
  return raw;
}

export const CORRECTIONS_EMAIL = readCorrectionsEmail(import.meta.env);
