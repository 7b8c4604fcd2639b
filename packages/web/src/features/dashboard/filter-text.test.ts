import { describe, expect, it } from 'vitest';
import type { MessageValues } from '../../i18n/I18nProvider';
import { messagesEn } from '../../i18n/messages.en';
import { type MessageKey, messagesId } from '../../i18n/messages.id';
import { filterLabel, filterValue } from './filter-text';

function translator(messages: Record<MessageKey, string>) {
  return (key: MessageKey, values: MessageValues = {}) =>
    messages[key].replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole));
}

describe('the filters of the reports behind a figure, in words', () => {
  const id = translator(messagesId);
  const en = translator(messagesEn);

  it('names a report state by its label, not its code', () => {
    expect(`${filterLabel(id, 'state')} ${filterValue(id, 'state', 'accepted')}`).toBe('Status Diterima');
    expect(filterValue(en, 'state', 'accepted')).toBe('Accepted');
  });

  it('reads a range of quarters as one', () => {
    expect(`${filterLabel(id, 'through')}: ${filterValue(id, 'through', '6')}`).toBe(
      'Triwulan: Triwulan I sampai Triwulan VI',
    );
    expect(filterValue(en, 'through', '6')).toBe('Quarter I to Quarter VI');
    expect(filterValue(id, 'quarter', '3')).toBe('Triwulan III');
  });

  it('answers yes or no, and names types, grades and periods', () => {
    expect(filterValue(id, 'onTime', 'true')).toBe('Ya');
    expect(filterValue(en, 'submitted', 'false')).toBe('No');
    expect(filterValue(id, 'type', 'kota')).toBe('Kota');
    expect(filterValue(id, 'grade', 'berdampak')).toBe('Berdampak');
    expect(filterValue(id, 'period', '2025-2026')).toMatch(/^2025.2026$/);
    expect(filterValue(id, 'province', '32')).toBe('32');
  });
});
