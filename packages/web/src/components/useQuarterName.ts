import { useT } from '../i18n/I18nProvider';
import { toRoman } from '../lib/format';

/** "Triwulan V" / "Quarter V" for quarter number 5 of a period. */
export function useQuarterName(): (number: number) => string {
  const t = useT();
  return (number) => t('quarter.name', { roman: toRoman(number) });
}
