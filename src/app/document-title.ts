// The tab's title follows what is shown: a page of the site ("O mapie — Mapa Praktyk"), else the
// open practice's (as its page, praktyki/<id>/, is titled at build time: `share.pageTitle`), else
// the app's name. Without it, a practice's page opened and then closed would keep that practice's
// title in the tab, the history and bookmarks.
import { useEffect } from 'react';
import { useT } from '../hooks/use-t';
import type { Translate } from '../i18n/translate';
import type { Page } from '../stores/view-state';

export function documentTitleOf(
  t: Translate,
  page: Page | null,
  practiceTitle: string | undefined = undefined,
): string {
  if (page !== null) return t('page.documentTitle', { page: t(`page.${page}`) });
  return practiceTitle ? t('share.pageTitle', { title: practiceTitle }) : t('app.name');
}

/** Keeps `<title>` in step with the page or practice shown and the language. */
export function useDocumentTitle(page: Page | null, practiceTitle: string | undefined): void {
  const t = useT();
  useEffect(() => {
    document.title = documentTitleOf(t, page, practiceTitle);
  }, [t, page, practiceTitle]);
}
