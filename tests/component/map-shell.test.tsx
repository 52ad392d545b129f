import './support/leaflet-jsdom';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { MAP_PANES } from '../../src/config/map';
import { parseMapHash } from '../../src/features/map/map-hash';
import { drawnFeatures, renderApp, stubDataFetch } from './support/render-app';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('the map shell', () => {
  test('opens fitted to Poland with the voivodeship outlines from the data, then marks map-ready', async () => {
    const fetchMock = stubDataFetch();
    const mark = vi.spyOn(performance, 'mark');
    renderApp();

    const map = await screen.findByRole('region', { name: 'Mapa gmin, powiatów i województw' });
    expect(map).toHaveAttribute('data-testid', 'map');
    await waitFor(() => expect(drawnFeatures('voivodeship')).toBe('2'));
    // powiaty and gminy wait for zoom 7 and 8
    expect(drawnFeatures('powiat')).toBeNull();
    expect(drawnFeatures('gmina')).toBeNull();
    // the polygons are on canvas, one per level's pane
    expect(
      document.querySelector(`.leaflet-${MAP_PANES.voivodeship.name}-pane canvas`),
    ).not.toBeNull();

    await waitFor(() => expect(mark).toHaveBeenCalledWith('map-ready'));
    expect(mark.mock.calls.filter(([name]) => name === 'map-ready')).toHaveLength(1);

    expect(parseMapHash(window.location.hash)?.zoom).toBe(6);
    expect(fetchMock).toHaveBeenCalledWith('/data/boundaries.topo.json', expect.anything());
    expect(fetchMock).toHaveBeenCalledWith('/data/gazetteer.json', expect.anything());

    const attribution = within(map).getByRole('link', { name: 'OpenStreetMap contributors' });
    expect(attribution).toHaveAttribute('href', 'https://www.openstreetmap.org/copyright');
  });

  test('zooming in reveals powiaty at 7 and gminy at 8', async () => {
    stubDataFetch();
    renderApp();
    await waitFor(() => expect(drawnFeatures('voivodeship')).toBe('2'));

    fireEvent.click(screen.getByRole('button', { name: 'Przybliż' }));
    await waitFor(() => expect(drawnFeatures('powiat')).toBe('3'));
    expect(drawnFeatures('gmina')).toBeNull();
    expect(parseMapHash(window.location.hash)?.zoom).toBe(7);

    fireEvent.click(screen.getByRole('button', { name: 'Przybliż' }));
    await waitFor(() => expect(drawnFeatures('gmina')).toBe('6'));
    expect(drawnFeatures('powiat')).toBe('3');
    expect(drawnFeatures('voivodeship')).toBe('2');

    fireEvent.click(screen.getByRole('button', { name: 'Oddal' }));
    await waitFor(() => expect(drawnFeatures('gmina')).toBeNull());
  });

  test("opens at the link's view from the hash, and keeps it", async () => {
    stubDataFetch();
    renderApp({ hash: '#map=8/50.0/19.8' });
    await waitFor(() => expect(drawnFeatures('gmina')).toBe('6'));
    expect(window.location.hash).toBe('#map=8/50.0000/19.8000');
  });

  test('an invalid hash opens Poland instead', async () => {
    stubDataFetch();
    renderApp({ hash: '#map=8/north/19.8' });
    await waitFor(() => expect(drawnFeatures('voivodeship')).toBe('2'));
    expect(parseMapHash(window.location.hash)).toMatchObject({ zoom: 6 });
  });

  test('has a skip link, a header with the app name and a main landmark', async () => {
    stubDataFetch();
    renderApp();
    expect(screen.getByRole('link', { name: 'Przejdź do treści' })).toHaveAttribute(
      'href',
      '#main',
    );
    expect(screen.getByRole('banner')).toHaveTextContent('Mapa Praktyk');
    expect(screen.getByRole('main')).toHaveAttribute('id', 'main');
    await waitFor(() => expect(drawnFeatures('voivodeship')).toBe('2'));
  });
});
