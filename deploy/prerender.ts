// Build-time rendering: the real React components rendered to HTML in Node while Vite builds,
// written into index.html, so a phone on a slow network paints the page's shell (header, toolbar,
// the filter panel, the list's loading state) as soon as index.html and the stylesheet arrive,
// instead of after the whole bundle has arrived and run. src/app/prerender.tsx renders a route;
// this plugin loads it through Vite's module runner and puts the result into the template.
//
// A later page per practice (issue 10) is a second use of the same pair: renderRoute() with the
// practice's link and data, and writePage() into the same template, emitted as
// `praktyki/<id>/index.html` (see README, "Build-time rendering").
import path from 'node:path';
import react from '@vitejs/plugin-react';
import { runnerImport, type Plugin, type Rollup } from 'vite';

/** src/app/prerender.tsx, as the build sees it. */
interface PrerenderModule {
  renderRoute(route: {
    search: string;
    data?: ReadonlyArray<readonly [readonly unknown[], unknown]>;
  }): PrerenderedPage;
}

interface PrerenderedPage {
  lang: string;
  title: string;
  html: string;
}

const ROOT = '<div id="root"></div>';
const ENGLISH_TEMPLATE_ID = 'prerendered-en';

/**
 * The English shell replaces the Polish one when the link says `lang=en`: a tiny classic script,
 * loaded `async` (no render blocking, no inline script under the policy's `script-src 'self'`),
 * that runs as soon as it arrives, about when the stylesheet does.
 */
export const SHELL_LANGUAGE_SCRIPT =
  `(function(){if(new URLSearchParams(location.search).get('lang')!=='en')return;` +
  `var t=document.getElementById('${ENGLISH_TEMPLATE_ID}'),r=document.getElementById('root');` +
  // only while the shell is still there: once the app has rendered, it owns #root
  `if(!t||!r||!r.querySelector('.prerendered'))return;` +
  `r.replaceChildren(t.content.cloneNode(true));document.documentElement.lang='en';})();\n`;

/** Loads the renderer through a module runner of its own (SSR: lazy chunks do not load). */
export async function loadRenderer(config: { root: string; mode: string }) {
  const { module } = await runnerImport<PrerenderModule>('/src/app/prerender.tsx', {
    configFile: false,
    root: config.root,
    mode: config.mode,
    logLevel: 'error',
    plugins: [react(), stylesAsNothing()],
  });
  return module.renderRoute;
}

/** Stylesheets mean nothing to HTML rendered in Node (the page gets them from the build). */
function stylesAsNothing(): Plugin {
  const EMPTY = '\0mapa-praktyk:no-style';
  return {
    name: 'mapa-praktyk:prerender-no-styles',
    enforce: 'pre',
    resolveId: (id) => (/\.css($|\?)/.test(id) ? EMPTY : null),
    load: (id) => (id === EMPTY ? 'export default "";' : null),
  };
}

/** The template with a rendered page in #root (and the other languages' shells beside it). */
export function writePage(
  template: string,
  page: { lang: string; html: string },
  others: { english?: string; languageScript?: string } = {},
): string {
  if (!template.includes(ROOT)) throw new Error(`index.html has no empty ${ROOT}`);
  const english =
    others.english === undefined
      ? ''
      : `<template id="${ENGLISH_TEMPLATE_ID}">${others.english}</template>` +
        (others.languageScript ? `<script async src="${others.languageScript}"></script>` : '');
  return template
    .replace(/<html lang="[^"]*">/, `<html lang="${page.lang}">`)
    .replace(ROOT, `<div id="root">${page.html}</div>${english}`);
}

/** Renders the explorer's shell (Polish, and English for `lang=en`) into index.html. */
export function prerenderedShell(): Plugin {
  let base = '/';
  let pages: { polish: PrerenderedPage; english: PrerenderedPage } | undefined;
  return {
    name: 'mapa-praktyk:prerender',
    apply: 'build',
    // rendered before this build starts: a module runner started during the build would share
    // (and reset) the CSS plugin's per-build state
    async config(user, env) {
      const renderRoute = await loadRenderer({
        root: path.resolve(user.root ?? process.cwd()),
        mode: env.mode,
      });
      pages = { polish: renderRoute({ search: '' }), english: renderRoute({ search: '?lang=en' }) };
    },
    configResolved(resolved) {
      base = resolved.base;
    },
    buildStart() {
      this.emitFile({ type: 'asset', name: 'shell-language.js', source: SHELL_LANGUAGE_SCRIPT });
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!pages) throw new Error('the shell was not rendered');
        const script = Object.values(ctx.bundle ?? {}).find(
          (file) => file.type === 'asset' && file.names.includes('shell-language.js'),
        );
        const page = writePage(html, pages.polish, {
          english: pages.english.html,
          languageScript: script ? `${base}${script.fileName}` : undefined,
        });
        return orderHead(page, base, ctx.bundle ?? {});
      },
    },
  };
}

/** Lazy chunks the first view needs at once: fetched beside the entry, not after it has run. */
const FIRST_VIEW_CHUNKS = ['map-panel'];

/**
 * The head in the order a slow link needs it: the stylesheet first (it alone holds back the first
 * paint), then the script and the chunks the first view loads at once (the map's, with its
 * stylesheet), then the data preloads that index.html declares.
 */
export function orderHead(html: string, base: string, bundle: Rollup.OutputBundle): string {
  const stylesheets = html.match(/<link rel="stylesheet"[^>]*>\n?/g) ?? [];
  const preloads: string[] = [];
  for (const chunk of Object.values(bundle)) {
    if (chunk.type !== 'chunk' || !FIRST_VIEW_CHUNKS.includes(chunk.name)) continue;
    preloads.push(`<link rel="modulepreload" crossorigin href="${base}${chunk.fileName}">`);
    for (const css of chunk.viteMetadata?.importedCss ?? []) {
      preloads.push(`<link rel="preload" as="style" crossorigin href="${base}${css}">`);
    }
  }
  let out = html;
  for (const sheet of stylesheets) out = out.replace(sheet, '');
  const script = /<script type="module"[^>]*><\/script>\n?/.exec(out)?.[0] ?? '';
  out = out.replace(script, '');
  const tags = [...stylesheets, script, ...preloads].map((tag) => tag.trim()).filter(Boolean);
  // before index.html's own preloads (the data), else at the end of the head
  const preload = out.indexOf('<link rel="preload"');
  const at = preload >= 0 ? preload : out.indexOf('</head>');
  return `${out.slice(0, at)}${tags.map((tag) => `${tag}\n    `).join('')}${out.slice(at)}`;
}
