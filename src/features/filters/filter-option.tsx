// One checkbox of a filter. Its accessible name is the label and the count, "pomorskie (16)".
// An option that would give nothing stays operable (a disabled box could not be unticked and
// is skipped by Tab); it is only dimmed, and its count says 0.
import './filter-option.css';

interface FilterOptionProps {
  label: string;
  count: number | null;
  checked: boolean;
  onToggle: () => void;
}

export function FilterOption({ label, count, checked, onToggle }: FilterOptionProps) {
  const empty = count === 0 && !checked;
  return (
    <label className={empty ? 'filter-option filter-option--empty' : 'filter-option'}>
      <input type="checkbox" checked={checked} onChange={onToggle} />
      <span className="filter-option__label">{label}</span>
      {count !== null && (
        <>
          {' '}
          <span className="filter-option__count">({count})</span>
        </>
      )}
    </label>
  );
}
