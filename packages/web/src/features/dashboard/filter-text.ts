/**
 * How a filter of the reports behind a figure reads (`?state=accepted&through=6`): in words, never
 * the code in the address — "Status: Diterima", "Triwulan: Triwulan I sampai Triwulan VI".
 */
import type { MessageValues } from '../../i18n/I18nProvider';
import type { MessageKey } from '../../i18n/messages.id';
import { formatPeriodCode, toRoman } from '../../lib/format';
import type { ReportFilterKey } from './drill';

type Translate = (key: MessageKey, values?: MessageValues) => string;

const YES_NO = new Set<ReportFilterKey>(['submitted', 'onTime', 'complete', 'notApplicable']);

function quarter(t: Translate, value: string): string {
  const number = Number(value);
  return Number.isInteger(number) && number >= 1 && number <= 8 ? t('quarter.name', { roman: toRoman(number) }) : value;
}

/** The label of filter `key`. */
export function filterLabel(t: Translate, key: ReportFilterKey): string {
  return t(key === 'through' ? 'dashboard.filter.quarters' : (`dashboard.filter.${key}` as MessageKey));
}

/** The value of filter `key` in words. */
export function filterValue(t: Translate, key: ReportFilterKey, value: string): string {
  if (key === 'period') return formatPeriodCode(value);
  if (key === 'quarter') return quarter(t, value);
  if (key === 'through') return t('dashboard.filter.throughRange', { first: quarter(t, '1'), last: quarter(t, value) });
  if (key === 'state') return t(`reportState.${value}` as MessageKey);
  if (key === 'type') return t(`institutionType.${value}` as MessageKey);
  if (key === 'grade') return t(`grade.${value}` as MessageKey);
  if (YES_NO.has(key)) return t(value === 'true' ? 'common.yes' : 'common.no');
  return value;
}
