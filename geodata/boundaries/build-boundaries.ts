// The boundaries step of the data build: source GeoJSON → validated topology and gazetteer.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { boundaryDetailFile, DATA_FILES } from '../../src/config/data-files';
import { encodeGazetteer } from '../../src/data/gazetteer-file';
import { boundariesSchema } from '../../src/data/schemas';
import { DataBuildError } from '../build-error';
import { OUTPUT_DIR } from '../paths';
import { buildDetailTopologies } from './detail';
import { buildGazetteer } from './gazetteer';
import { NATIONAL_GMINA_COUNT, readBoundarySource } from './source';
import { buildTopology, DEFAULT_SIMPLIFY, type SimplifyOptions } from './topology';
import { validateOutputs } from './validate-output';

interface BuildBoundariesOptions {
  /** Folder with the source GeoJSON (GEODATA_SRC). */
  sourceDir: string;
  /** The site's public folder; files go to its data/ subfolder. */
  outDir?: string;
  /** 2477 for the national set; null for small fixtures. */
  expectedGminaCount?: number | null;
  simplify?: SimplifyOptions;
}

export interface BuiltFile {
  file: string;
  bytes: number;
  gzipBytes: number;
}

interface BuildBoundariesResult {
  files: BuiltFile[];
  counts: { gmina: number; powiat: number; voivodeship: number };
}

function writeFile(file: string, text: string): BuiltFile {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  const bytes = Buffer.byteLength(text);
  // gzip at its default level, as a web server would send it
  return { file, bytes, gzipBytes: zlib.gzipSync(text).length };
}

/** Reads, validates and converts the source boundaries; throws a DataBuildError on bad input. */
export function buildBoundaries({
  sourceDir,
  outDir = OUTPUT_DIR,
  expectedGminaCount = NATIONAL_GMINA_COUNT,
  simplify = DEFAULT_SIMPLIFY,
}: BuildBoundariesOptions): BuildBoundariesResult {
  const source = readBoundarySource(sourceDir, { expectedGminaCount });
  const topology = buildTopology(source.gminy, simplify);
  const gazetteer = buildGazetteer(source, topology);
  const files = {
    boundaries: path.join(outDir, DATA_FILES.boundaries),
    gazetteer: path.join(outDir, DATA_FILES.gazetteer),
  };
  validateOutputs(files, source, topology, gazetteer);
  const details = [...buildDetailTopologies(source.gminy)].map(([code, detail]) => {
    const file = path.join(outDir, boundaryDetailFile(code));
    const checked = boundariesSchema.safeParse(detail);
    if (!checked.success) {
      throw new DataBuildError([`${file}: ${checked.error.issues[0]?.message ?? 'invalid'}`]);
    }
    return { file, text: JSON.stringify(detail) };
  });
  return {
    files: [
      writeFile(files.boundaries, JSON.stringify(topology)),
      writeFile(files.gazetteer, JSON.stringify(encodeGazetteer(gazetteer))),
      ...details.map(({ file, text }) => writeFile(file, text)),
    ],
    counts: {
      gmina: topology.objects.gmina.geometries.length,
      powiat: topology.objects.powiat.geometries.length,
      voivodeship: topology.objects.voivodeship.geometries.length,
    },
  };
}
