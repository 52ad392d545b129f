import '@testing-library/jest-dom/vitest';
import './support/leaflet-jsdom';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { Polyline, type Map as LeafletMap } from 'leaflet';
import { useEffect, type ReactNode } from 'react';
import { MapContainer, useMap } from 'react-leaflet';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { MAP_PANES, POLAND_BOUNDS } from '../../src/config/map';
import { boundariesQueryOptions } from '../../src/data/boundaries-query';
import { gazetteerQueryOptions } from '../../src/data/gazetteer-query';
import { practicesQueryOptions } from '../../src/data/practices-query';
import { boundariesSchema } from '../../src/data/schemas';
import { BoundaryLayers } from '../../src/features/boundaries/boundary-layers';
import type { MarkerItem } from '../../src/features/practices/map/practice-map-clusters';
import { usePracticeUnitCounts } from '../../src/features/practices/map/practice-map-counts';
import { PRACTICE_RADIUS } from '../../src/features/practices/map/practice-map-style';
import {
  PracticeMarkersLayer,
  PracticeMarkersLegend,
} from '../../src/features/practices/map/practice-markers-layer';
import { PracticeSelectionLayer } from '../../src/features/practices/map/practice-selection-layer';
import { LabelledCircleMarker } from '../../src/lib/labelled-circle-marker';
import { MapPanes } from '../../src/lib/map-panes';
import { usePracticeHoverStore } from '../../src/stores/practice-hover-store';
import { viewStore } from '../../src/stores/use-view-store';
import { DEFAULT_VIEW_STATE } from '../../src/stores/view-state';
import { markMapReady } from '../../src/utils/performance-marks';
import boundaries from '../fixtures/app/boundaries.topo.json';
import { GAZETTEER, PRACTICES } from './support/practice-ui';

// Fixture practices (tests/fixtures/practices-ui): leaders in pomorskie — Kościerzyna 2206011,
// powiat kościerski 2206 — and around Kraków — 1261, Skawina 1206113, Liszki 1206072,
// małopolskie 12. Fitted to Poland (zoom 6) each group is one cluster.

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const captured: { map: LeafletMap | null } = { map: null };
function CaptureMap() {
  const map = useMap();
  useEffect(() => {
    captured.map = map;
  }, [map]);
  return null;
}
function theMap(): LeafletMap {
  if (!captured.map) throw new Error('the map is not rendered');
  return captured.map;
}

function ShadedBoundaries() {
  return <BoundaryLayers unitCounts={usePracticeUnitCounts()} onDrawn={markMapReady} />;
}

function renderMap(children: ReactNode, { practice = null as string | null } = {}) {
  const client = new QueryClient({
    defaultOptions: { queries: { retry: false, staleTime: Infinity } },
  });
  client.setQueryData(practicesQueryOptions().queryKey, PRACTICES);
  client.setQueryData(gazetteerQueryOptions().queryKey, GAZETTEER);
  client.setQueryData(boundariesQueryOptions().queryKey, boundariesSchema.parse(boundaries));
  viewStore.setState({ ...DEFAULT_VIEW_STATE, practice, historyMode: 'none' });
  usePracticeHoverStore.setState({ hoveredId: null });
  return render(
    <QueryClientProvider client={client}>
      <MapContainer bounds={POLAND_BOUNDS} preferCanvas style={{ height: 700 }}>
        <CaptureMap />
        <MapPanes panes={MAP_PANES}>{children}</MapPanes>
      </MapContainer>
    </QueryClientProvider>,
  );
}

const markerPane = () => theMap().getPane(MAP_PANES.practiceMarkers.name);
const markerCount = () => markerPane()?.getAttribute('data-marker-count') ?? null;

function circleMarkers(): LabelledCircleMarker[] {
  const found: LabelledCircleMarker[] = [];
  theMap().eachLayer((layer) => {
    if (layer instanceof LabelledCircleMarker) found.push(layer);
  });
  return found;
}

/** A mouse event at a marker, as the map container receives it. */
function pointAt(marker: LabelledCircleMarker) {
  const point = theMap().latLngToContainerPoint(marker.getLatLng());
  return { clientX: point.x, clientY: point.y, buttons: 0 };
}

const titleOf = (id: string) => PRACTICES.practices.find((p) => p.id === id)?.title ?? '';

