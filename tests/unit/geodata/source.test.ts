import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DataBuildError } from '../../../geodata/build-error';
import {
  NATIONAL_GMINA_COUNT,
  readBoundarySource,
  SOURCE_FILES,
} from '../../../geodata/boundaries/source';
import {
  FIXTURE_GMINA_COUNT,
  gminaFeature,
  makeTempDir,
  removeTempDirs,
  sourceWith,
  VALID_SOURCE,
  type SourceFiles,
} from './fixture-source';

afterAll(removeTempDirs);

const read = (dir: string, expectedGminaCount: number | null = FIXTURE_GMINA_COUNT) =>
  readBoundarySource(dir, { expectedGminaCount });

/** The problem lines the source raises (the test fails if it raises none). */
function problemsOf(dir: string, expectedGminaCount: number | null = FIXTURE_GMINA_COUNT) {
  try {
    read(dir, expectedGminaCount);
  } catch (error) {
    expect(error).toBeInstanceOf(DataBuildError);
    return (error as DataBuildError).problems;
  }
  throw new Error('expected the source to be rejected');
}

function problemsAfter(change: (files: SourceFiles) => void): readonly string[] {
  return problemsOf(sourceWith(change));
}

const gminaFile = (dir: string) => path.join(dir, SOURCE_FILES.gminy);

describe('a valid source', () => {
  it('yields the gminy sorted by TERC, with powiat and voivodeship names', () => {
    const source = read(VALID_SOURCE);
    expect(source.gminy.map((gmina) => gmina.terc)).toEqual([
      '0201011',
      '0201022',
      '0202013',
      '0202022',
      '0401011',
      '0401022',
    ]);
    expect(source.powiaty).toEqual([
      { terc: '0201', name: 'brzeziński' },
      { terc: '0202', name: 'dąbrowski' },
      { terc: '0401', name: 'olszyński' },
    ]);
    expect(source.voivodeships.map((unit) => unit.name)).toEqual([
      'DOLNOŚLĄSKIE',
      'KUJAWSKO-POMORSKIE',
    ]);
  });
});

describe('a missing source', () => {
  it('names the folder, where PRG boundaries come from and how to set GEODATA_SRC', () => {
    const dir = path.join(makeTempDir(), 'nowhere');
    const [problem, ...rest] = problemsOf(dir);
    expect(rest).toEqual([]);
    expect(problem).toContain(dir);
    expect(problem).toContain('not found');
    expect(problem).toMatch(/PRG/);
    expect(problem).toMatch(/GUGiK/);
    expect(problem).toMatch(/2020/);
    expect(problem).toContain('GEODATA_SRC');
  });

  it('names a missing file and says how to fix it', () => {
    const dir = sourceWith();
    fs.rmSync(gminaFile(dir));
    const problems = problemsOf(dir);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(gminaFile(dir));
    expect(problems[0]).toContain('file not found');
    expect(problems[0]).toContain('GEODATA_SRC');
  });
});

describe('a broken file', () => {
  it('reports JSON that does not parse', () => {
    const dir = sourceWith();
    fs.writeFileSync(gminaFile(dir), '{"type": "FeatureCollection", "features": [');
    const [problem] = problemsOf(dir);
    expect(problem).toContain(gminaFile(dir));
    expect(problem).toContain('not valid JSON');
  });

  it('reports JSON that is not a FeatureCollection', () => {
    const dir = sourceWith();
    fs.writeFileSync(gminaFile(dir), '[1, 2, 3]');
    expect(problemsOf(dir)[0]).toContain('expected a GeoJSON FeatureCollection');
  });
});

