// @vitest-environment jsdom
// The map's panes come from one declaration, created one way, in z-order.
import '../../component/support/leaflet-jsdom';
import { map as createMap } from 'leaflet';
import { describe, expect, test } from 'vitest';
import { MAP_PANES } from '../../../src/config/map';
import { createPanes } from '../../../src/lib/map-panes';

describe('map panes', () => {
  test('are declared lowest first, so the z-order reads from top to bottom', () => {
    const zIndexes = Object.values(MAP_PANES).map((pane) => pane.zIndex);
    expect(zIndexes).toEqual([...zIndexes].sort((a, b) => a - b));
  });

  test('are created with their z-index, opacity and pointer policy, once', () => {
    const element = document.createElement('div');
    document.body.append(element);
    const map = createMap(element, { center: [52, 19], zoom: 6 });
    createPanes(map, Object.values(MAP_PANES));
    const territory = map.getPane(MAP_PANES.practiceTerritory.name);
    expect(territory?.style.zIndex).toBe('425');
    expect(territory?.style.opacity).toBe('0.4');
    expect(territory?.style.pointerEvents).toBe('none');
    // a boundary level's pane takes the pointer unless its layer says otherwise
    expect(map.getPane(MAP_PANES.gmina.name)?.style.pointerEvents).toBe('');

    createPanes(map, Object.values(MAP_PANES));
    expect(element.querySelectorAll('.leaflet-practice-territory-pane')).toHaveLength(1);
    map.remove();
  });
});
