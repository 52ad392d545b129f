// The propose form's record: what it checks, the names it writes for units, and that the
// importer takes the record as it is (codes given, type and form chosen by the sender).
import { describe, expect, it } from 'vitest';
import { importPractices } from '../../../geodata/import/import-practices';
import { parseSourceRecords } from '../../../geodata/import/source-record';
import type { Unit } from '../../../src/data/schemas';
import {
  EMPTY_DRAFT,
  downloadName,
  draftToSourceRecord,
  parseDraft,
  sourceNameOf,
  validateDraft,
  type ProposalDraft,
} from '../../../src/features/propose/propose-record';
import { fixtureGazetteer } from './fixtures';

const gazetteer = fixtureGazetteer();
const lookup = (terc: string): Unit | undefined => gazetteer.units.find((u) => u.terc === terc);

const DRAFT: ProposalDraft = {
  ...EMPTY_DRAFT,
  title: 'Wspólny transport Kościerzyny',
  summary: 'Miasto i gmina wiejska wspólnie organizują komunikację.',
  type: 'technical-services',
  form: 'inter-municipal-agreement',
  yearStarted: '2021',
  leader: '2206011',
  members: ['2206042'],
  partners: [{ name: 'Stowarzyszenie Razem', sector: 'ngo' }],
  sources: ['https://www.koscierzyna.example/transport'],
  contact: {
    name: 'Urząd Miasta Kościerzyna',
    phone: '',
    email: 'um@koscierzyna.example',
    website: '',
  },
};

describe('validateDraft', () => {
  it('says what to fix, field by field', () => {
    expect(validateDraft(EMPTY_DRAFT, 2026)).toEqual({
      title: 'propose.error.title',
      summary: 'propose.error.summary',
      type: 'propose.error.type',
      form: 'propose.error.form',
      leader: 'propose.error.leader',
      'sources.0': 'propose.error.source',
    });
    expect(
      validateDraft(
        {
          ...DRAFT,
          yearStarted: '2031',
          sources: ['javascript:alert(1)'],
          partners: [{ name: 'X', sector: 'ngo' }],
          contact: { ...DRAFT.contact, email: 'nie-adres' },
        },
        2026,
      ),
    ).toEqual({
      yearStarted: 'propose.error.year',
      'partners.0': 'propose.error.partnerName',
      'sources.0': 'propose.error.url',
      'contact.email': 'propose.error.email',
    });
    expect(validateDraft(DRAFT, 2026)).toEqual({});
  });
});

describe('the record', () => {
  it('names each unit in the form the importer reads without doubt', () => {
    const name = (terc: string) => {
      const unit = lookup(terc);
      if (!unit) throw new Error(terc);
      return sourceNameOf(unit).name;
    };
    expect(name('2206011')).toBe('Gmina miejska Kościerzyna');
    expect(name('2206042')).toBe('Gmina wiejska Kościerzyna');
    expect(name('2206')).toBe('Powiat kościerski');
    expect(name('22')).toBe('Województwo pomorskie');
  });

  it('imports as a practice with the chosen codes, type and form', () => {
    const records = parseSourceRecords([draftToSourceRecord(DRAFT, lookup)], 'zgloszenie.json');
    const { practices, report } = importPractices(records, { gazetteer, today: '2026-01-01' });
    expect(report.summary.localGovernments).toMatchObject({ unresolved: 0, ambiguous: 0 });
    expect(practices[0]).toMatchObject({
      id: 'wspolny-transport-koscierzyny',
      leader: '2206011',
      territory: ['2206011', '2206042'],
      type: 'technical-services',
      form: 'inter-municipal-agreement',
      yearStarted: 2021,
      partners: [
        { name: 'Gmina miejska Kościerzyna', terc: '2206011', role: 'leader' },
        { name: 'Gmina wiejska Kościerzyna', terc: '2206042', role: 'member' },
        { name: 'Stowarzyszenie Razem', sector: 'ngo' },
      ],
    });
    expect(report.records[0]?.note).toMatch(/um@koscierzyna\.example/);
  });

  it('a code given with a member wins over its name, and is reported', () => {
    const [record] = parseSourceRecords(
      [
        {
          title: 'Porozumienie',
          members: [{ name: 'Kościerzyna', kind: 'gmina', terc: '2206042' }],
        },
      ],
      'x.json',
    );
    if (!record) throw new Error('no record');
    const { report } = importPractices([record], { gazetteer, today: '2026-01-01' });
    expect(report.records[0]?.members[0]).toMatchObject({
      terc: '2206042',
      rules: ['terc-given'],
      notes: ['the name alone reads as 2206011'],
    });
  });
});

describe('the draft and the download', () => {
  it('reads back a stored draft, dropping what does not fit', () => {
    expect(parseDraft(JSON.stringify(DRAFT))).toEqual(DRAFT);
    expect(
      parseDraft('{"title": 5, "type": "parks", "partners": [{"name": "A", "sector": "x"}]}'),
    ).toEqual(EMPTY_DRAFT);
    expect(parseDraft('nie json')).toBeNull();
  });

  it('names the file after the title', () => {
    expect(downloadName('Wspólny transport Kościerzyny')).toBe(
      'zgloszenie-wspolny-transport-koscierzyny.json',
    );
    expect(downloadName('???')).toBe('zgloszenie-praktyka.json');
  });
});
