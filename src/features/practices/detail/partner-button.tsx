// A partner that is not a place (an NGO, a firm, a university…): the map draws it round the
// practice's leading unit. Pointing at or focusing this button highlights and names that point on
// the map; pressing it also moves the map to the leading unit, where the point is.
import { useCallback, useEffect } from 'react';
import type { Unit } from '../../../data/schemas';
import type { Translate } from '../../../i18n/translate';
import { useMapCommandsStore } from '../../../stores/map-commands-store';
import { usePartnerHighlightStore } from '../../../stores/partner-highlight-store';

interface PartnerButtonProps {
  practiceId: string;
  /** The partner's position in the practice's partners (as the map keys it). */
  index: number;
  label: string;
  /** The leading unit, from the gazetteer; without it the map cannot move. */
  leader: Unit | undefined;
  t: Translate;
}

export function PartnerButton({ practiceId, index, label, leader, t }: PartnerButtonProps) {
  const setPartner = usePartnerHighlightStore((state) => state.setPartner);
  const fitMapTo = useMapCommandsStore((state) => state.fitTo);
  const show = () => setPartner({ practiceId, index });
  const hide = useCallback(() => {
    const current = usePartnerHighlightStore.getState().partner;
    if (current?.practiceId === practiceId && current.index === index) setPartner(null);
  }, [practiceId, index, setPartner]);
  // a closed detail takes no blur with it: let go of the highlight too
  useEffect(() => hide, [hide]);
  return (
    <button
      type="button"
      className="practice-detail__unit"
      data-partner-index={index}
      onMouseEnter={show}
      onMouseLeave={hide}
      onFocus={show}
      onBlur={hide}
      onClick={() => {
        show();
        if (leader) fitMapTo(leader.bbox);
      }}
    >
      {label}
      <span className="visually-hidden">, {t('detail.showOnMap')}</span>
    </button>
  );
}