describe('the practice marker layer', () => {
  test('map-ready waits for the markers as well as the boundaries', async () => {
    const drawnAtMark: (string | null)[] = [];
    const mark = vi.spyOn(performance, 'mark').mockImplementation((name) => {
      if (name === 'map-ready') drawnAtMark.push(markerCount());
      return undefined as unknown as PerformanceMark;
    });
    renderMap(
      <>
        <ShadedBoundaries />
        <PracticeMarkersLayer />
      </>,
    );
    await waitFor(() => expect(mark).toHaveBeenCalledWith('map-ready'));
    expect(drawnAtMark).toEqual(['2']);
  });

  test('clusters crowded practices and draws one canvas circle per point or cluster', async () => {
    let drawn: readonly MarkerItem[] = [];
    renderMap(<PracticeMarkersLayer onUpdate={(items) => (drawn = items)} />);
    await waitFor(() => expect(markerCount()).toBe('2'));
    expect(drawn.map((item) => [item.kind, item.kind === 'practice' ? 1 : item.count])).toEqual(
      expect.arrayContaining([
        ['cluster', 2],
        ['cluster', 4],
      ]),
    );
    expect(circleMarkers()).toHaveLength(2);
    expect(circleMarkers().map((marker) => marker.options.label)).toEqual(
      expect.arrayContaining(['2', '4']),
    );
    // on the canvas of their own pane
    expect(markerPane()?.querySelector('canvas')).not.toBeNull();

    // zoomed in on Kraków, its four practices stand apart, each with its type's letter
    act(() => theMap().setView([50, 19.85], 12, { animate: false }));
    await waitFor(() => expect(markerCount()).toBe('4'));
    expect(drawn.every((item) => item.kind === 'practice')).toBe(true);
    expect(
      circleMarkers()
        .map((marker) => marker.options.label)
        .sort(),
    ).toEqual(['D', 'E', 'S', 'T']);
  });

  test('follows the filter result', async () => {
    renderMap(<PracticeMarkersLayer />);
    await waitFor(() => expect(markerCount()).toBe('2'));
    act(() => viewStore.getState().toggleFilterValue('type', 'social-services'));
    await waitFor(() => expect(markerCount()).toBe('1'));
    expect(circleMarkers().map((marker) => marker.options.label)).toEqual(['S']);
    act(() => viewStore.getState().toggleFilterValue('region', '22'));
    await waitFor(() => expect(markerCount()).toBe('0'));
  });

  test('a click on a cluster zooms in; a click on a practice opens it', async () => {
    // Leaflet's keyboard handler restores the scroll on mousedown; jsdom has no scrolling
    vi.spyOn(window, 'scrollTo').mockImplementation(() => undefined);
    renderMap(<PracticeMarkersLayer />);
    await waitFor(() => expect(markerCount()).toBe('2'));
    const container = theMap().getContainer();
    const zoom = theMap().getZoom();
    const cluster = circleMarkers().find((marker) => marker.options.label === '4');
    if (!cluster) throw new Error('no cluster of 4');
    fireEvent.mouseDown(container, pointAt(cluster));
    fireEvent.click(container, pointAt(cluster));
    expect(theMap().getZoom()).toBeGreaterThan(zoom);

    act(() => theMap().setView([50, 19.85], 12, { animate: false }));
    await waitFor(() => expect(markerCount()).toBe('4'));
    const skawina = circleMarkers().find((marker) => marker.options.label === 'S');
    if (!skawina) throw new Error('no marker for skawina-seniorzy');
    fireEvent.mouseDown(container, pointAt(skawina));
    fireEvent.click(container, pointAt(skawina));
    expect(viewStore.getState().practice).toBe('skawina-seniorzy');
  });

  test('hovering a marker names it and tells the list; the list’s hover enlarges a marker', async () => {
    renderMap(<PracticeMarkersLayer />);
    await waitFor(() => expect(markerCount()).toBe('2'));
    act(() => theMap().setView([50, 19.85], 12, { animate: false }));
    await waitFor(() => expect(markerCount()).toBe('4'));
    const container = theMap().getContainer();
    const energy = circleMarkers().find((marker) => marker.options.label === 'E');
    if (!energy) throw new Error('no marker for malopolska-energia');

    fireEvent.mouseMove(container, pointAt(energy));
    expect(usePracticeHoverStore.getState().hoveredId).toBe('malopolska-energia');
    const tooltipPane = theMap().getPane('tooltipPane');
    if (!tooltipPane) throw new Error('no tooltip pane');
    expect(within(tooltipPane).getByText(titleOf('malopolska-energia'))).toBeInTheDocument();
    fireEvent.mouseMove(container, { clientX: 5, clientY: 5, buttons: 0 });
    expect(usePracticeHoverStore.getState().hoveredId).toBeNull();

    act(() => usePracticeHoverStore.getState().setHovered('liszki-dialog'));
    const enlarged = circleMarkers().filter((marker) => marker.getRadius() > PRACTICE_RADIUS);
    expect(enlarged.map((marker) => marker.options.label)).toEqual(['D']);
    act(() => usePracticeHoverStore.getState().setHovered(null));
    expect(circleMarkers().every((marker) => marker.getRadius() === PRACTICE_RADIUS)).toBe(true);
  });

  test('shows a legend of practice types with letters', async () => {
    renderMap(<PracticeMarkersLegend />);
    const legend = await screen.findByTestId('practice-type-legend');
    expect(within(legend).getByText('Usługi społeczne')).toBeInTheDocument();
    expect(within(legend).getByText('Współpraca międzysamorządowa')).toBeInTheDocument();
  });
});

