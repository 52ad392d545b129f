import { describe, expect, it } from 'vitest';
import {
  bytesByKind,
  classify,
  longestTask,
  totalBlockingTime,
  type RequestRecord,
} from '../../bench/load-metrics';

describe('totalBlockingTime', () => {
  it('sums each long task beyond 50 ms', () => {
    const tasks = [
      { start: 100, duration: 60 },
      { start: 300, duration: 250 },
      { start: 700, duration: 50 },
    ];
    expect(totalBlockingTime(tasks, 10_000)).toBe(10 + 200 + 0);
  });

  it('counts only what runs before the end of the window, clipping a task across it', () => {
    const tasks = [
      { start: 0, duration: 120 },
      // crosses the window's end at 1000: 80 ms inside, 30 of them blocking
      { start: 920, duration: 300 },
      // starts after the window
      { start: 1000, duration: 400 },
    ];
    expect(totalBlockingTime(tasks, 1000)).toBe(70 + 30);
  });

  it('is 0 with no long tasks', () => {
    expect(totalBlockingTime([], 1000)).toBe(0);
  });
});

describe('longestTask', () => {
  const tasks = [
    { start: 10, duration: 80 },
    { start: 500, duration: 260 },
    { start: 2000, duration: 400 },
  ];

  it('is the longest of all tasks, or of those started before a time', () => {
    expect(longestTask(tasks)).toBe(400);
    expect(longestTask(tasks, 2000)).toBe(260);
    expect(longestTask([])).toBe(0);
  });
});

describe('bytesByKind', () => {
  const requests: RequestRecord[] = [
    { kind: 'js', transferred: 100, decoded: 300, startMs: 10 },
    { kind: 'js', transferred: 50, decoded: 120, startMs: 900 },
    { kind: 'boundaries', transferred: 2000, decoded: 9000, startMs: 20 },
    { kind: 'other', transferred: 5, decoded: 5, startMs: 1500 },
  ];

  it('adds files and bytes by kind, every kind present', () => {
    const bytes = bytesByKind(requests);
    expect(bytes.js).toEqual({ files: 2, transferred: 150, decoded: 420 });
    expect(bytes.boundaries).toEqual({ files: 1, transferred: 2000, decoded: 9000 });
    expect(bytes.other).toEqual({ files: 1, transferred: 5, decoded: 5 });
    expect(bytes.css).toEqual({ files: 0, transferred: 0, decoded: 0 });
    expect(Object.keys(bytes)).toEqual([
      'js',
      'css',
      'boundaries',
      'gazetteer',
      'practices',
      'other',
    ]);
  });

  it('leaves out what was requested at or after the cut-off', () => {
    const bytes = bytesByKind(requests, 900);
    expect(bytes.js).toEqual({ files: 1, transferred: 100, decoded: 300 });
    expect(bytes.other.files).toBe(0);
  });
});

describe('classify', () => {
  const base = new URL('http://127.0.0.1:4173/');
  const kind = (path: string) => classify(new URL(path, base), base);

  it('names the data files, scripts and styles; the rest is other', () => {
    expect(kind('data/boundaries.topo.json')).toBe('boundaries');
    expect(kind('data/gazetteer.json')).toBe('gazetteer');
    expect(kind('data/practices.json')).toBe('practices');
    expect(kind('__bench/data/practices-10k.json')).toBe('practices');
    expect(kind('__bench/geodata/poland.municipalities.json')).toBe('boundaries');
    expect(kind('assets/index-abc.js')).toBe('js');
    expect(kind('assets/index-abc.css')).toBe('css');
    expect(kind('')).toBe('other');
    expect(kind('favicon.svg')).toBe('other');
  });
});
