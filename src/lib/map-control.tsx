// A Leaflet control whose content is React: the control (and its container) is created once per
// map and position; children render into it through a portal. Clicks, drags and wheel turns
// inside it stay there instead of moving the map.
import { Control, DomEvent, DomUtil, type ControlPosition } from 'leaflet';
import { useEffect, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useMap } from 'react-leaflet';

interface MapControlProps {
  position: ControlPosition;
  className?: string;
  children: ReactNode;
}

export function MapControl({ position, className, children }: MapControlProps) {
  const map = useMap();
  const [container] = useState(() => {
    const element = DomUtil.create('div', className);
    DomEvent.disableClickPropagation(element);
    DomEvent.disableScrollPropagation(element);
    return element;
  });
  useEffect(() => {
    const control = new Control({ position });
    control.onAdd = () => container;
    control.addTo(map);
    return () => {
      control.remove();
    };
  }, [container, map, position]);
  return createPortal(children, container);
}
