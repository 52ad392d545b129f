// Legends of the practice layers: entries are built by pure functions (tested), shown by the
// shared Legend component.
import { Legend, type LegendEntry } from '../../../components/ui/legend';
import { MAP_PANES } from '../../../config/map';
import { PRACTICE_TYPES, type Sector } from '../../../data/vocabularies';
import type { Translate } from '../../../i18n/translate';
import { useT } from '../../../hooks/use-t';
import {
  CLUSTER_COLOR,
  LEADER_MARKER,
  PRACTICE_TYPE_STYLES,
  SECTOR_LINK_STYLES,
  SECTOR_PARTNER_LETTERS,
  TERRITORY_FILL,
  TERRITORY_OUTLINE,
} from './practice-map-style';

/** A colour as it shows at `opacity` over white. */
function overWhite(hex: string, opacity: number): string {
  const channel = (i: number) =>
    Math.round(parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) * opacity + 255 * (1 - opacity));
  return `rgb(${channel(0)} ${channel(1)} ${channel(2)})`;
}

/** Each practice type (colour and letter, as on the markers), then the cluster symbol. */
export function practiceTypeLegendEntries(t: Translate): LegendEntry[] {
  return [
    ...PRACTICE_TYPES.map((type): LegendEntry => ({
      key: type,
      swatch: {
        kind: 'marker',
        fill: PRACTICE_TYPE_STYLES[type].color,
        text: PRACTICE_TYPE_STYLES[type].letter,
      },
      label: t(`vocab.type.${type}`),
    })),
    {
      key: 'cluster',
      swatch: { kind: 'marker', fill: CLUSTER_COLOR, text: '12', size: 'large' },
      label: t('practiceMap.legend.cluster'),
    },
  ];
}

/**
 * The open practice: its leading unit, its territory, a line per sector of its links, then one
 * entry for the partners drawn round the leading unit, naming the letter of each of their
 * sectors (`partnerSectors`).
 */
export function selectionLegendEntries(
  t: Translate,
  sectors: readonly Sector[],
  partnerSectors: readonly Sector[] = [],
): LegendEntry[] {
  return [
    {
      key: 'leader',
      swatch: { kind: 'marker', fill: LEADER_MARKER.fillColor ?? CLUSTER_COLOR },
      label: t('practiceMap.legend.leader'),
    },
    {
      key: 'territory',
      swatch: {
        kind: 'area',
        fill: overWhite(TERRITORY_FILL.fillColor ?? '#f59e0b', MAP_PANES.practiceTerritory.opacity),
        stroke: TERRITORY_OUTLINE.color,
      },
      label: t('practiceMap.legend.territory'),
    },
    ...sectors.map((sector): LegendEntry => ({
      key: `link-${sector}`,
      swatch: {
        kind: 'line',
        color: SECTOR_LINK_STYLES[sector].color,
        dashArray: SECTOR_LINK_STYLES[sector].dashArray,
      },
      label: t('practiceMap.legend.link', { sector: t(`vocab.sector.${sector}`) }),
    })),
    // one entry for them all (the legend stays short): the letters, each with its sector
    ...partnerSectors.slice(0, 1).map((first): LegendEntry => ({
      key: 'partners',
      swatch: {
        kind: 'marker',
        fill: SECTOR_LINK_STYLES[first].color,
        text: SECTOR_PARTNER_LETTERS[first],
      },
      label: t('practiceMap.legend.partners', {
        sectors: partnerSectors
          .map(
            (sector) =>
              `${SECTOR_PARTNER_LETTERS[sector]} ${t(`practiceMap.legend.partnerSector.${sector}`)}`,
          )
          .join(', '),
      }),
    })),
  ];
}

export function PracticeTypeLegend({ open = true }: { open?: boolean }) {
  const t = useT();
  return (
    <Legend
      title={t('practiceMap.legend.types')}
      open={open}
      entries={practiceTypeLegendEntries(t)}
      testId="practice-type-legend"
    />
  );
}

export function PracticeSelectionLegend({
  sectors,
  partnerSectors = [],
  roughArea = null,
}: {
  sectors: readonly Sector[];
  partnerSectors?: readonly Sector[];
  /** The level the area is known only at, when its members are not known (area-precision.ts). */
  roughArea?: 'voivodeship' | 'powiat' | null;
}) {
  const t = useT();
  return (
    <Legend
      title={t('practiceMap.legend.selection')}
      entries={selectionLegendEntries(t, sectors, partnerSectors)}
      note={roughArea === null ? undefined : t(`practiceMap.legend.roughArea.${roughArea}`)}
      testId="practice-selection-legend"
    />
  );
}
