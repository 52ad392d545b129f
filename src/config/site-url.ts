// The site's address as this build was configured (see site.ts): apart from site.ts, whose pure
// parts the build's plugins (deploy/) import outside Vite, where import.meta.env does not exist.
import { readSiteUrl } from './site';

export const SITE_URL = readSiteUrl(import.meta.env);
