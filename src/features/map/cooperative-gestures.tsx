import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import { useT } from '../../hooks/use-t';
import { enableCooperativeGestures } from '../../lib/cooperative-gestures';

/** The map inside another site's page: it lets the page scroll (see lib/cooperative-gestures.ts). */
export function CooperativeGestures() {
  const map = useMap();
  const t = useT();
  const wheel = t('embed.wheelHint');
  const touch = t('embed.touchHint');
  useEffect(() => enableCooperativeGestures(map, { wheel, touch }), [map, wheel, touch]);
  return null;
}
