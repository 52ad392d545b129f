// The naive peer: plain react-leaflet, the source GeoJSON of all gminy drawn as SVG, one default
// Marker (with a Popup) per practice at its leading unit's label point. Nothing is simplified,
// indexed or clustered: this is what the app is compared with, not a model.
import 'leaflet/dist/leaflet.css';
import L from 'leaflet';
import iconUrl from 'leaflet/dist/images/marker-icon.png';
import iconRetinaUrl from 'leaflet/dist/images/marker-icon-2x.png';
import shadowUrl from 'leaflet/dist/images/marker-shadow.png';
import type { FeatureCollection } from 'geojson';
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { GeoJSON, MapContainer, Marker, Popup, TileLayer } from 'react-leaflet';

L.Icon.Default.mergeOptions({ iconUrl, iconRetinaUrl, shadowUrl });

interface NaivePractice {
  id: string;
  title: string;
  leader: string;
}

interface NaiveData {
  gminy: FeatureCollection;
  practices: NaivePractice[];
  labels: Map<string, [number, number]>;
}

async function getJson<T>(path: string): Promise<T> {
  const response = await fetch(new URL(path, window.location.href));
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

async function load(): Promise<NaiveData> {
  const [gminy, practices, gazetteer] = await Promise.all([
    getJson<FeatureCollection>('../geodata/poland.municipalities.json'),
    getJson<{ practices: NaivePractice[] }>('../../data/practices.json'),
    // columns: entry i of each is unit i (src/data/schemas.ts)
    getJson<{ terc: string[]; label: [number, number][] }>('../../data/gazetteer.json'),
  ]);
  return {
    gminy,
    practices: practices.practices,
    labels: new Map(gazetteer.terc.map((terc, i) => [terc, gazetteer.label[i] ?? [0, 0]])),
  };
}

/** Marks map-ready once everything above it has mounted and the next frame has painted. */
function MarkReady() {
  useEffect(() => {
    requestAnimationFrame(() => setTimeout(() => performance.mark('map-ready'), 0));
  }, []);
  return null;
}

function NaiveMap() {
  const [data, setData] = useState<NaiveData | null>(null);
  useEffect(() => {
    load().then(setData, (error: unknown) => console.error(error));
  }, []);
  return (
    <MapContainer center={[52, 19]} zoom={6} style={{ height: '100%' }}>
      <TileLayer
        url="https://tile.openstreetmap.org/{z}/{x}/{y}.png"
        attribution="&copy; OpenStreetMap contributors"
      />
      {data && (
        <>
          <GeoJSON data={data.gminy} />
          {data.practices.map((practice) => {
            const label = data.labels.get(practice.leader);
            return label ? (
              <Marker key={practice.id} position={[label[1], label[0]]}>
                <Popup>{practice.title}</Popup>
              </Marker>
            ) : null;
          })}
          <MarkReady />
        </>
      )}
    </MapContainer>
  );
}

const root = document.getElementById('root');
if (root) createRoot(root).render(<NaiveMap />);
