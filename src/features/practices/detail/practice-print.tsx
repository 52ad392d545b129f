// Printing one practice: the "Drukuj" button, and what only paper shows (the territory on a
// small map, the practice's link as text). The map (print-territory-map.tsx) is loaded on the
// first press of the button, or when print media turns on, never with the detail itself.
import { useEffect, useState } from 'react';
import { usePrintMedia } from '../../../components/ui/use-print-media';
import type { Practice } from '../../../data/schemas';
import type { Language } from '../../../i18n/languages';
import type { Translate } from '../../../i18n/translate';
import './practice-print.css';

type MapModule = typeof import('./print-territory-map');
// kept once loaded, so that `beforeprint` draws the map at once (no suspense)
let mapModule: MapModule | undefined;
const loadMap = async () => (mapModule ??= await import('./print-territory-map'));

export function PrintButton({ t }: { t: Translate }) {
  return (
    <button
      type="button"
      className="button practice-print__button"
      onClick={() => void loadMap().then(() => window.print())}
    >
      {t('print.button')}
    </button>
  );
}

/** The territory on a small map, on paper only. */
export function PrintMap({ practice, language }: { practice: Practice; language: Language }) {
  const printing = usePrintMedia();
  const [loaded, setLoaded] = useState(mapModule);
  useEffect(() => {
    if (printing) void loadMap().then(setLoaded);
  }, [printing]);
  const Map = (loaded ?? mapModule)?.PrintTerritoryMap;
  return printing && Map ? <Map practice={practice} language={language} /> : null;
}

/** The practice's link written out, on paper only. */
export function PrintLink({ link, t }: { link: string; t: Translate }) {
  return (
    <p className="practice-print__link">
      {t('detail.link')}: {link}
    </p>
  );
}
