import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decisionsSchema } from '../../../geodata/import/decisions';
import { importPractices } from '../../../geodata/import/import-practices';
import type { RecordReport } from '../../../geodata/import/import-report';
import { parseSourceRecords } from '../../../geodata/import/source-record';
import { practiceSchema } from '../../../src/data/schemas';
import { FIXTURES_DIR, fixtureGazetteer } from './fixtures';

const file = path.join(FIXTURES_DIR, 'records.json');
const records = parseSourceRecords(JSON.parse(readFileSync(file, 'utf8')), file);
const gazetteer = fixtureGazetteer();
const { practices, report } = importPractices(records, { gazetteer, today: '2025-01-01' });

function recordNamed(title: string): RecordReport {
  const found = report.records.find((record) => record.title === title);
  if (!found) throw new Error(`no record ${title}`);
  return found;
}

function practiceOf(title: string) {
  const id = recordNamed(title).practiceId;
  return practices.find((practice) => practice.id === id);
}

describe('the report accounts for every record and member', () => {
  it('lists every record and every member, nothing dropped', () => {
    expect(report.records).toHaveLength(records.length);
    for (const [i, record] of records.entries()) {
      expect(report.records[i]?.members.map((m) => m.name)).toEqual(
        record.members.map((m) => m.name),
      );
    }
    const { localGovernments } = report.summary;
    expect(localGovernments.total).toBe(
      localGovernments.automatic +
        localGovernments.byRule +
        localGovernments.ambiguous +
        localGovernments.unresolved,
    );
  });

  it('resolved: with the code and the rule that was needed', () => {
    const members = recordNamed(
      'Kościerskie partnerstwo na rzecz rozwoju społeczno gospodarczego',
    ).members;
    expect(members[0]).toMatchObject({ status: 'resolved', terc: '2206011', rules: [] });
    expect(members[1]).toMatchObject({
      status: 'resolved',
      terc: '2206042',
      rules: ['other-members-exclusion'],
    });
    expect(members[2]).toMatchObject({ terc: '2206', unit: '2206 kościerski (powiat, pomorskie)' });
  });

  it('ambiguous: with the candidates; unresolved: with the reason', () => {
    const [atlantyda, nowodworski] = recordNamed(
      'Porozumienie gmin o wspólnym transporcie',
    ).members;
    expect(atlantyda).toMatchObject({ status: 'unresolved' });
    expect(atlantyda?.reason).toMatch(/no gmina named "Atlantyda"/);
    expect(nowodworski?.status).toBe('ambiguous');
    expect(nowodworski?.candidates).toHaveLength(2);
    expect(report.summary.localGovernments).toMatchObject({ ambiguous: 1, unresolved: 1 });
  });

  it('partners: sector from the kind, from the name when the kind is unknown', () => {
    const members = recordNamed('Partnerstwo Paprykowy Szlak').members;
    expect(members[0]).toMatchObject({ status: 'partner', sector: 'ngo', sectorRule: 'kind' });
    expect(members[2]).toMatchObject({ sector: 'business', sectorRule: 'name: sp. z o.o.' });
  });

  it('historic names resolve with their rule (Stargard Szczeciński)', () => {
    const members = recordNamed(
      'Stowarzyszenie Szczecińskiego Obszaru Metropolitalnego (SSOM)',
    ).members;
    expect(members.map((m) => m.terc)).toEqual([
      '3262011',
      '3214011',
      '3214102',
      '3211043',
      '3211012',
    ]);
    expect(members[1]?.rules).toEqual(['historic-name']);
  });
});

describe('conflicts worth a human look', () => {
  it('a member outside the record’s voivodeship', () => {
    const conflicts = recordNamed('Partnerstwo Samorządów Subregionu Brzeskiego').conflicts;
    expect(conflicts).toContainEqual(expect.stringMatching(/Gmina Oława.*0215042.*outside/));
  });

  it('a sector that the name contradicts, and a leader that is not a local government', () => {
    expect(
      recordNamed('Kościerskie partnerstwo na rzecz rozwoju społeczno gospodarczego').conflicts,
    ).toContainEqual(expect.stringMatching(/Stowarzyszenie Przedsiębiorcy Kościerzyna.*says ngo/));
    expect(recordNamed('Partnerstwo Paprykowy Szlak').conflicts).toContainEqual(
      expect.stringMatching(/is not a local government/),
    );
  });

  it('a record placed only by its voivodeship', () => {
    const record = recordNamed('Partnerstwo nadmorskich gmin');
    expect(record.place).toMatchObject({ territory: ['32'], rule: "the record's voivodeship" });
    expect(record.conflicts).toContainEqual(expect.stringMatching(/no member or town/));
  });

  it('a record with no place at all is reported, not written', () => {
    expect(recordNamed('Opis bez miejsca').practiceId).toBeNull();
    expect(report.summary.recordsWithoutPlace).toBe(1);
  });
});

