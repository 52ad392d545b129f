// How the tests and the benchmark start Chromium: Debian's build, headless, no network of its own.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const DEFAULT_CHROMIUM = '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // A second fence besides the request stubs: no host name resolves, so nothing that slips
  // past a stub can reach the internet. The preview server is addressed by IP.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH || DEFAULT_CHROMIUM;
}

export function assertChromiumInstalled(): void {
  const executable = chromiumPath();
  if (!existsSync(executable)) {
    throw new Error(
      `No Chromium at ${executable}: install Debian's chromium: apt-get install chromium ` +
        '(or point CHROMIUM_PATH at a Chromium binary).',
    );
  }
}

export async function launchChromium(): Promise<Browser> {
  assertChromiumInstalled();
  return chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
}
