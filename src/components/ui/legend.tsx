// A map legend section: a titled, foldable list of symbols with their meaning (the map's one
// legend control, src/lib/map-legend.tsx, holds the sections and folds them all at once). Presentational: the entries (colours,
// dash patterns, letters, labels) come from the caller. Every symbol has a
// text label, and markers can carry a letter, so colour is never the only cue.
import './legend.css';

export type LegendSwatch =
  /** A filled area; null: an empty outlined area (no value). */
  | { kind: 'area'; fill: string | null; stroke?: string }
  /** A round marker, optionally with a letter or number in it. */
  | { kind: 'marker'; fill: string; stroke?: string; text?: string; size?: 'small' | 'large' }
  /** A line, solid or dashed ("8 5"). */
  | { kind: 'line'; color: string; dashArray?: string };

export interface LegendEntry {
  key: string;
  swatch: LegendSwatch;
  label: string;
}

interface LegendProps {
  title: string;
  entries: readonly LegendEntry[];
  /** A sentence under the entries. */
  note?: string;
  /**
   * `scale`: entries side by side, labels under the symbols (classes of one quantity);
   * `columns`: a list in two columns where the legend is wide enough.
   */
  layout?: 'list' | 'scale' | 'columns';
  /**
   * Unfolded (the default). The person can fold and unfold it; a new value given here folds or
   * unfolds it again (a section that matters less while something else is shown).
   */
  open?: boolean;
  testId?: string;
}

function Swatch({ swatch }: { swatch: LegendSwatch }) {
  if (swatch.kind === 'area') {
    return (
      <svg
        className="legend__swatch"
        viewBox="0 0 20 14"
        preserveAspectRatio="none"
        aria-hidden="true"
        focusable="false"
      >
        <rect
          vectorEffect="non-scaling-stroke"
          x="0.75"
          y="0.75"
          width="18.5"
          height="12.5"
          rx="1.5"
          fill={swatch.fill ?? 'none'}
          stroke={swatch.stroke ?? '#5c6a94'}
          strokeWidth="1.5"
        />
      </svg>
    );
  }
  if (swatch.kind === 'marker') {
    const r = swatch.size === 'large' ? 8.5 : swatch.size === 'small' ? 4 : 7;
    return (
      <svg className="legend__swatch" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
        <circle
          cx="10"
          cy="10"
          r={r}
          fill={swatch.fill}
          stroke={swatch.stroke ?? '#ffffff'}
          strokeWidth="1.5"
        />
        {swatch.text && (
          <text
            x="10"
            y="10.5"
            textAnchor="middle"
            dominantBaseline="middle"
            fontSize={swatch.text.length > 1 ? 7 : 9}
            fontWeight="700"
            fill="#ffffff"
          >
            {swatch.text}
          </text>
        )}
      </svg>
    );
  }
  return (
    <svg className="legend__swatch" viewBox="0 0 28 14" aria-hidden="true" focusable="false">
      <line x1="1" y1="7" x2="27" y2="7" stroke="#ffffff" strokeWidth="5" />
      <line
        x1="1"
        y1="7"
        x2="27"
        y2="7"
        stroke={swatch.color}
        strokeWidth="2.5"
        strokeDasharray={swatch.dashArray}
      />
    </svg>
  );
}

export function Legend({
  title,
  entries,
  note,
  layout = 'list',
  open = true,
  testId,
}: LegendProps) {
  return (
    <details className="legend" open={open} data-testid={testId}>
      <summary className="legend__title">{title}</summary>
      <ul className={`legend__entries legend__entries--${layout}`}>
        {entries.map((entry) => (
          <li key={entry.key} className="legend__entry">
            <Swatch swatch={entry.swatch} />
            <span>{entry.label}</span>
          </li>
        ))}
      </ul>
      {note && <p className="legend__note">{note}</p>}
    </details>
  );
}