describe('duplicates', () => {
  it('merges the same BDP page on two hosts, keeping both sources and all partners', () => {
    const bdp = recordNamed('Kościerskie partnerstwo na rzecz rozwoju społeczno gospodarczego');
    expect(bdp.mergedWith).toEqual([2]);
    expect(report.duplicates).toContainEqual(
      expect.objectContaining({ records: [1, 2], verdict: 'same-bdp-page', action: 'merged' }),
    );
    const practice = practiceOf(bdp.title);
    expect(practice?.sources.map((s) => s.kind)).toEqual(['bdp', 'bdp']);
    expect(practice?.partners.map((p) => p.name)).toContain(
      'Pomorski Zespół Parków Krajobrazowych',
    );
    // the same unit named twice is one partner
    expect(practice?.partners.filter((p) => p.terc === '2206011')).toHaveLength(1);
    expect(practice?.yearStarted).toBe(2011);
  });

  it('merges similar titles and takes the place from the record with members', () => {
    const practice = practiceOf('Partnerstwo Paprykowy Szlak');
    expect(recordNamed('Partnerstwo Paprykowy Szlak').mergedWith).toEqual([9]);
    expect(practice?.territory).toEqual(['1425132']);
    expect(practice?.type).toBe('inter-municipal-cooperation');
    // http://x and x/ are one site
    expect(practice?.implementer?.websites).toEqual(['http://www.paprykaprzytycka.eu']);
  });
});

describe('the practices', () => {
  it('are valid, with unique readable ids', () => {
    for (const practice of practices) expect(practiceSchema.safeParse(practice).success).toBe(true);
    expect(new Set(practices.map((p) => p.id)).size).toBe(practices.length);
    expect(practiceOf('Centrum Usług Wspólnych w Krakowie')?.id).toBe(
      'centrum-uslug-wspolnych-w-krakowie',
    );
  });

  it('have the leader within the territory, with the leader role', () => {
    const practice = practiceOf('Kościerskie partnerstwo na rzecz rozwoju społeczno gospodarczego');
    expect(practice).toMatchObject({
      leader: '2206011',
      territory: ['2206', '2206011', '2206032', '2206042'],
      dateAdded: '2013-05-06',
      dateUpdated: '2014-01-20',
    });
    expect(practice?.partners[0]).toMatchObject({ terc: '2206011', role: 'leader' });
    expect(practice?.partners[1]).toMatchObject({ terc: '2206042', role: 'member' });
    expect(practice?.partners.find((p) => p.sector === 'ngo')?.role).toBeUndefined();
  });

  it('place a practice without members at its town (a city with powiat rights as its gmina)', () => {
    expect(practiceOf('Centrum Usług Wspólnych w Krakowie')).toMatchObject({
      leader: '1261011',
      territory: ['1261011'],
      form: 'single-unit',
    });
  });

  it('carry the implementer with split postal code and https links', () => {
    const practice = practiceOf('Kościerskie partnerstwo na rzecz rozwoju społeczno gospodarczego');
    expect(practice?.implementer).toEqual({
      name: 'Urząd Miasta Kościerzyna',
      street: 'Rynek 21',
      postalCode: '83-400',
      town: 'Kościerzyna',
      phone: '58 680 23 00',
      websites: ['https://www.koscierzyna.pl', 'http://www.koscierzyna.gda.pl'],
    });
    expect(
      recordNamed('Kościerskie partnerstwo na rzecz rozwoju społeczno gospodarczego').conflicts,
    ).toContainEqual(expect.stringMatching(/ftp:\/\/pliki.example.*left out/));
  });

  it('keep an unresolved local government as a partner without a code', () => {
    const practice = practiceOf('Porozumienie gmin o wspólnym transporcie');
    expect(practice?.leader).toBe('1601011');
    expect(practice?.partners.slice(0, 2)).toEqual([
      { name: 'Gmina Atlantyda', sector: 'jst', role: 'member' },
      { name: 'Powiat Nowodworski', sector: 'jst', role: 'member' },
    ]);
  });

  it('is deterministic', () => {
    const again = importPractices(records, { gazetteer, today: '2025-01-01' });
    expect(JSON.stringify(again)).toBe(JSON.stringify({ practices, report }));
  });
});

describe('an editor’s decisions', () => {
  const decisions = decisionsSchema.parse({
    members: [
      {
        record: 'Porozumienie gmin o wspólnym transporcie',
        name: 'Powiat Nowodworski',
        terc: '1414',
        reason: 'the source page is about Nowy Dwór Mazowiecki',
      },
    ],
    places: [
      {
        record: 'Opis bez miejsca',
        territory: ['2261011'],
        leader: '2261011',
        reason: 'the summary names Gdańsk',
      },
    ],
    keepApart: [
      {
        records: [
          'Partnerstwo Paprykowy Szlak',
          'Paprykowy szlak – model partnerstwa samorządów i przedsiębiorców rolnych',
        ],
        reason: 'a test',
      },
    ],
    merge: [{ records: ['Nie ma takiego', 'Ani takiego'], reason: 'matches nothing' }],
  });
  const result = importPractices(records, { gazetteer, decisions, today: '2025-01-01' });
  const find = (title: string) => result.report.records.find((r) => r.title === title);

  it('pins a member, places a record, keeps records apart, and reports unused decisions', () => {
    expect(find('Porozumienie gmin o wspólnym transporcie')?.members[1]).toMatchObject({
      status: 'resolved',
      terc: '1414',
      rules: ['manual-decision'],
    });
    expect(find('Opis bez miejsca')?.place.territory).toEqual(['2261011']);
    expect(find('Partnerstwo Paprykowy Szlak')?.mergedWith).toEqual([]);
    expect(result.report.unusedDecisions).toEqual(['merge: Nie ma takiego / Ani takiego']);
  });
});
