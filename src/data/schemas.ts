// The contract between the data build (geodata/) and the app: every file the app loads is
// validated against these schemas, and the build validates its own output with the same ones.
import { z } from 'zod';
import { isTercCode, type GminaType, type UnitLevel } from './terc';
import {
  COOPERATION_FORMS,
  CWD_INTEGRATION_LEVELS,
  ISO_DATE_PATTERN,
  PRACTICE_TYPES,
  SAFE_URL_PATTERN,
  SECTORS,
  SLUG_PATTERN,
} from './vocabularies';

// No eval: zod otherwise probes `new Function` (and compiles object parsers with it), which the
// app's Content-Security-Policy forbids. Set before the first schema below is built.
z.config({ jitless: true });

export const tercCode = z.string().refine(isTercCode, { message: 'not a TERC code' });

const lngLat = z.tuple([z.number().min(14).max(24.5), z.number().min(49).max(55)]);

// ---------------------------------------------------------------------------------------------
// Gazetteer: every voivodeship, powiat and gmina, sorted by TERC code.

/** A unit as the app reads it (gazetteer-file.ts decodes the file's columns into these). */
export interface Unit {
  terc: string;
  /** Display name: `Skawina`, `krakowski` (powiat without the word), `małopolskie`. */
  name: string;
  level: UnitLevel;
  /** Gminy only: from the last digit of the code. */
  gminaType?: GminaType | undefined;
  /** A city with powiat rights: its powiat (e.g. 1261) and its gmina (1261011). */
  cityWithPowiatRights: boolean;
  /** Parent codes: the powiat of a gmina, the voivodeship of a powiat or gmina. */
  powiat?: string | undefined;
  voivodeship?: string | undefined;
  /** A point inside the polygon, for markers and labels: [lng, lat]. */
  label: [number, number];
  /** [west, south, east, north] */
  bbox: [number, number, number, number];
}

/** The gazetteer as the app reads it: units sorted by TERC code. */
export interface Gazetteer {
  units: Unit[];
}

/**
 * gazetteer.json on the wire: one column per field, entry i of each is unit i. Level, parents,
 * gmina type and powiat rights follow from the TERC code (terc.ts), so the file leaves them out;
 * columns instead of objects: a third fewer bytes (gzip and brotli) on the first load.
 */
export const gazetteerSchema = z
  .object({
    version: z.literal(2),
    terc: z.array(tercCode),
    name: z.array(z.string().min(1)),
    label: z.array(lngLat),
    bbox: z.array(z.tuple([z.number(), z.number(), z.number(), z.number()])),
  })
  .refine(
    (file) =>
      file.name.length === file.terc.length &&
      file.label.length === file.terc.length &&
      file.bbox.length === file.terc.length,
    {
      message:
        'the columns terc, name, label and bbox must be as long as each other (one entry per unit)',
    },
  );
export type GazetteerFile = z.infer<typeof gazetteerSchema>;

// ---------------------------------------------------------------------------------------------
// Boundaries: one quantized TopoJSON topology. Object `gmina` holds the gminy; `powiat` and
// `voivodeship` are merged from them by TERC prefix, so they share arcs and every border aligns.

const topoGeometry = z.object({
  type: z.enum(['Polygon', 'MultiPolygon']),
  id: tercCode,
  arcs: z.array(z.unknown()),
});

const geometryCollection = z.object({
  type: z.literal('GeometryCollection'),
  geometries: z.array(topoGeometry),
});

export const boundariesSchema = z.object({
  type: z.literal('Topology'),
  transform: z.object({
    scale: z.tuple([z.number(), z.number()]),
    translate: z.tuple([z.number(), z.number()]),
  }),
  bbox: z.array(z.number()).optional(),
  arcs: z.array(z.array(z.array(z.number()))),
  objects: z.object({
    gmina: geometryCollection,
    powiat: geometryCollection,
    voivodeship: geometryCollection,
  }),
});
export type Boundaries = z.infer<typeof boundariesSchema>;

// ---------------------------------------------------------------------------------------------
// Practices

