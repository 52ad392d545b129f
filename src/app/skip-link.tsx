// A skip link that moves the focus without touching the address: following `#main` would replace
// the map view in the hash (`#map=…`), and a reload would then lose the view and report `#main`.
import type { MouseEvent, ReactNode } from 'react';

export function SkipLink({ target, children }: { target: string; children: ReactNode }) {
  const skip = (event: MouseEvent<HTMLAnchorElement>) => {
    const element = document.getElementById(target);
    if (!element) return;
    event.preventDefault();
    element.focus();
    element.scrollIntoView?.({ block: 'start' });
  };
  return (
    // the href keeps it a link for assistive technology and for a new tab
    <a className="skip-link" href={`#${target}`} onClick={skip}>
      {children}
    </a>
  );
}
