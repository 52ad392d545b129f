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

/** The open practice: its leading unit, its territory, a line per sector of its links. */
export function selectionLegendEntries(t: Translate, sectors: readonly Sector[]): LegendEntry[] {
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
  ];
}

export function PracticeTypeLegend({ defaultOpen = true }: { defaultOpen?: boolean }) {
  const t = useT();
  return (
    <Legend
      title={t('practiceMap.legend.types')}
      defaultOpen={defaultOpen}
      entries={practiceTypeLegendEntries(t)}
      testId="practice-type-legend"
    />
  );
}

export function PracticeSelectionLegend({
  sectors,
  defaultOpen = true,
}: {
  sectors: readonly Sector[];
  defaultOpen?: boolean;
}) {
  const t = useT();
  return (
    <Legend
      title={t('practiceMap.legend.selection')}
      defaultOpen={defaultOpen}
      entries={selectionLegendEntries(t, sectors)}
      note={t('practiceMap.legend.unplacedPartners')}
      testId="practice-selection-legend"
    />
  );
}
