import { describe, expect, it } from 'vitest';
import { messagesEn } from './messages.en';
import { type MessageKey, messagesId } from './messages.id';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
const keys = Object.keys(messagesId) as MessageKey[];

describe('message catalogues', () => {
  it('fill the same placeholders in both languages', () => {
    for (const key of keys) {
      expect({ key, placeholders: placeholders(messagesEn[key]) }).toEqual({
        key,
        placeholders: placeholders(messagesId[key]),
      });
    }
  });

  it('give every plural message both forms', () => {
    for (const key of keys.filter((k) => /\.(one|other)$/.test(k))) {
      const base = key.replace(/\.(one|other)$/, '');
      expect(keys).toContain(`${base}.one`);
      expect(keys).toContain(`${base}.other`);
    }
  });

  it('leave no text empty', () => {
    for (const key of keys) {
      expect(messagesId[key].trim(), key).not.toBe('');
      expect(messagesEn[key].trim(), key).not.toBe('');
    }
  });
});
