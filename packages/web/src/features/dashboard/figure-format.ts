/** Numbers on the dashboards as people read them. */
import { formatNumber, type Lang } from '../../lib/format';

const percentFormats = new Map<Lang, Intl.NumberFormat>();

/** A percentage with one decimal ("59,1 %" / "59.1%"), or a dash when there is none. */
export function formatPercent(value: number | null | undefined, lang: Lang): string {
  if (value === null || value === undefined) return '–';
  let format = percentFormats.get(lang);
  if (!format) {
    format = new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-GB', {
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
    });
    percentFormats.set(lang, format);
  }
  return lang === 'id' ? `${format.format(value)} %` : `${format.format(value)}%`;
}

/** A change in points with its sign ("+3,2" / "−1.5"). */
export function formatChange(value: number, lang: Lang): string {
  const magnitude = formatNumber(Math.abs(Math.round(value * 10) / 10), lang);
  if (value > 0) return `+${magnitude}`;
  if (value < 0) return `−${magnitude}`;
  return magnitude;
}
