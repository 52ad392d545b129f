// The practices' vocabularies and the patterns their fields follow: plain values, no zod, so the
// app's first path (filters, the quick checks) can use them while zod and the schemas built from
// them (schemas.ts, which re-exports these) load only when a file fails a quick check.

/** BDP sections. */
export const PRACTICE_TYPES = [
  'social-services',
  'technical-services',
  'institutional-development',
  'energy-efficiency',
  'jst-ngo-cooperation',
  'inter-municipal-cooperation',
  'social-dialogue',
] as const;
export type PracticeType = (typeof PRACTICE_TYPES)[number];

export const COOPERATION_FORMS = [
  'inter-municipal-agreement', // porozumienie międzygminne / umowa partnerska
  'inter-municipal-union', // związek międzygminny, powiatowo-gminny, metropolitalny, ZIT
  'local-government-association', // stowarzyszenie JST
  'functional-area-partnership', // partnerstwo obszaru funkcjonalnego / metropolitalnego (ZIT, MOF)
  'local-action-group', // LGD
  'euroregion', // cross-border association of local governments
  'project-partnership',
  'public-private-partnership',
  'single-unit', // a practice of one local government
] as const;
export type CooperationForm = (typeof COOPERATION_FORMS)[number];

/** Partner sectors, as the partner-sector filter uses them. */
export const SECTORS = ['jst', 'public', 'ngo', 'business', 'science'] as const;
export type Sector = (typeof SECTORS)[number];

/** Shared with the quick check of practices.json (practices-fast-check.ts). */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const ISO_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
export const SAFE_URL_PATTERN = /^(https?:\/\/|mailto:)/i;

/**
 * CWD's "stopień integracji partnerstwa" (Centrum Wsparcia Doradczego, 2020–2023), 5 classes:
 * powiatowe niezintegrowane / zintegrowane, ponadpowiatowe niezintegrowane / częściowo / w pełni
 * zintegrowane.
 */
export const CWD_INTEGRATION_LEVELS = [
  'county-unintegrated',
  'county-integrated',
  'supra-county-unintegrated',
  'supra-county-partly-integrated',
  'supra-county-fully-integrated',
] as const;
export type CwdIntegration = (typeof CWD_INTEGRATION_LEVELS)[number];
