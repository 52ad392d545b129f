// The one place where features meet: layout, the map's layers, and the panel.
import { useCallback, useState } from 'react';
import { useBoundaries } from '../data/use-boundaries';
import { useGazetteer } from '../data/use-gazetteer';
import { BoundaryLayers } from '../features/boundaries/boundary-layers';
import { parseMapHash } from '../features/map/map-hash';
import { MapView } from '../features/map/map-view';
import { PlaceSearch } from '../features/places/place-search';
import { formatUnitName, unitTypeKey } from '../i18n/unit-text';
import { useDocumentLanguage } from '../i18n/use-document-language';
import { useT } from '../i18n/use-t';
import { useUnitSelectionStore } from '../stores/unit-selection-store';
import { markMapReady } from '../utils/performance-marks';
import { DataErrors } from './data-errors';
import { LanguageSwitch } from './language-switch';
import { FitToChosenUnit, SelectionHighlight, ShownUnitInfo } from './map-connectors';
import { SidePanel } from './side-panel';

export function App() {
  useDocumentLanguage();
  const t = useT();
  // The link's view is read once; afterwards the map writes it (MapHashSync).
  const [initialView] = useState(() => parseMapHash(window.location.hash));
  const hoverUnit = useUnitSelectionStore((state) => state.hoverUnit);
  const selectUnit = useUnitSelectionStore((state) => state.selectUnit);
  const { data: gazetteer } = useGazetteer();
  const { isPending: boundariesPending } = useBoundaries();

  const tooltipText = useCallback(
    (terc: string) => {
      const unit = gazetteer?.lookup(terc);
      return unit ? `${formatUnitName(unit, t)} (${t(unitTypeKey(unit))})` : terc;
    },
    [gazetteer, t],
  );
  const chooseFromList = useCallback(
    (terc: string) => selectUnit(terc, { fit: true }),
    [selectUnit],
  );

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <div className="app-header__titles">
          <h1 className="app-header__name">{t('app.name')}</h1>
          <p className="app-header__tagline">{t('app.tagline')}</p>
        </div>
        <LanguageSwitch />
      </header>
      <main id="main" className="app-main" tabIndex={-1}>
        <SidePanel>
          <DataErrors />
          <PlaceSearch onChoose={chooseFromList} />
          <ShownUnitInfo />
        </SidePanel>
        <MapView
          initialView={initialView}
          overlay={
            boundariesPending ? (
              <p className="map-notice map-notice--loading" role="status">
                {t('map.loading')}
              </p>
            ) : null
          }
        >
          <BoundaryLayers
            tooltipText={tooltipText}
            onUnitHover={hoverUnit}
            onUnitClick={selectUnit}
            onDrawn={markMapReady}
          />
          <SelectionHighlight />
          <FitToChosenUnit />
        </MapView>
      </main>
    </>
  );
}
