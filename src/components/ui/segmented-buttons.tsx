// A row of toggle buttons of which one is pressed (map | list | table; the two tables): one
// group with a name, each button `aria-pressed`, as a set of radio-like choices that keep the
// plain button semantics the views' e2e stories and screen readers already know.
import './segmented-buttons.css';

export interface SegmentedButtonsProps<Value extends string> {
  /** The group's accessible name. */
  label: string;
  options: readonly Value[];
  value: Value;
  onChange: (value: Value) => void;
  labelOf: (value: Value) => string;
  /** `small` for a choice inside a view (the table's), the default for the toolbar's. */
  size?: 'normal' | 'small';
  className?: string;
}

export function SegmentedButtons<Value extends string>({
  label,
  options,
  value,
  onChange,
  labelOf,
  size = 'normal',
  className,
}: SegmentedButtonsProps<Value>) {
  const classes = ['segmented', size === 'small' ? 'segmented--small' : '', className ?? '']
    .filter(Boolean)
    .join(' ');
  return (
    <div role="group" aria-label={label} className={classes}>
      {options.map((option) => (
        <button
          key={option}
          type="button"
          className="segmented__button"
          aria-pressed={value === option}
          onClick={() => onChange(option)}
        >
          {labelOf(option)}
        </button>
      ))}
    </div>
  );
}