describe('the choropleth', () => {
  test('shades the level shown by matching practices, with a legend of classes', async () => {
    renderMap(<ShadedBoundaries />);
    const legend = await screen.findByTestId('choropleth-legend');
    expect(within(legend).getByText('Pasujące praktyki w województwie')).toBeInTheDocument();
    // pomorskie 2, małopolskie 4: one class per value
    const labels = within(legend)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    expect(labels).toEqual(['0', '1', '2', '3', '4']);

    act(() => viewStore.getState().toggleFilterValue('type', 'social-services'));
    await waitFor(() =>
      expect(
        within(legend)
          .getAllByRole('listitem')
          .map((item) => item.textContent),
      ).toEqual(['0', '1']),
    );
    act(() => theMap().setView([50, 19.85], 8, { animate: false }));
    await waitFor(() =>
      expect(
        within(screen.getByTestId('choropleth-legend')).getByText('Pasujące praktyki w gminie'),
      ).toBeInTheDocument(),
    );
  });
});

describe('the open practice', () => {
  test('highlights its territory, links the leader to its partners and fits them', async () => {
    renderMap(<PracticeSelectionLayer />, { practice: 'koscierskie-partnerstwo' });
    const territoryPane = () => theMap().getPane(MAP_PANES.practiceTerritory.name);
    await waitFor(() => expect(territoryPane()?.getAttribute('data-feature-count')).toBe('3'));
    // two partner places besides the leader, and two partners that are not places (an NGO and a
    // firm) drawn round it: a halo and a line each
    const partnersPane = () => theMap().getPane(MAP_PANES.practicePartners.name);
    await waitFor(() => expect(partnersPane()?.getAttribute('data-marker-count')).toBe('2'));
    const lines: Polyline[] = [];
    theMap().eachLayer((layer) => {
      if (layer instanceof Polyline && !(layer instanceof LabelledCircleMarker)) lines.push(layer);
    });
    expect(lines.filter((line) => !('feature' in line))).toHaveLength(8);
    expect(theMap().getZoom()).toBeGreaterThanOrEqual(8);
    expect(theMap().getBounds().contains([54.1, 17.875])).toBe(true);
    const legend = screen.getByTestId('practice-selection-legend');
    expect(within(legend).getByText('Powiązanie z partnerem: Samorządy (JST)')).toBeInTheDocument();
    expect(
      within(legend).getByText(
        'Partnerzy przy jednostce wiodącej: O organizacja pozarządowa, B biznes',
      ),
    ).toBeInTheDocument();

    act(() => viewStore.getState().closePractice());
    await waitFor(() => expect(territoryPane()?.getAttribute('data-feature-count')).toBeNull());
    expect(screen.queryByTestId('practice-selection-legend')).toBeNull();
    expect(partnersPane()?.getAttribute('data-marker-count')).toBeNull();
  });
});
