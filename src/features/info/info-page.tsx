// The site's own pages ("O mapie", "Deklaracja dostępności"), shown instead of the explorer when
// the link has `page=`. One lazy chunk with their words (messages-info.ts); nothing here reads
// `window` while rendering, so the build can render them in Node (prerender.tsx).
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { usePageLink } from '../../hooks/use-page-link';
import { useLanguage, useT } from '../../hooks/use-t';
import { INFO_CATALOGUES } from '../../i18n/messages-info';
import type { Page } from '../../stores/view-state';
import { AboutPage } from './about-page';
import { AccessibilityPage } from './accessibility-page';
import './info-page.css';

export interface InfoPageProps {
  page: Page;
  /** Opens the "Zgłoś praktykę" form (in the explorer's results column). */
  onPropose: () => void;
}

export function InfoPage({ page, onPropose }: InfoPageProps) {
  const t = useT();
  const m = INFO_CATALOGUES[useLanguage()];
  const back = usePageLink(null);
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);

  // a page opened (or another one) takes the focus to its title, as a new page would
  useEffect(() => {
    headingRef.current?.focus();
  }, [page]);

  let content: ReactNode;
  if (page === 'about') content = <AboutPage m={m} onPropose={onPropose} />;
  else content = <AccessibilityPage m={m} />;

  return (
    <article className="info-page" aria-labelledby={headingId} data-testid="info-page">
      <p className="info-page__back">
        <a {...back}>← {t('page.back')}</a>
      </p>
      <h1 id={headingId} ref={headingRef} tabIndex={-1} className="info-page__title">
        {t(`page.${page}`)}
      </h1>
      {content}
    </article>
  );
}
