// The tab's title follows what is shown: the open practice's (as its page, praktyki/<id>/, is
// titled at build time: `share.pageTitle`), else the app's name. Without it, a practice's page
// opened and then closed would keep that practice's title in the tab, the history and bookmarks.
import { useEffect } from 'react';

export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title;
  }, [title]);
}
