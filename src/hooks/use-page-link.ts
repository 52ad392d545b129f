// A real link to one of the site's pages (or back to the explorer, page null) that the app
// follows in place: the href is the view's own link with `page` set, so it opens in a new tab or
// is copied as it is; a plain click changes the view store (a new history entry, Back returns).
import type { MouseEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { toSearchString } from '../stores/url-state';
import { useViewStore } from '../stores/use-view-store';
import { viewStateOf } from '../stores/view-store';
import type { Page } from '../stores/view-state';

export interface PageLinkProps {
  href: string;
  onClick: (event: MouseEvent<HTMLAnchorElement>) => void;
}

export function usePageLink(page: Page | null): PageLinkProps {
  const state = useViewStore(useShallow(viewStateOf));
  const setPage = useViewStore((s) => s.setPage);
  return {
    href: toSearchString({ ...state, page }) || '?',
    onClick: (event) => {
      // modified clicks open a tab or a window, as a link does
      if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey)
        return;
      event.preventDefault();
      setPage(page);
    },
  };
}
