// The open practice's partners that are not places (NGOs, firms, universities, other public
// bodies: the data gives no seat for them), drawn round its leading unit in a fixed pixel
// pattern (partnerRingOffsets), each in its sector's colour and letter, with a link line in its
// sector's colour and dash pattern. Named in a tooltip under the pointer, and when the detail's
// partner list points at one (hover or keyboard focus: usePartnerHighlightStore).
import {
  latLng,
  point,
  polyline,
  type LatLngTuple,
  type Map as LeafletMap,
  type Renderer,
} from 'leaflet';
import { useCallback, useEffect, useMemo } from 'react';
import { useMap } from 'react-leaflet';
import { MAP_PANES } from '../../../config/map';
import { useT } from '../../../hooks/use-t';
import { CanvasHitMarkers, type HitMarker } from '../../../lib/canvas-hit-layer';
import { usePartnerHighlightStore } from '../../../stores/partner-highlight-store';
import { partnerRingOffsets, type UnplacedPartner } from './practice-map-links';
import { LINK_HALO, linkOptions, partnerMarkerOptions } from './practice-map-style';

interface PracticePartnersLayerProps {
  practiceId: string;
  leader: LatLngTuple;
  partners: readonly UnplacedPartner[];
  /** The canvas of the practice's links, where the partners' lines go too. */
  linkRenderer: Renderer;
}

const partnerStyle = (partner: UnplacedPartner, highlighted: boolean) =>
  partnerMarkerOptions(partner.sector, highlighted);

/** Each partner's place at the map's current zoom: the leader's point plus its pixel offset. */
function partnerPlaces(map: LeafletMap, leader: LatLngTuple, count: number) {
  const zoom = map.getZoom();
  const centre = map.project(leader, zoom);
  return partnerRingOffsets(count).map(([dx, dy]) =>
    map.unproject(centre.add(point(dx, dy)), zoom),
  );
}

export function PracticePartnersLayer({
  practiceId,
  leader,
  partners,
  linkRenderer,
}: PracticePartnersLayerProps) {
  const map = useMap();
  const t = useT();
  const highlighted = usePartnerHighlightStore((state) =>
    state.partner?.practiceId === practiceId ? state.partner.index : null,
  );

  // Lines from the leader, redrawn to the new places after each zoom.
  useEffect(() => {
    const from = latLng(leader);
    const lines = partners.map((partner) => [
      polyline([from, from], { ...LINK_HALO, renderer: linkRenderer }).addTo(map),
      polyline([from, from], { ...linkOptions(partner.sector), renderer: linkRenderer }).addTo(map),
    ]);
    const place = () => {
      const places = partnerPlaces(map, leader, partners.length);
      lines.forEach((pair, i) => {
        const to = places[i];
        if (to) for (const line of pair) line.setLatLngs([from, to]);
      });
    };
    place();
    map.on('zoomend', place);
    return () => {
      map.off('zoomend', place);
      for (const line of lines.flat()) line.remove();
    };
  }, [leader, linkRenderer, map, partners]);

  const markersInView = useCallback(
    (current: LeafletMap): HitMarker<UnplacedPartner>[] => {
      const places = partnerPlaces(current, leader, partners.length);
      return partners.flatMap((partner, i) => {
        const place = places[i];
        return place ? [{ key: `partner-${partner.index}`, item: partner, latLng: place }] : [];
      });
    },
    [leader, partners],
  );
  const tooltipText = useCallback(
    (partner: UnplacedPartner) => `${partner.name} (${t(`vocab.sector.${partner.sector}`)})`,
    [t],
  );
  const highlight = useMemo(
    () =>
      highlighted === null
        ? undefined
        : (partner: UnplacedPartner) => partner.index === highlighted,
    [highlighted],
  );

  return (
    <CanvasHitMarkers
      pane={MAP_PANES.practicePartners.name}
      markersInView={markersInView}
      style={partnerStyle}
      tooltipText={tooltipText}
      tooltipOnHighlight
      highlight={highlight}
      className="partner-marker"
    />
  );
}
