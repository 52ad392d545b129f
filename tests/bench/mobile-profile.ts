// The benchmark's mobile profile: a phone on a slow mobile network, emulated by Chromium itself.
// Network and CPU are Lighthouse's "Slow 4G" (lighthouse core/config/constants.js,
// throttling.mobileSlow4G), sent through CDP exactly as Lighthouse's `devtools` throttling
// method sends them (core/lib/emulation.js): DevTools throttles per request, not per packet, so
// Lighthouse scales the round trip by 3.75 (one request latency stands for the connection's
// set-up and the request's round trips) and the throughput by 0.9. The screen is a 390×844 phone
// (CSS pixels) at 3 device pixels per CSS pixel, with touch and a mobile user agent.
import type { BrowserContextOptions, CDPSession } from 'playwright-core';

export interface ThrottlingProfile {
  /** The network's round trip, as people quote it. */
  rttMs: number;
  throughputKbps: number;
  uploadKbps: number;
  cpuSlowdown: number;
}

/** Lighthouse's mobileSlow4G: 150 ms, 1.6 Mbit/s down (kbit of 1024 bit), 750 kbit/s up, CPU 4×. */
export const SLOW_4G: ThrottlingProfile = {
  rttMs: 150,
  throughputKbps: 1.6 * 1024,
  uploadKbps: 750,
  cpuSlowdown: 4,
};

/** Lighthouse's adjustments for DevTools' request-level throttling (crbug.com/721112). */
export const DEVTOOLS_RTT_ADJUSTMENT_FACTOR = 3.75;
export const DEVTOOLS_THROUGHPUT_ADJUSTMENT_FACTOR = 0.9;

/** The parameters of CDP `Network.emulateNetworkConditions` (throughput in bytes per second). */
export interface NetworkConditions {
  offline: false;
  latency: number;
  downloadThroughput: number;
  uploadThroughput: number;
}

/** What Lighthouse sends to `Network.emulateNetworkConditions` for `profile`. */
export function devtoolsNetworkConditions(profile: ThrottlingProfile): NetworkConditions {
  const bytesPerSecond = (kbps: number) =>
    Math.floor((kbps * DEVTOOLS_THROUGHPUT_ADJUSTMENT_FACTOR * 1024) / 8);
  return {
    offline: false,
    latency: profile.rttMs * DEVTOOLS_RTT_ADJUSTMENT_FACTOR,
    downloadThroughput: bytesPerSecond(profile.throughputKbps),
    uploadThroughput: bytesPerSecond(profile.uploadKbps),
  };
}

export const MOBILE_SCREEN = { width: 390, height: 844, deviceScaleFactor: 3 } as const;

/** Lighthouse's mobile user agent, with the running Chromium's major version (as it does). */
export function mobileUserAgent(chromiumVersion: string): string {
  const major = chromiumVersion.split('.')[0] ?? '0';
  return (
    'Mozilla/5.0 (Linux; Android 11; moto g power (2022)) AppleWebKit/537.36 ' +
    `(KHTML, like Gecko) Chrome/${major}.0.0.0 Mobile Safari/537.36`
  );
}

export function mobileContextOptions(chromiumVersion: string): BrowserContextOptions {
  return {
    viewport: { width: MOBILE_SCREEN.width, height: MOBILE_SCREEN.height },
    deviceScaleFactor: MOBILE_SCREEN.deviceScaleFactor,
    isMobile: true,
    hasTouch: true,
    userAgent: mobileUserAgent(chromiumVersion),
  };
}

/** Throttles the page's network and CPU; call before navigating. */
export async function throttle(cdp: CDPSession, profile: ThrottlingProfile): Promise<void> {
  await cdp.send('Network.emulateNetworkConditions', devtoolsNetworkConditions(profile));
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpuSlowdown });
}

/** One line for the report: the profile as quoted and as sent. */
export function describeMobileProfile(profile: ThrottlingProfile = SLOW_4G): string {
  const sent = devtoolsNetworkConditions(profile);
  const kbit = (bytesPerSecond: number) => Math.round((bytesPerSecond * 8) / 1024);
  return (
    `Lighthouse "Slow 4G" (${profile.rttMs} ms RTT, ${profile.throughputKbps / 1024} Mbit/s down, ` +
    `${profile.uploadKbps} kbit/s up) sent through CDP as Lighthouse's devtools throttling sends it ` +
    `(request latency ${sent.latency} ms, ${kbit(sent.downloadThroughput)} kbit/s down, ` +
    `${kbit(sent.uploadThroughput)} kbit/s up), CPU ${profile.cpuSlowdown}× slower, ` +
    `${MOBILE_SCREEN.width}×${MOBILE_SCREEN.height} at ${MOBILE_SCREEN.deviceScaleFactor}× with touch and a mobile user agent`
  );
}
