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

/** A chunk and the chunks it imports statically, transitively (what loading it fetches). */
function withImports(bundle: Rollup.OutputBundle, fileName: string, seen: Set<string>): void {
  const chunk = bundle[fileName];
  if (seen.has(fileName) || chunk?.type !== 'chunk') return;
  seen.add(fileName);
  for (const imported of chunk.imports) withImports(bundle, imported, seen);
}

/**
 * The head in the order a slow link needs it: the stylesheet first (it alone holds back the first
 * paint), then the entry with the chunks it imports, then the chunks (and their stylesheets) the
 * first view loads at once (the map's), then the data preloads that index.html declares.
 */
export function orderHead(html: string, base: string, bundle: Rollup.OutputBundle): string {
  const taken = (pattern: RegExp) => html.match(pattern)?.map((tag) => tag.trim()) ?? [];
  const stylesheets = taken(/<link rel="stylesheet"[^>]*>\n?/g);
  const scripts = taken(/<script type="module"[^>]*><\/script>\n?/g);
  const modulepreloads = taken(/<link rel="modulepreload"[^>]*>\n?/g);
  let out = html;
  for (const tag of [...stylesheets, ...scripts, ...modulepreloads]) out = out.replace(tag, '');
  out = out.replace(/\n\s*\n(\s*)<\/head>/, '\n$1</head>').replace(/\n\s+<\/head>/, '\n  </head>');

  const already = new Set(modulepreloads.map((tag) => /href="([^"]*)"/.exec(tag)?.[1]));
  // what the entry loads anyway, and then what the first view's lazy chunks add to it
  const inPage = new Set<string>();
  for (const chunk of Object.values(bundle)) {
    if (chunk.type === 'chunk' && chunk.isEntry) withImports(bundle, chunk.fileName, inPage);
  }
  const files = new Set<string>();
  for (const chunk of Object.values(bundle)) {
    if (chunk.type === 'chunk' && FIRST_VIEW_CHUNKS.includes(chunk.name)) {
      withImports(bundle, chunk.fileName, files);
    }
  }
  for (const fileName of inPage) files.delete(fileName);
  const preloads: string[] = [];
  const styles: string[] = [];
  for (const fileName of files) {
    const chunk = bundle[fileName];
    if (chunk?.type !== 'chunk') continue;
    if (!already.has(`${base}${fileName}`)) {
      preloads.push(`<link rel="modulepreload" crossorigin href="${base}${fileName}">`);
    }
    for (const css of chunk.viteMetadata?.importedCss ?? []) {
      styles.push(`<link rel="preload" as="style" crossorigin href="${base}${css}">`);
    }
  }
  const tags = [...stylesheets, ...scripts, ...modulepreloads, ...preloads, ...styles];
  // before index.html's own preloads (the data), else at the end of the head
  const preload = out.indexOf('<link rel="preload"');
  const at = preload >= 0 ? preload : out.indexOf('</head>');
  return `${out.slice(0, at)}${tags.map((tag) => `${tag}\n    `).join('')}${out.slice(at)}`;
}
