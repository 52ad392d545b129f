// The site's pages render in full at build time (for static copies at /o-mapie/ and
// /deklaracja-dostepnosci/), while the browser loads them lazily.
import { beforeAll, describe, expect, test } from 'vitest';
import { loadRenderer } from '../../../deploy/prerender';

let renderRoute: Awaited<ReturnType<typeof loadRenderer>>;
beforeAll(async () => {
  renderRoute = await loadRenderer({ root: process.cwd(), mode: 'production' });
}, 60_000);

describe('the site pages rendered in Node', () => {
  test('"O mapie": its title, its text and the footer, without the explorer\'s columns', () => {
    const page = renderRoute({ search: '?page=about' });
    expect(page.title).toBe('O mapie — Mapa Praktyk');
    expect(page.html).toContain('>O mapie</h1>');
    expect(page.html).toContain('Skąd pochodzą dane');
    expect(page.html).toContain('app-footer');
    expect(page.html).not.toContain('id="results"');
  });

  test('the statement in English, with its template ids and placeholders', () => {
    const page = renderRoute({ search: '?page=accessibility&lang=en' });
    expect(page.lang).toBe('en');
    expect(page.title).toBe('Accessibility statement — Mapa Praktyk');
    expect(page.html).toContain('id="a11y-status"');
    expect(page.html).toContain('[operator name — set VITE_OPERATOR_NAME]');
  });
});
