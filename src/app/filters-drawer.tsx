// On a phone the filters open in a modal drawer: focus moves into it, Tab stays inside, Escape
// or the close button shuts it and focus returns to the button that opened it.
import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useT } from '../hooks/use-t';
import './filters-drawer.css';

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

interface FiltersDrawerProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  activeCount: number;
  /** Shown at the drawer's foot: the result count, so one sees what the filters give. */
  footer?: ReactNode;
  children: ReactNode;
}

export function FiltersDrawer({
  open,
  onOpenChange,
  activeCount,
  footer,
  children,
}: FiltersDrawerProps) {
  const t = useT();
  const drawerId = useId();
  const headingId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const dialogRef = useRef<HTMLDivElement>(null);
  const wasOpen = useRef(false);

  useEffect(() => {
    if (open) {
      dialogRef.current?.querySelector<HTMLElement>(FOCUSABLE)?.focus();
    } else if (wasOpen.current) {
      buttonRef.current?.focus();
    }
    wasOpen.current = open;
  }, [open]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.stopPropagation();
      onOpenChange(false);
      return;
    }
    if (event.key !== 'Tab' || !dialogRef.current) return;
    const focusable = [...dialogRef.current.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
      (element) => element.getClientRects().length > 0,
    );
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (!first || !last) return;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };

  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        className="button filters-button"
        aria-expanded={open}
        aria-controls={drawerId}
        onClick={() => onOpenChange(!open)}
      >
        {t('filters.open', { count: activeCount })}
      </button>
      <div className="drawer-backdrop" hidden={!open} onClick={() => onOpenChange(false)} />
      <div
        ref={dialogRef}
        id={drawerId}
        role="dialog"
        aria-modal="true"
        aria-labelledby={headingId}
        className="drawer"
        hidden={!open}
        onKeyDown={onKeyDown}
      >
        <div className="drawer__header">
          <h2 id={headingId} className="drawer__heading">
            {t('filters.heading')}
          </h2>
          <button type="button" className="button" onClick={() => onOpenChange(false)}>
            {t('filters.close')}
          </button>
        </div>
        <div className="drawer__body">{open && children}</div>
        <div className="drawer__footer">
          {footer}
          <button
            type="button"
            className="button button--primary"
            onClick={() => onOpenChange(false)}
          >
            {t('filters.showResults')}
          </button>
        </div>
      </div>
    </>
  );
}
