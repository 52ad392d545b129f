import { describe, expect, test } from 'vitest';
import { mailtoHref, safeHref } from '../../../src/features/practices/practice-links';

describe('a mailto from the data', () => {
  test('one plain address passes', () => {
    expect(safeHref('mailto:kontakt@gmina.example.pl')).toBe('mailto:kontakt@gmina.example.pl');
    expect(safeHref('  MAILTO:Biuro.Projektow@powiat.example ')).toBe(
      'mailto:Biuro.Projektow@powiat.example',
    );
  });

  test('anything beyond one plain address is dropped: queries, fragments, recipients, encodings', () => {
    for (const hostile of [
      'mailto:a@example.org?bcc=victim@example.org&body=<script>alert(1)</script>',
      'mailto:a@example.org?subject=Hi',
      'mailto:a@example.org?',
      'mailto:?to=a@example.org',
      'mailto:a@example.org#x',
      'mailto:a@example.org,b@example.org',
      'mailto:a@example.org;b@example.org',
      'mailto:a%40example.org',
      'mailto:a@example.org%3Fbcc=b@example.org',
      'mailto:a%3Fbcc%3Db@example.org',
      'mailto:',
      'mailto:not-an-address',
      'mailto:a@localhost',
    ]) {
      expect(safeHref(hostile), hostile).toBeNull();
    }
  });

  test("the app's own correction mail keeps its subject and body", () => {
    const href = mailtoHref({
      to: 'poprawki@mapa-praktyk.example',
      subject: 'Poprawka: skawina-seniorzy',
      body: 'Tytuł: Seniorzy\nLink: https://mapa.example/?practice=skawina-seniorzy',
    });
    const url = new URL(href);
    expect(url.protocol).toBe('mailto:');
    expect(url.pathname).toBe('poprawki@mapa-praktyk.example');
    expect(url.searchParams.get('subject')).toBe('Poprawka: skawina-seniorzy');
    expect(url.searchParams.get('body')).toBe(
      'Tytuł: Seniorzy\nLink: https://mapa.example/?practice=skawina-seniorzy',
    );
  });
});
