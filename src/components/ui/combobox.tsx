// An editable combobox with a list popup (WAI-ARIA APG "combobox with listbox"): typing filters,
// arrows move through the options with aria-activedescendant (focus stays in the input),
// Enter chooses, Escape closes the list and then clears the text. No domain words here.
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import './combobox.css';

export interface ComboboxOption {
  id: string;
  label: string;
}

interface ComboboxProps {
  label: string;
  value: string;
  onValueChange: (value: string) => void;
  options: readonly ComboboxOption[];
  onSelect: (option: ComboboxOption) => void;
  placeholder?: string;
  /** Announced politely while the list is open: result count, "no results", "loading". */
  status?: string;
  className?: string;
}

export function Combobox({
  label,
  value,
  onValueChange,
  options,
  onSelect,
  placeholder,
  status,
  className,
}: ComboboxProps) {
  const baseId = useId();
  const inputId = `${baseId}-input`;
  const listboxId = `${baseId}-listbox`;
  const optionId = (index: number) => `${baseId}-option-${index}`;
  const [open, setOpen] = useState(false);
  const [activeIndex, setActiveIndex] = useState(-1);
  const listRef = useRef<HTMLUListElement>(null);

  const expanded = open && options.length > 0;
  const active = expanded && activeIndex < options.length ? activeIndex : -1;

  useEffect(() => {
    if (active < 0) return;
    const element = listRef.current?.children[active];
    // not in jsdom
    element?.scrollIntoView?.({ block: 'nearest' });
  }, [active]);

  function choose(option: ComboboxOption) {
    setOpen(false);
    setActiveIndex(-1);
    onSelect(option);
  }

  function move(step: 1 | -1) {
    if (options.length === 0) return;
    setOpen(true);
    setActiveIndex((current) => {
      if (!expanded || current < 0) return step === 1 ? 0 : options.length - 1;
      return (current + step + options.length) % options.length;
    });
  }

  function handleKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        move(1);
        break;
      case 'ArrowUp':
        event.preventDefault();
        move(-1);
        break;
      case 'Enter': {
        // Enter without an active option takes the best match.
        const option = expanded ? options[active < 0 ? 0 : active] : undefined;
        if (option) {
          event.preventDefault();
          choose(option);
        }
        break;
      }
      case 'Escape':
        event.preventDefault();
        if (expanded) {
          setOpen(false);
          setActiveIndex(-1);
        } else {
          onValueChange('');
        }
        break;
      default:
        break;
    }
  }

  return (
    <div className={['combobox', className].filter(Boolean).join(' ')}>
      <label htmlFor={inputId} className="combobox__label">
        {label}
      </label>
      <input
        id={inputId}
        className="combobox__input"
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listboxId}
        aria-activedescendant={active >= 0 ? optionId(active) : undefined}
        autoComplete="off"
        spellCheck={false}
        placeholder={placeholder}
        value={value}
        onChange={(event) => {
          onValueChange(event.target.value);
          setOpen(true);
          setActiveIndex(-1);
        }}
        onKeyDown={handleKeyDown}
        onBlur={() => setOpen(false)}
        onFocus={() => {
          if (value !== '') setOpen(true);
        }}
      />
      <ul
        ref={listRef}
        id={listboxId}
        role="listbox"
        aria-label={label}
        className="combobox__listbox"
        hidden={!expanded}
      >
        {expanded &&
          options.map((option, index) => (
            <li
              key={option.id}
              id={optionId(index)}
              role="option"
              aria-selected={index === active}
              className="combobox__option"
              // keep focus in the input so the click lands
              onMouseDown={(event) => event.preventDefault()}
              onMouseMove={() => setActiveIndex(index)}
              onClick={() => choose(option)}
            >
              {option.label}
            </li>
          ))}
      </ul>
      <p role="status" className="combobox__status">
        {open && value !== '' ? status : ''}
      </p>
    </div>
  );
}
