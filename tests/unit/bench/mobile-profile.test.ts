import { describe, expect, it } from 'vitest';
import {
  devtoolsNetworkConditions,
  mobileContextOptions,
  mobileUserAgent,
  SLOW_4G,
} from '../../bench/mobile-profile';

describe('the mobile profile', () => {
  it("sends Lighthouse's Slow 4G as Lighthouse's devtools throttling does", () => {
    // lighthouse core/config/constants.js mobileSlow4G and core/lib/emulation.js:
    // latency 150 × 3.75; throughput kbit/s × 0.9 × 1024 / 8, floored
    expect(devtoolsNetworkConditions(SLOW_4G)).toEqual({
      offline: false,
      latency: 562.5,
      downloadThroughput: 188_743,
      uploadThroughput: 86_400,
    });
    expect(SLOW_4G.cpuSlowdown).toBe(4);
  });

  it('is a 390×844 phone with touch and a mobile user agent of the running major version', () => {
    expect(mobileUserAgent('156.0.8078.114')).toContain('Chrome/156.0.0.0 Mobile Safari');
    expect(mobileContextOptions('156.0.8078.114')).toMatchObject({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    expect(mobileContextOptions('156').deviceScaleFactor).toBeGreaterThan(1);
  });
});
