import { useEffect } from 'react';
import { useT } from '../hooks/use-t';
import type { Translate } from '../i18n/translate';
import type { Page } from '../stores/view-state';

/** The document's title: the app's name, or "O mapie — Mapa Praktyk" on a page of the site. */
export function documentTitleOf(t: Translate, page: Page | null): string {
  return page === null ? t('app.name') : t('page.documentTitle', { page: t(`page.${page}`) });
}

/** Keeps `<title>` in step with the page shown and the language. */
export function useDocumentTitle(page: Page | null): void {
  const t = useT();
  useEffect(() => {
    document.title = documentTitleOf(t, page);
  }, [t, page]);
}
