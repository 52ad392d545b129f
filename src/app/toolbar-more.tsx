// On a phone the toolbar's secondary actions (download, copy link, embed, propose) sit behind one
// button, so the toolbar keeps to two rows: a disclosure (button + panel), closed by Escape (focus
// back on its button) or a press outside it.
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useT } from '../hooks/use-t';
import './toolbar-more.css';

export function ToolbarMore({ children }: { children: ReactNode }) {
  const t = useT();
  const panelId = useId();
  const [open, setOpen] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      // a modal dialog opened from the panel (the embed builder) is not "outside"
      const target = event.target as Element;
      if (!rootRef.current?.contains(target) && !target.closest('dialog')) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  return (
    <div
      ref={rootRef}
      className="toolbar-more"
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || !open || event.defaultPrevented) return;
        setOpen(false);
        buttonRef.current?.focus();
      }}
    >
      <button
        ref={buttonRef}
        type="button"
        className="button toolbar-more__button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
        // short on screen so the toolbar keeps to two rows; the name says all it holds (and
        // begins with what is seen, WCAG 2.5.3)
        aria-label={t('toolbar.more')}
      >
        {t('toolbar.moreShort')}
      </button>
      <div id={panelId} className="toolbar-more__panel" hidden={!open}>
        {children}
      </div>
    </div>
  );
}
