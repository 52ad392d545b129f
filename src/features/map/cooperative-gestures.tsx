// Loaded only in the embed (map-view.tsx): the gestures' handler and its words.
import { useEffect } from 'react';
import { useMap } from 'react-leaflet';
import { useLanguage } from '../../hooks/use-t';
import { createEmbedTranslate } from '../../i18n/messages-embed';
import { enableCooperativeGestures } from '../../lib/cooperative-gestures';

/** The map inside another site's page: it lets the page scroll (see lib/cooperative-gestures.ts). */
export function CooperativeGestures() {
  const map = useMap();
  const et = createEmbedTranslate(useLanguage());
  const wheel = et('embed.wheelHint');
  const touch = et('embed.touchHint');
  useEffect(() => enableCooperativeGestures(map, { wheel, touch }), [map, wheel, touch]);
  return null;
}
