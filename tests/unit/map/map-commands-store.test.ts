import { afterEach, expect, test, vi } from 'vitest';
import { useMapCommandsStore } from '../../../src/stores/map-commands-store';

const commands = () => useMapCommandsStore.getState();

afterEach(() => commands().registerFitMap(null));

test('fitTo moves the mounted map, and does nothing when no map is mounted', () => {
  expect(() => commands().fitTo([14, 49, 24, 55])).not.toThrow();
  const fitMap = vi.fn();
  commands().registerFitMap(fitMap);
  commands().fitTo([19.66, 49.88, 19.87, 50]);
  expect(fitMap).toHaveBeenCalledExactlyOnceWith([19.66, 49.88, 19.87, 50]);
  commands().registerFitMap(null);
  commands().fitTo([14, 49, 24, 55]);
  expect(fitMap).toHaveBeenCalledOnce();
});
