import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { SHELL_LANGUAGE_SCRIPT, writePage } from '../../../deploy/prerender';

const TEMPLATE =
  '<!doctype html><html lang="pl"><head></head><body><div id="root"></div></body></html>';
const MESSAGES = '/assets/messages-en-abc123.js';

/** The root page as the build writes it, with the language script run inline (as it runs on arrival). */
function openShell(search: string) {
  const page = writePage(
    TEMPLATE,
    { lang: 'pl', html: '<div class="prerendered">Mapa Praktyk — polski</div>' },
    {
      english: '<div class="prerendered">Mapa Praktyk — English</div>',
      languageScript: '/assets/shell-language.js',
      englishMessages: MESSAGES,
    },
  );
  const inline = page.replace(
    /<script async src="[^"]*"( data-messages="[^"]*")><\/script>/,
    (_, messages: string) => `<script${messages}>${SHELL_LANGUAGE_SCRIPT}</script>`,
  );
  expect(inline).not.toBe(page);
  return new JSDOM(inline, { url: `https://mapa.example/${search}`, runScripts: 'dangerously' })
    .window.document;
}

describe('the build-time shell in the link language', () => {
  it('shows the English shell and starts loading the English messages for lang=en', () => {
    const document = openShell('?lang=en');
    expect(document.getElementById('root')?.textContent).toBe('Mapa Praktyk — English');
    expect(document.documentElement.lang).toBe('en');
    const preload = document.querySelector('link[rel="modulepreload"]');
    expect(preload?.getAttribute('href')).toBe(MESSAGES);
  });

  it('leaves the Polish shell alone and loads nothing more otherwise', () => {
    const document = openShell('?type=inter-municipal-cooperation');
    expect(document.getElementById('root')?.textContent).toBe('Mapa Praktyk — polski');
    expect(document.querySelector('link[rel="modulepreload"]')).toBeNull();
  });
});
