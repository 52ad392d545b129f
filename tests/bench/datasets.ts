// The practices files the benchmark serves in place of the shipped one: the shipped file itself
// and synthetic ones (tests/bench/synthetic-practices.ts, fixed seed, over the real gazetteer).
// 100,000 practices take seconds to generate and to gzip, so each file is generated once and kept
// in the system's temp folder, keyed by count, seed and a hash of the generator and gazetteer.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { PracticesFile } from '../../src/data/schemas';
import { generateDataFiles, readGazetteerFile } from './synthetic-practices';

export const SYNTHETIC_SEED = 1;
export const CACHE_DIR = path.join(tmpdir(), 'mapa-praktyk-bench');
const GENERATOR_FILE = fileURLToPath(new URL('./synthetic-practices.ts', import.meta.url));

/** The practice the "open a practice" scenario clicks: the one with the most partners. */
export interface TargetPractice {
  id: string;
  title: string;
  leader: string;
  partners: number;
}

export interface BenchDataset {
  /** Short name used in tables and on the command line: shipped, 1k, 10k, 100k. */
  name: string;
  practices: number;
  /** The file's bytes and their gzip (zlib default level, as Vite preview compresses). */
  body: Buffer;
  gzip: Buffer;
  /** Its practice-texts.json, the same way (absent for the shipped file, served as it is). */
  texts: { body: Buffer; gzip: Buffer };
  /** Absent for the shipped file: it is served as is, without interception. */
  synthetic: boolean;
  target: TargetPractice | null;
}

/** 1k, 10k, 100k… from a count. */
export function datasetName(count: number): string {
  return count % 1000 === 0 ? `${count / 1000}k` : String(count);
}

function largest(file: PracticesFile): TargetPractice | null {
  let best: TargetPractice | null = null;
  for (const practice of file.practices) {
    if (!best || practice.partners.length > best.partners) {
      best = {
        id: practice.id,
        title: practice.title,
        leader: practice.leader,
        partners: practice.partners.length,
      };
    }
  }
  return best;
}

export function shippedDataset(file: string): BenchDataset {
  if (!existsSync(file)) throw new Error(`${file} is missing: run npm run build first`);
  const body = readFileSync(file);
  const parsed = JSON.parse(body.toString('utf8')) as PracticesFile;
  return {
    name: 'shipped',
    practices: parsed.practices.length,
    body,
    gzip: gzipSync(body),
    texts: { body: Buffer.alloc(0), gzip: Buffer.alloc(0) },
    synthetic: false,
    target: largest(parsed),
  };
}

interface CacheMeta {
  practices: number;
  target: TargetPractice | null;
}

/**
 * `count` synthetic practices over the gazetteer in `gazetteerFile`, from the cache when the
 * same generator, gazetteer, count and seed made it before.
 */
export function syntheticDataset(
  count: number,
  gazetteerFile: string,
  seed: number = SYNTHETIC_SEED,
  log: (message: string) => void = () => {},
): BenchDataset {
  const key = createHash('sha256')
    .update(readFileSync(GENERATOR_FILE))
    .update(readFileSync(gazetteerFile))
    .digest('hex')
    .slice(0, 12);
  const stem = path.join(CACHE_DIR, `practices-${count}-seed${seed}-${key}`);
  const name = datasetName(count);
  if (existsSync(`${stem}.meta.json`)) {
    const meta = JSON.parse(readFileSync(`${stem}.meta.json`, 'utf8')) as CacheMeta;
    return {
      name,
      practices: meta.practices,
      body: readFileSync(`${stem}.json`),
      gzip: readFileSync(`${stem}.json.gz`),
      texts: {
        body: readFileSync(`${stem}.texts.json`),
        gzip: readFileSync(`${stem}.texts.json.gz`),
      },
      synthetic: true,
      target: meta.target,
    };
  }
  const gazetteer = readGazetteerFile(gazetteerFile);
  if (!gazetteer) throw new Error(`${gazetteerFile} is missing: run npm run build:data first`);
  const started = performance.now();
  const { practices: file, texts } = generateDataFiles(count, gazetteer, seed);
  const body = Buffer.from(JSON.stringify(file));
  const gzip = gzipSync(body);
  const textsBody = Buffer.from(JSON.stringify(texts));
  const textsGzip = gzipSync(textsBody);
  const meta: CacheMeta = { practices: file.practices.length, target: largest(file) };
  mkdirSync(CACHE_DIR, { recursive: true });
  // written under temporary names and renamed, so a run stopped halfway leaves no half file
  for (const [suffix, bytes] of [
    ['.json', body],
    ['.json.gz', gzip],
    ['.texts.json', textsBody],
    ['.texts.json.gz', textsGzip],
    ['.meta.json', Buffer.from(JSON.stringify(meta))],
  ] as const) {
    writeFileSync(`${stem}${suffix}.part`, bytes);
    renameSync(`${stem}${suffix}.part`, `${stem}${suffix}`);
  }
  log(
    `bench: generated ${name} practices in ${Math.round(performance.now() - started)} ms (cached in ${CACHE_DIR})`,
  );
  return {
    name,
    practices: meta.practices,
    body,
    gzip,
    texts: { body: textsBody, gzip: textsGzip },
    synthetic: true,
    target: meta.target,
  };
}
