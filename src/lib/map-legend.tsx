// The map's one legend: a single Leaflet control, a disclosure that holds a section per layer
// (choropleth scale, marker types, the open practice, whatever a feature adds). Layers render a
// <MapLegendSection> anywhere inside <MapLegend>; it is portalled into the control, ordered by
// `order`, so features stay independent of each other and of where the legend sits. A section
// outside any <MapLegend> gets a control of its own (a layer shown on a bare map still explains
// itself).
import type { ControlPosition } from 'leaflet';
import {
  createContext,
  useContext,
  useLayoutEffect,
  useState,
  type CSSProperties,
  type ReactNode,
} from 'react';
import { createPortal } from 'react-dom';
import { useMap } from 'react-leaflet';
import { MapControl } from './map-control';
import './map-legend.css';

interface LegendHost {
  element: HTMLElement | null;
  /** Counts mounted sections, so an empty legend is not shown. Returns the unregister. */
  register: () => () => void;
}

const LegendHostContext = createContext<LegendHost | null>(null);

interface MapLegendProps {
  /** The disclosure's label ("Legend"). */
  title: string;
  position: ControlPosition;
  /** Whether a map of this size starts with the legend unfolded. */
  startsOpen: (size: { width: number; height: number }) => boolean;
  children: ReactNode;
}

export function MapLegend({ title, position, startsOpen, children }: MapLegendProps) {
  const map = useMap();
  const [open, setOpen] = useState(() => {
    const size = map.getSize();
    return startsOpen({ width: size.x, height: size.y });
  });
  const [element, setElement] = useState<HTMLElement | null>(null);
  const [sections, setSections] = useState(0);
  const [host] = useState<Omit<LegendHost, 'element'>>(() => ({
    register: () => {
      setSections((count) => count + 1);
      return () => setSections((count) => count - 1);
    },
  }));
  const value = { element, register: host.register };
  return (
    <LegendHostContext.Provider value={value}>
      {children}
      <MapControl position={position} className="map-legend-control">
        <details
          className="map-legend"
          open={open}
          hidden={sections === 0}
          data-testid="map-legend"
          onToggle={(event) => setOpen(event.currentTarget.open)}
        >
          <summary className="map-legend__title">{title}</summary>
          <div className="map-legend__sections" ref={setElement} />
        </details>
      </MapControl>
    </LegendHostContext.Provider>
  );
}

interface MapLegendSectionProps {
  /** Lower first. */
  order: number;
  children: ReactNode;
}

export function MapLegendSection({ order, children }: MapLegendSectionProps) {
  const host = useContext(LegendHostContext);
  const register = host?.register;
  useLayoutEffect(() => register?.(), [register]);
  const style: CSSProperties = { order };
  const section = (
    <div className="map-legend__section" style={style}>
      {children}
    </div>
  );
  if (!host) {
    return (
      <MapControl position="bottomleft" className="map-legend-control">
        {section}
      </MapControl>
    );
  }
  return host.element ? createPortal(section, host.element) : null;
}
