// Build-time rendering: the real React components rendered to HTML in Node while Vite builds.
// - index.html: the explorer's shell, so a phone on a slow network paints the page's shell
//   (header, toolbar, the filter panel, the list's loading state) as soon as index.html and the
//   stylesheet arrive, instead of after the whole bundle has arrived and run;
// - a page per practice, `praktyki/<id>/index.html`: the app with that practice open, its head
//   made for link previews and search engines, and its preview image (`podglad.png`);
// - sitemap.xml and robots.txt.
// The pages are one list (deploy/site-pages.ts, siteRoutes); src/app/prerender.tsx renders a
// route; this plugin loads it through Vite's module runner and puts each page into the template.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { mkdir, writeFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { loadEnv, runnerImport, type Plugin, type Rollup } from 'vite';
import { readSiteUrl } from '../src/config/site.ts';
import { withHead } from './page-head.ts';
import { checkPreviewFonts, mapConcurrently, previewPainter, renderPng } from './preview-image.ts';
import { readSiteData } from './site-data.ts';
import {
  pageFile,
  previewFile,
  robotsTxt,
  siteRoutes,
  sitemapXml,
  type PageRoute,
} from './site-pages.ts';

/** src/app/prerender.tsx, as the build sees it. */
interface PrerenderModule {
  renderRoute(route: {
    path?: string;
    search: string;
    files?: { practices: unknown; gazetteer: unknown; practiceTexts: unknown };
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
 * that runs as soon as it arrives, about when the stylesheet does. It also starts loading the
 * English messages' chunk (its tag's `data-messages`), which the entry would ask for only once
 * the whole app has arrived: a round trip earlier on a slow link.
 */
export const SHELL_LANGUAGE_SCRIPT =
  `(function(){if(new URLSearchParams(location.search).get('lang')!=='en')return;` +
  `var s=document.currentScript,m=s&&s.dataset.messages;if(m){var l=document.createElement('link');` +
  `l.rel='modulepreload';l.crossOrigin='';l.href=m;document.head.appendChild(l);}` +
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
  others: { english?: string; languageScript?: string; englishMessages?: string } = {},
): string {
  if (!template.includes(ROOT)) throw new Error(`index.html has no empty ${ROOT}`);
  const messages = others.englishMessages ? ` data-messages="${others.englishMessages}"` : '';
  const english =
    others.english === undefined
      ? ''
      : `<template id="${ENGLISH_TEMPLATE_ID}">${others.english}</template>` +
        (others.languageScript
          ? `<script async src="${others.languageScript}"${messages}></script>`
          : '');
  // replaced by functions: a `$&` or `$'` in the data is text, not a replacement pattern
  return template
    .replace(/<html lang="[^"]*">/, () => `<html lang="${page.lang}">`)
    .replace(ROOT, () => `<div id="root">${page.html}</div>${english}`);
}

const gzipAsync = promisify(gzip);

/** How many preview images are rasterised at once (resvg-js runs them on libuv's threads). */
const PREVIEW_CONCURRENCY = 2;

/**
 * A folder of rendered preview images by content (the SVG and the renderer's version), so a
 * rebuild with unchanged data rasterises nothing. Images no route asked for are removed.
 */
function previewCache(root: string) {
  const dir = path.join(root, 'node_modules', '.cache', 'mapa-praktyk-previews');
  mkdirSync(dir, { recursive: true });
  const version = JSON.parse(
    readFileSync(path.join(root, 'node_modules', '@resvg', 'resvg-js', 'package.json'), 'utf8'),
  ) as { version: string };
  const used = new Set<string>();
  return {
    async png(svg: string): Promise<Buffer> {
      const key = createHash('sha256').update(version.version).update(svg).digest('hex');
      const file = path.join(dir, `${key}.png`);
      used.add(`${key}.png`);
      try {
        return readFileSync(file);
      } catch {
        const png = await renderPng(svg);
        writeFileSync(file, png);
        return png;
      }
    },
    prune() {
      for (const name of readdirSync(dir)) {
        if (!used.has(name)) rmSync(path.join(dir, name), { force: true });
      }
    },
  };
}

/**
 * Renders every page of siteRoutes: the root into index.html (the explorer's shell, Polish, and
 * English for `lang=en`), the others as files of their own in the same template, with their
 * preview images, sitemap.xml and robots.txt.
 */
export function prerenderedPages(): Plugin {
  let base = '/';
  let root = process.cwd();
  let renderRoute: PrerenderModule['renderRoute'] | undefined;
  let shell: { polish: PrerenderedPage; english: PrerenderedPage } | undefined;
  let routes: PageRoute[] = [];
  let files: { practices: unknown; gazetteer: unknown; practiceTexts: unknown } | undefined;
  let svgFor: ((title: string, territory: readonly string[]) => string) | undefined;
  let siteUrl = '';
  /** The template as Vite made it (scripts, styles), before the root's shell went in. */
  let template: string | undefined;
  return {
    name: 'mapa-praktyk:prerender',
    apply: 'build',
    // rendered before this build starts: a module runner started during the build would share
    // (and reset) the CSS plugin's per-build state; the pages per practice are rendered later by
    // the same, already loaded module (it loads nothing more)
    async config(user, env) {
      root = path.resolve(user.root ?? process.cwd());
      checkPreviewFonts();
      renderRoute = await loadRenderer({ root, mode: env.mode });
      shell = { polish: renderRoute({ search: '' }), english: renderRoute({ search: '?lang=en' }) };
      siteUrl = readSiteUrl(loadEnv(env.mode, user.envDir ?? root, 'VITE_'), (message) =>
        console.warn(`mapa-praktyk: ${message}`),
      );
      const site = readSiteData(path.join(root, 'public', 'data'));
      files = site.files;
      routes = siteRoutes({ siteUrl }, site);
      svgFor = previewPainter(site.boundaries, shell.polish.title);
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
        if (!shell) throw new Error('the shell was not rendered');
        const script = Object.values(ctx.bundle ?? {}).find(
          (file) => file.type === 'asset' && file.names.includes('shell-language.js'),
        );
        const messages = Object.values(ctx.bundle ?? {}).find(
          (file) => file.type === 'chunk' && file.name === 'messages-en',
        );
        template = orderHead(html, base, ctx.bundle ?? {});
        const rootRoute = routes.find((route) => route.path === '');
        const page = writePage(template, shell.polish, {
          english: shell.english.html,
          languageScript: script ? `${base}${script.fileName}` : undefined,
          englishMessages: messages ? `${base}${messages.fileName}` : undefined,
        });
        return rootRoute ? withHead(page, rootRoute.head) : page;
      },
    },
    // written to disk page by page once the bundle is written, not emitted into it: 10,000
    // pages and images held in the bundle until the end would be gigabytes of memory
    writeBundle: {
      order: 'post',
      sequential: true,
      async handler(output) {
        if (!renderRoute || !svgFor || !files) throw new Error('the site was not read');
        if (template === undefined) throw new Error('index.html was not built before the pages');
        const outDir = output.dir ?? path.join(root, 'dist');
        const write = async (fileName: string, data: string | Buffer) => {
          const file = path.join(outDir, fileName);
          await mkdir(path.dirname(file), { recursive: true });
          await writeFile(file, data);
        };
        // with a gzip copy for gzip_static (brotli's level 11 would cost seconds per hundred
        // pages, and nginx sends the .gz instead); zlib works on libuv's threads
        const writeText = async (fileName: string, text: string) => {
          await write(fileName, text);
          await write(`${fileName}.gz`, await gzipAsync(text, { level: 9 }));
        };
        const started = performance.now();
        // the images are rasterised on resvg's threads while this thread renders the pages
        const cache = previewCache(root);
        const draw = svgFor;
        let imagesDone = 0;
        const images = mapConcurrently(routes, PREVIEW_CONCURRENCY, async (route) => {
          await write(
            previewFile(route),
            await cache.png(draw(route.preview.title, route.preview.territory)),
          );
        }).then(() => {
          imagesDone = performance.now();
        });
        const writes: Promise<void>[] = [];
        for (const route of routes) {
          if (route.path === '') continue;
          const page = renderRoute({
            path: route.path,
            search: route.search,
            files: route.withData ? files : undefined,
          });
          writes.push(writeText(pageFile(route), withHead(writePage(template, page), route.head)));
          // a turn of the event loop: the images' and files' next pieces of work get started
          await new Promise((resolve) => setImmediate(resolve));
        }
        const rendered = performance.now();
        await Promise.all([images, ...writes]);
        cache.prune();
        await writeText('sitemap.xml', sitemapXml({ siteUrl }, routes));
        await write('robots.txt', robotsTxt({ siteUrl }));
        const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
        this.info(
          `${routes.length} pages rendered in ${seconds(rendered - started)}, their preview ` +
            `images done at ${seconds(imagesDone - started)}, all written at ` +
            `${seconds(performance.now() - started)} (site ${siteUrl})`,
        );
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