// The vocabularies and patterns live in vocabularies.ts (no zod: the app's first path reads them).
export {
  COOPERATION_FORMS,
  CWD_INTEGRATION_LEVELS,
  ISO_DATE_PATTERN,
  PRACTICE_TYPES,
  SAFE_URL_PATTERN,
  SECTORS,
  SLUG_PATTERN,
} from './vocabularies';
export type { CooperationForm, CwdIntegration, PracticeType, Sector } from './vocabularies';

const isoDate = z.string().regex(ISO_DATE_PATTERN, 'expected YYYY-MM-DD');

/** Only http(s) and mailto links are ever rendered. */
const safeUrl = z
  .string()
  .refine((value) => SAFE_URL_PATTERN.test(value), { message: 'not an http(s) link' });

const partnerSchema = z.object({
  name: z.string().min(1),
  sector: z.enum(SECTORS),
  /** Local governments only. */
  terc: tercCode.optional(),
  role: z.enum(['leader', 'member']).optional(),
});
export type Partner = z.infer<typeof partnerSchema>;

/**
 * A practice as people edit it (geodata/practices/<id>.json, one per practice): the record and its
 * long texts. The build splits it into practices.json (practiceSchema) and practice-texts.json
 * (practiceTextsSchema), so the first load does not carry texts only the detail and a search need.
 */
export const practiceRecordSchema = z.object({
  /** Stable, readable slug. */
  id: z.string().regex(SLUG_PATTERN, 'expected a lower-case slug'),
  title: z.string().trim().min(1),
  summary: z.string().trim().min(1),
  description: z.string().optional(),
  type: z.enum(PRACTICE_TYPES),
  form: z.enum(COOPERATION_FORMS),
  yearStarted: z.number().int().min(1900).max(2100).nullable(),
  dateAdded: isoDate.nullable(),
  dateUpdated: isoDate.nullable(),
  /** The leading unit: where the practice's marker stands. Always within the territory. */
  leader: tercCode,
  implementer: z
    .object({
      name: z.string().min(1),
      street: z.string().optional(),
      postalCode: z.string().optional(),
      town: z.string().optional(),
      phone: z.string().optional(),
      websites: z.array(safeUrl),
    })
    .nullable(),
  partners: z.array(partnerSchema),
  /** TERC codes of the units the practice covers; a partnership's are its member units. */
  territory: z.array(tercCode).min(1),
  sources: z.array(z.object({ url: safeUrl.nullable(), kind: z.enum(['bdp', 'other']) })),
  tags: z.array(z.string()),
  /**
   * Present only when the sources name some of the members: what they state (`18 gmin, 4
   * powiaty`) and the total, when they give one (more than the partners listed).
   */
  membership: z
    .object({
      complete: z.literal(false),
      stated: z.string().min(1).optional(),
      count: z.number().int().min(1).optional(),
    })
    .optional(),
  cwdIntegration: z.enum(CWD_INTEGRATION_LEVELS).optional(),
});
export type PracticeRecord = z.infer<typeof practiceRecordSchema>;

/** The fields of a record that practice-texts.json holds, not practices.json. */
export const PRACTICE_TEXT_FIELDS = ['summary', 'description', 'sources'] as const;

/** A practice in practices.json: the record without its long texts. */
export const practiceSchema = practiceRecordSchema.omit({
  summary: true,
  description: true,
  sources: true,
});
export type Practice = z.infer<typeof practiceSchema>;

/** A practice's long texts, as practice-texts.json holds them under its id. */
export const practiceTextsSchema = practiceRecordSchema.pick({
  summary: true,
  description: true,
  sources: true,
});
export type PracticeTexts = z.infer<typeof practiceTextsSchema>;
export type PracticeSource = PracticeTexts['sources'][number];

/** practice-texts.json: every practice's texts, keyed by its id (loaded when first needed). */
export const practiceTextsFileSchema = z.object({
  version: z.literal(1),
  texts: z.record(z.string(), practiceTextsSchema),
});
export type PracticeTextsFile = z.infer<typeof practiceTextsFileSchema>;

/** The compiled file the app loads, built from the folder of practice files. */
export const practicesFileSchema = z.object({
  version: z.literal(1),
  practices: z.array(practiceSchema),
});
export type PracticesFile = z.infer<typeof practicesFileSchema>;
