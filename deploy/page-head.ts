// What a build-time page says about itself in its head: title, description, canonical link, Open
// Graph and Twitter card (link previews in messengers and social sites), and JSON-LD (schema.org,
// for search engines). Every value comes from the data, which is hostile: text is escaped for
// HTML attributes and text, and the JSON-LD cannot end its <script> element.

/** Text safe inside an HTML element or a double- or single-quoted attribute value. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/**
 * JSON for a `<script type="application/ld+json">`: `<`, `>` and `&` as Unicode escapes (so no
 * `</script>` or `<!--` can appear), and the two line separators JavaScript once refused.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** One line of text at most `max` characters long, cut at a word with an ellipsis. */
export function shortText(text: string, max: number): string {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line.length <= max) return line;
  const cut = line.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.–-]+$/, '')}…`;
}

export interface PageHead {
  /** The document's title. */
  title: string;
  /** The preview's title (og:title), often shorter than the document's. */
  headline: string;
  description: string;
  /** Absolute canonical URL of the page. */
  url: string;
  image: { url: string; width: number; height: number; alt: string };
  type: 'website' | 'article';
  siteName: string;
  /** A schema.org object; `@context` is added. */
  jsonLd: Record<string, unknown>;
}

const DESCRIPTION_MAX = 300;

/** The head's tags for a page (title first), each on its own line. */
export function headTags(head: PageHead): string {
  const attr = escapeHtml;
  const description = shortText(head.description, DESCRIPTION_MAX);
  const meta = (key: 'name' | 'property', name: string, content: string | number) =>
    `<meta ${key}="${name}" content="${attr(String(content))}" />`;
  return [
    `<title>${escapeHtml(head.title)}</title>`,
    meta('name', 'description', description),
    `<link rel="canonical" href="${attr(head.url)}" />`,
    meta('property', 'og:type', head.type),
    meta('property', 'og:site_name', head.siteName),
    meta('property', 'og:locale', 'pl_PL'),
    meta('property', 'og:title', head.headline),
    meta('property', 'og:description', description),
    meta('property', 'og:url', head.url),
    meta('property', 'og:image', head.image.url),
    meta('property', 'og:image:type', 'image/png'),
    meta('property', 'og:image:width', head.image.width),
    meta('property', 'og:image:height', head.image.height),
    meta('property', 'og:image:alt', head.image.alt),
    meta('name', 'twitter:card', 'summary_large_image'),
    meta('name', 'twitter:title', head.headline),
    meta('name', 'twitter:description', description),
    meta('name', 'twitter:image', head.image.url),
    meta('name', 'twitter:image:alt', head.image.alt),
    `<script type="application/ld+json">${jsonForScript({
      '@context': 'https://schema.org',
      ...head.jsonLd,
    })}</script>`,
  ].join('\n    ');
}

/** The template's own title and description replaced by the page's head. */
export function withHead(html: string, head: PageHead): string {
  const title = /<title>[^<]*<\/title>/;
  if (!title.test(html)) throw new Error('index.html has no <title> to replace');
  return html.replace(/\s*<meta name="description"[^>]*>/, '').replace(title, () => headTags(head));
}
