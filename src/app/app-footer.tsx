// The footer of every view: the site's pages and the data's licence. Real links (the view's own
// link with `page=`), followed in place (use-page-link.ts). Where it stands costs the map and the
// results nothing: at the foot of the filter column on a wide screen, at the end of the filter
// drawer on a phone, below a page's text.
import { DATA_LICENCE } from '../config/dataset';
import { usePageLink } from '../hooks/use-page-link';
import { useT } from '../hooks/use-t';
import { PAGES } from '../stores/view-state';
import './app-footer.css';

function PageLink({ page }: { page: (typeof PAGES)[number] }) {
  const t = useT();
  return <a {...usePageLink(page)}>{t(`page.${page}`)}</a>;
}

export function AppFooter() {
  const t = useT();
  return (
    <footer className="app-footer" data-testid="app-footer">
      <nav aria-label={t('footer.label')}>
        <ul className="app-footer__links">
          {PAGES.map((page) => (
            <li key={page}>
              <PageLink page={page} />
            </li>
          ))}
        </ul>
      </nav>
      <p className="app-footer__licence">{t('footer.licence', { licence: DATA_LICENCE })}</p>
    </footer>
  );
}
