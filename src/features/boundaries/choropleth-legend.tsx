// The choropleth's legend: the classes of the level being shaded, with their number ranges.
import { Legend, type LegendEntry } from '../../components/ui/legend';
import type { UnitLevel } from '../../data/terc';
import type { Translate } from '../../i18n/translate';
import { useT } from '../../hooks/use-t';
import { BOUNDARY_STROKES, FILL_OPACITY } from './boundary-style';
import { formatClassRange, type ChoroplethScale } from './choropleth';

const TITLE_KEYS = {
  voivodeship: 'choropleth.legend.voivodeship',
  powiat: 'choropleth.legend.powiat',
  gmina: 'choropleth.legend.gmina',
} as const satisfies Record<UnitLevel, string>;

/** What a unit's number counts: the practices it, or a unit inside it, takes part in. */
const NOTE_KEYS = {
  voivodeship: 'choropleth.legend.note.voivodeship',
  powiat: 'choropleth.legend.note.powiat',
  gmina: 'choropleth.legend.note.gmina',
} as const satisfies Record<UnitLevel, string>;

/** Blends a colour with white as it shows at FILL_OPACITY over the pale land. */
function shownColor(hex: string): string {
  const channel = (i: number) => {
    const value = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16);
    return Math.round(value * FILL_OPACITY + 255 * (1 - FILL_OPACITY));
  };
  return `rgb(${channel(0)} ${channel(1)} ${channel(2)})`;
}

export function choroplethLegendEntries(scale: ChoroplethScale): LegendEntry[] {
  const stroke = BOUNDARY_STROKES[scale.level].color;
  return scale.classes.map((item) => ({
    key: `${item.min}`,
    swatch: { kind: 'area', fill: item.color ? shownColor(item.color) : null, stroke },
    label: formatClassRange(item),
  }));
}

export function choroplethLegendTitle(t: Translate, level: UnitLevel): string {
  return t(TITLE_KEYS[level]);
}

export function ChoroplethLegend({
  scale,
  open = true,
}: {
  scale: ChoroplethScale;
  open?: boolean;
}) {
  const t = useT();
  return (
    <Legend
      title={choroplethLegendTitle(t, scale.level)}
      open={open}
      entries={choroplethLegendEntries(scale)}
      note={t(NOTE_KEYS[scale.level])}
      layout="scale"
      testId="choropleth-legend"
    />
  );
}
