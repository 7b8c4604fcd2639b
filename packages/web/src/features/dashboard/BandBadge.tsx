import type { Band } from '@pantau/core';
import { useT } from '../../i18n/I18nProvider';
import { bandOrNone, bandStyle } from './bands';

/** The band as a coloured badge whose text names it, so it reads without colour. */
export function BandBadge({ band }: { band: Band | null }) {
  const t = useT();
  const style = bandStyle(band);
  return (
    <span className="band-badge" style={{ background: style.fill, color: style.text }}>
      {t(`dashboard.band.${bandOrNone(band)}`)}
    </span>
  );
}
