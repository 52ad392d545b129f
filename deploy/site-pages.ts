// Every page the build writes, as one list: the root (index.html, the explorer's shell) and a page
// per practice (`praktyki/<id>/index.html`), each with its head (deploy/page-head.ts), its preview
// image and its sitemap entry. deploy/prerender.ts renders the list; a new page is one more entry
// in siteRoutes (see `page()`).
import { createTranslate } from '../src/i18n/translate.ts';
import { PREVIEW_IMAGE_FILE, PREVIEW_IMAGE_SIZE, practicePagePath } from '../src/config/site.ts';
import { escapeHtml, type PageHead } from './page-head.ts';
import type { SiteData, SitePractice } from './site-data.ts';

export interface PageRoute {
  /** The page's folder under the site's base: `''` for the root, `praktyki/<id>/`. */
  path: string;
  /** The link's query for the render (the view state beside the path's). */
  search: string;
  /** Rendered with the data files (a practice's page), or in the loading states (the shell). */
  withData: boolean;
  head: PageHead;
  /** The preview image: the title on it and the territory filled (none: Poland alone). */
  preview: { title: string; territory: readonly string[] };
  /** The sitemap's `lastmod` (ISO date), when known. */
  lastModified: string | null;
}

export interface SiteConfig {
  /** VITE_SITE_URL, normalised: absolute, ends with `/`. */
  siteUrl: string;
}

const t = createTranslate('pl');

/** A page's file, relative to dist/ (and to the base): `praktyki/<id>/index.html`. */
export const pageFile = (route: { path: string }) => `${route.path}index.html`;
/** A page's preview image, relative to dist/. */
export const previewFile = (route: { path: string }) => `${route.path}${PREVIEW_IMAGE_FILE}`;

/** A page of the site: the head and preview follow from its path, title and description. */
export function page(
  config: SiteConfig,
  path: string,
  options: {
    search?: string;
    title: string;
    headline?: string;
    description: string;
    withData?: boolean;
    type?: PageHead['type'];
    jsonLd?: Record<string, unknown>;
    preview?: PageRoute['preview'];
    imageAlt?: string;
    lastModified?: string | null;
  },
): PageRoute {
  const url = `${config.siteUrl}${path}`;
  const headline = options.headline ?? options.title;
  return {
    path,
    search: options.search ?? '',
    withData: options.withData ?? false,
    head: {
      title: options.title,
      headline,
      description: options.description,
      url,
      image: {
        url: `${config.siteUrl}${previewFile({ path })}`,
        ...PREVIEW_IMAGE_SIZE,
        alt: options.imageAlt ?? t('share.rootPreviewAlt'),
      },
      type: options.type ?? 'website',
      siteName: t('app.name'),
      jsonLd: options.jsonLd ?? {
        '@type': 'WebPage',
        name: headline,
        description: options.description,
        url,
        inLanguage: 'pl',
      },
    },
    preview: options.preview ?? { title: headline, territory: [] },
    lastModified: options.lastModified ?? null,
  };
}

/** The page of one practice: the app with it open, described for previews and search engines. */
export function practiceRoute(
  config: SiteConfig,
  practice: SitePractice,
  datasetDate: string | null = null,
): PageRoute {
  const path = practicePagePath(practice.id);
  const url = `${config.siteUrl}${path}`;
  return page(config, path, {
    title: t('share.pageTitle', { title: practice.title }),
    headline: practice.title,
    description: practice.summary,
    withData: true,
    type: 'article',
    imageAlt: t('share.previewAlt', { title: practice.title }),
    preview: { title: practice.title, territory: practice.territory },
    lastModified: practice.dateModified ?? datasetDate,
    jsonLd: {
      '@type': 'CreativeWork',
      name: practice.title,
      headline: practice.title,
      description: practice.summary,
      url,
      mainEntityOfPage: url,
      inLanguage: 'pl',
      image: `${config.siteUrl}${previewFile({ path })}`,
      ...(practice.yearStarted !== null
        ? { temporalCoverage: `${practice.yearStarted}/..`, dateCreated: `${practice.yearStarted}` }
        : {}),
      ...(practice.dateModified ? { dateModified: practice.dateModified } : {}),
      // a partnership of hundreds of gminy: the first 100 name it well enough
      spatialCoverage: practice.placeNames
        .slice(0, 100)
        .map((name) => ({ '@type': 'Place', name })),
      isPartOf: { '@type': 'WebSite', name: t('app.name'), url: config.siteUrl },
      publisher: { '@type': 'Organization', name: t('app.name'), url: config.siteUrl },
    },
  });
}

/** Every page the build writes: the root first, then one per practice. */
export function siteRoutes(config: SiteConfig, site: SiteData): PageRoute[] {
  return [
    page(config, '', {
      title: t('app.name'),
      description: `${t('app.name')} — ${t('app.tagline')}`,
      preview: { title: t('app.tagline'), territory: [] },
      lastModified: site.datasetDate,
      jsonLd: {
        '@type': 'WebSite',
        name: t('app.name'),
        description: t('app.tagline'),
        url: config.siteUrl,
        inLanguage: 'pl',
      },
    }),
    // further pages, one line each: page(config, 'o-mapie/', { search: '?…', title, description }),
    ...site.practices.map((practice) => practiceRoute(config, practice, site.datasetDate)),
  ];
}

/** sitemap.xml (sitemaps.org 0.9): every page, with its last change when known. */
export function sitemapXml(config: SiteConfig, routes: readonly PageRoute[]): string {
  const entries = routes.map((route) => {
    const lastmod = route.lastModified
      ? `<lastmod>${escapeHtml(route.lastModified)}</lastmod>`
      : '';
    return `  <url><loc>${escapeHtml(`${config.siteUrl}${route.path}`)}</loc>${lastmod}</url>`;
  });
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
    `${entries.join('\n')}\n</urlset>\n`
  );
}

/** robots.txt: everything may be crawled; the sitemap's address. */
export function robotsTxt(config: SiteConfig): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${config.siteUrl}sitemap.xml\n`;
}
