import { describe, expect, it } from 'vitest';
import { findDuplicates, placeStemTest } from '../../../geodata/import/duplicates';

const isPlace = placeStemTest(['Gdańsk', 'Gdynia', 'Sopot', 'Szczecin', 'Kraków']);

/** A record with no members and no place, so only its title and page can pair it. */
function record(title: string, sourceUrl: string | null = null) {
  return { title, sourceUrl, members: [], territory: [] };
}

describe('duplicates', () => {
  it('reads the BDP article on both hosts', () => {
    const pairs = findDuplicates([
      record('A', 'https://dobrepraktyki.pl/index.php?p1=6&p2=20&art=471&s=2'),
      record('B', 'https://archiwum.dobrepraktyki.pl/index.php?p1=6&p2=20&art=471'),
    ]);
    expect(pairs).toEqual([
      { a: 0, b: 1, verdict: 'same-bdp-page', reason: 'BDP art=471 on both' },
    ]);
    // `art` on another host is not a BDP page
    expect(
      findDuplicates([
        record('A', 'https://example.pl/?art=471'),
        record('B', 'https://example.pl/?art=471'),
      ]),
    ).toEqual([]);
  });

  it('leaves place names out of the distinctive words', () => {
    const pairs = findDuplicates(
      [
        record('Stowarzyszenie Obszar Metropolitalny Gdańsk-Gdynia-Sopot (OMGGS)'),
        record('Wspólne grupy zakupowe samorządów Obszaru Metropolitalnego Gdańsk-Gdynia-Sopot'),
      ],
      isPlace,
    );
    expect(pairs).toHaveLength(1);
    expect(pairs[0]?.verdict).toBe('possible');
    expect(pairs[0]?.reason).toMatch(/^title: 0 distinctive words shared .*, 3 with place names/);
  });

  it('merges the same page, similar titles; reports the same members; never disjoint places', () => {
    const pairs = findDuplicates(
      [
        {
          title: 'A',
          sourceUrl: 'https://dobrepraktyki.pl/?art=1',
          members: [],
          territory: ['22'],
        },
        {
          title: 'B',
          sourceUrl: 'https://archiwum.dobrepraktyki.pl/?art=1',
          members: [],
          territory: [],
        },
        {
          title: 'Metoda partycypacyjnego planowania rozwoju w SOM',
          sourceUrl: null,
          members: [],
          territory: ['3262011'],
        },
        {
          title: 'Metoda partycypacyjnego planowania zintegrowanego rozwoju w Szczecinie',
          sourceUrl: null,
          members: ['3262011', '3211043'],
          territory: ['3262011', '3211043'],
        },
        {
          title: 'Związek Międzygminny „Gospodarka Komunalna”',
          sourceUrl: null,
          members: ['1203033', '1203043', '1203053'],
          territory: ['1203033', '1203043', '1203053'],
        },
        {
          title: 'Związek Komunalny „Komunikacja Międzygminna”',
          sourceUrl: null,
          members: ['1203033', '1203043', '1203053'],
          territory: ['1203033', '1203043', '1203053'],
        },
        {
          title: 'Kraków – zwycięzca konkursu na efektywną energetycznie gminę',
          sourceUrl: null,
          members: [],
          territory: ['1261011'],
        },
        {
          title: 'Gdańsk – zwycięzca konkursu na efektywną energetycznie gminę',
          sourceUrl: null,
          members: [],
          territory: ['2261011'],
        },
      ],
      isPlace,
    );
    expect(pairs.map(({ a, b, verdict }) => [a, b, verdict])).toEqual([
      [0, 1, 'same-bdp-page'],
      [2, 3, 'similar-title'],
      [4, 5, 'possible'],
    ]);
  });
});