describe('bad gminy', () => {
  it('reports a duplicate TERC code with both features', () => {
    const problems = problemsAfter((files) => {
      gminaFeature(files, '0202022').properties.terc = '0202013';
    });
    expect(problems).toContainEqual(
      expect.stringMatching(
        /poland\.municipalities\.json: feature #\d \(terc 0202013, "Dąbrowa"\): duplicate terc 0202013, already used by feature #0/,
      ),
    );
  });

  it.each([
    ['020101', 'too short'],
    ['0201014', 'type 4 is not a gmina'],
    ['02a1011', 'a letter'],
    ['0200011', 'powiat 00'],
  ])('reports a bad TERC code %s (%s)', (bad) => {
    const problems = problemsAfter((files) => {
      gminaFeature(files, '0401011').properties.terc = bad;
    });
    expect(problems).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `poland\\.municipalities\\.json: feature #4 \\(terc ${bad}, "Olszyny"\\): properties\\.terc "${bad}" is not a gmina TERC code`,
        ),
      ),
    );
  });

  it('reports a TERC code that is not a string', () => {
    const problems = problemsAfter((files) => {
      gminaFeature(files, '0401011').properties.terc = 401011;
    });
    expect(problems).toContainEqual(expect.stringContaining('properties.terc 401011 is not'));
  });

  it('reports a powiat prefix missing from the counties file', () => {
    const problems = problemsAfter((files) => {
      gminaFeature(files, '0401011').properties.terc = '0402011';
    });
    expect(problems).toContainEqual(
      expect.stringMatching(
        /poland\.municipalities\.json: feature #4 \(terc 0402011, "Olszyny"\): its powiat 0402 is not in .*poland\.counties\.json/,
      ),
    );
  });

  it('reports a voivodeship prefix missing from the voivodeships file', () => {
    const problems = problemsAfter((files) => {
      gminaFeature(files, '0401011').properties.terc = '0601011';
    });
    expect(problems).toContainEqual(
      expect.stringMatching(
        /feature #4 \(terc 0601011, "Olszyny"\): its voivodeship 06 is not in .*poland\.voivodeships\.json/,
      ),
    );
  });

  it.each([
    ['missing', undefined],
    ['empty', ''],
    ['blank', '   '],
    ['not a string', 42],
    ['with control characters', 'Ols\u0000zyny'],
  ])('reports a name that is %s', (_, name) => {
    const problems = problemsAfter((files) => {
      gminaFeature(files, '0401011').properties.name = name;
    });
    expect(problems).toContainEqual(
      expect.stringMatching(
        /poland\.municipalities\.json: feature #4 \(terc 0401011.*\): has no name \(properties\.name is missing or empty\)/,
      ),
    );
  });

  it('reports a ring that is not closed', () => {
    const problems = problemsAfter((files) => {
      gminaFeature(files, '0202013').geometry.coordinates[0].pop();
    });
    expect(problems).toContainEqual(
      expect.stringMatching(
        /poland\.municipalities\.json: feature #3 \(terc 0202013, "Dąbrowa"\): polygon 1, ring 1 is not closed: it starts at \[18\.1,52\] and ends at \[18\.1,52\.1\]/,
      ),
    );
  });

  it('reports a ring with fewer than 4 positions', () => {
    const problems = problemsAfter((files) => {
      gminaFeature(files, '0202013').geometry.coordinates[0] = [
        [18.1, 52],
        [18.2, 52],
        [18.1, 52],
      ];
    });
    expect(problems).toContainEqual(
      expect.stringContaining(
        'feature #3 (terc 0202013, "Dąbrowa"): polygon 1, ring 1 has 3 positions, a ring needs at least 4',
      ),
    );
  });

  it.each([
    ['west of Poland', [13.5, 52.05]],
    ['north of Poland', [18.15, 55.5]],
    ['in projected metres (EPSG:2180)', [450000, 520000]],
  ])('reports coordinates %s, naming the feature', (_, position) => {
    const problems = problemsAfter((files) => {
      const ring = gminaFeature(files, '0202013').geometry.coordinates[0];
      ring.splice(2, 0, position);
    });
    expect(problems).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `feature #3 \\(terc 0202013, "Dąbrowa"\\): polygon 1, ring 1, position 3 \\[${position[0]},${position[1]}\\] is outside Poland \\(lng 14–24\\.5, lat 49–55\\).*WGS84`,
        ),
      ),
    );
  });

  it('reports positions that are not number pairs', () => {
    const problems = problemsAfter((files) => {
      gminaFeature(files, '0202013').geometry.coordinates[0][1] = ['18.2', '52'];
    });
    expect(problems).toContainEqual(
      expect.stringContaining('polygon 1, ring 1 is not a list of [lng, lat] number pairs'),
    );
  });

  it('reports a geometry that is not a polygon', () => {
    const problems = problemsAfter((files) => {
      gminaFeature(files, '0202013').geometry = { type: 'Point', coordinates: [18.15, 52.05] };
    });
    expect(problems).toContainEqual(
      expect.stringContaining('(terc 0202013, "Dąbrowa"): geometry type "Point" is not Polygon'),
    );
  });

  it('reports a feature without geometry', () => {
    const problems = problemsAfter((files) => {
      gminaFeature(files, '0202013').geometry = null;
    });
    expect(problems).toContainEqual(
      expect.stringContaining('(terc 0202013, "Dąbrowa"): has no geometry'),
    );
  });
});

describe('the set as a whole', () => {
  it('expects the national count of gminy unless told otherwise', () => {
    const problems = problemsOf(VALID_SOURCE, NATIONAL_GMINA_COUNT);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(gminaFile(VALID_SOURCE));
    expect(problems[0]).toContain('expected 2477 gminy');
    expect(problems[0]).toContain('found 6');
  });

  it('reports a gmina missing from a fixture of known size', () => {
    const problems = problemsAfter((files) => {
      files.gminy.features.pop();
    });
    expect(problems).toContainEqual(expect.stringContaining('expected 6 gminy'));
  });

  it('reports a powiat that has no gmina', () => {
    const problems = problemsAfter((files) => {
      files.powiaty.features.push({
        type: 'Feature',
        properties: { terc: '0403', name: 'pusty' },
        geometry: null,
      });
    });
    expect(problems).toContainEqual(
      expect.stringMatching(/poland\.counties\.json: powiat 0403 \("pusty"\) has no gmina in/),
    );
  });

  it('reports bad codes and names in the counties and voivodeships files', () => {
    const problems = problemsAfter((files) => {
      files.powiaty.features[0].properties.terc = '02011';
      files.voivodeships.features[1].properties.name = '';
    });
    expect(problems).toContainEqual(
      expect.stringMatching(
        /poland\.counties\.json: feature #0 \(terc 02011, "brzeziński"\): properties\.terc "02011" is not a powiat TERC code/,
      ),
    );
    expect(problems).toContainEqual(
      expect.stringMatching(/poland\.voivodeships\.json: feature #1 \(terc 04\): has no name/),
    );
  });

  it('collects every problem before stopping', () => {
    const problems = problemsAfter((files) => {
      gminaFeature(files, '0202013').geometry.coordinates[0].pop();
      gminaFeature(files, '0401011').properties.name = '';
      gminaFeature(files, '0401022').properties.terc = '0401022x';
    });
    expect(problems).toHaveLength(3);
    expect(problems.join('\n')).toContain('0202013');
    expect(problems.join('\n')).toContain('0401011');
    expect(problems.join('\n')).toContain('0401022x');
  });

  it('escapes hostile text when quoting it', () => {
    const problems = problemsAfter((files) => {
      gminaFeature(files, '0401011').properties.terc = '\u001b[31mred\n';
    });
    const line = problems.find((problem) => problem.includes('red')) ?? '';
    expect([...line].some((char) => char.charCodeAt(0) < 0x20)).toBe(false);
    expect(line).toContain('\\u001b[31mred\\n');
  });
});
