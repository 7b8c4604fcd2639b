/** Numbers on the dashboards as people read them. */
import { formatFixed } from '@pantau/core';
import { formatNumber, type Lang } from '../../lib/format';

/** A percentage with one decimal ("59,1 %" / "59.1%"), or a dash when there is none. */
export function formatPercent(value: number | null | undefined, lang: Lang): string {
  if (value === null || value === undefined) return '–';
  const number = formatFixed(value, lang, 1);
  return lang === 'id' ? `${number} %` : `${number}%`;
}

/** A change in points with its sign ("+3,2" / "−1.5"). */
export function formatChange(value: number, lang: Lang): string {
  const magnitude = formatNumber(Math.abs(Math.round(value * 10) / 10), lang);
  if (value > 0) return `+${magnitude}`;
  if (value < 0) return `−${magnitude}`;
  return magnitude;
}
