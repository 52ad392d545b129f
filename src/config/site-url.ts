// The site's address as this build was configured (see site.ts): apart from site.ts, whose pure
// parts the build's plugins (deploy/) import outside Vite, where import.meta.env does not exist.
import { readSiteUrl } from './site';

// pure: a bundle that never reads it (the browser's: it knows its address) drops the parsing
export const SITE_URL = /* @__PURE__ */ readSiteUrl(import.meta.env);
