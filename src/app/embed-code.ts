// The embed builder's output: the <iframe> code a host pastes into its page. Its title comes from
// the view's filters (names from the data, a typed search): every value is escaped as an HTML
// attribute, so nothing in it can close the attribute or the tag.

/** Heights the builder accepts, in CSS pixels. */
export const EMBED_HEIGHT = { min: 200, max: 2000, initial: 500 } as const;

/** A height typed by a person (`500`, ` 500 `, `500px`), or null when it is not one in range. */
export function parseEmbedHeight(text: string): number | null {
  const match = /^\s*(\d{1,5})\s*(?:px)?\s*$/i.exec(text);
  if (!match?.[1]) return null;
  const height = Number(match[1]);
  return height >= EMBED_HEIGHT.min && height <= EMBED_HEIGHT.max ? height : null;
}

const ATTRIBUTE_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '"': '&quot;',
  "'": '&#39;',
  '<': '&lt;',
  '>': '&gt;',
};

/** Text made safe inside a double-quoted HTML attribute (and anywhere else in HTML text). */
export function escapeHtmlAttribute(text: string): string {
  return text.replace(/[&"'<>]/g, (char) => ATTRIBUTE_ESCAPES[char] ?? char);
}

/** The iframe's accessible name: "Mapa Praktyk: pomorskie, Usługi społeczne". */
export function embedTitle(appName: string, filterLabels: readonly string[], none: string): string {
  return `${appName}: ${filterLabels.length > 0 ? filterLabels.join(', ') : none}`;
}

export interface EmbedCodeOptions {
  /** The embed's address (the view's link with embed=1). */
  src: string;
  title: string;
  /** CSS pixels (see parseEmbedHeight). */
  height: number;
}

/** `<iframe src="…" title="…" width="100%" height="500" loading="lazy" …></iframe>` */
export function embedIframeCode({ src, title, height }: EmbedCodeOptions): string {
  if (!/^https?:\/\//i.test(src)) throw new Error(`the embed's address is not http(s): ${src}`);
  if (!Number.isInteger(height) || height <= 0) throw new Error(`not a height: ${height}`);
  return (
    `<iframe src="${escapeHtmlAttribute(src)}" title="${escapeHtmlAttribute(title)}" ` +
    `width="100%" height="${height}" loading="lazy" style="border: 0"></iframe>`
  );
}
