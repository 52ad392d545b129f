// Plain HTTP requests with full control of Accept-Encoding (fetch would ask for and undo the
// compression itself), for what nginx sends: status, headers and the body as received.
import { request } from 'node:http';

export interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
}

export function rawGet(url: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'GET', headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('error', reject);
      response.on('end', () => {
        const flat: Record<string, string> = {};
        for (const [name, value] of Object.entries(response.headers)) {
          if (value !== undefined) flat[name] = Array.isArray(value) ? value.join(', ') : value;
        }
        resolve({ status: response.statusCode ?? 0, headers: flat, body: Buffer.concat(chunks) });
      });
    });
    req.on('error', reject);
    req.end();
  });
}

/** The hashed script and stylesheet that index.html loads, as paths (`/assets/index-….js`). */
export function assetsOf(indexHtml: string): string[] {
  return [...indexHtml.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].flatMap(([, path]) =>
    path ? [path] : [],
  );
}

/** The Content-Security-Policy of index.html's <meta>, entities decoded. */
export function metaPolicyOf(indexHtml: string): string | null {
  const match = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/i.exec(indexHtml);
  return (
    match?.[1]
      ?.replace(/&#39;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&') ?? null
  );
}
