import { describe, expect, it } from 'vitest';
import { CsvParser } from './csv-reader.js';

/** Parses `text` pushed in pieces of `size` characters. */
function parse(text: string, size: number) {
  const records: [number, string[]][] = [];
  const parser = new CsvParser((cells, number) => records.push([number, cells]));
  for (let i = 0; i < text.length; i += size) parser.push(text.slice(i, i + size));
  return { records, unclosedAt: parser.end() };
}

describe('CsvParser', () => {
  const text = 'a;b;c\r\n"x;""y""\r\nz";plain "q";\r\n"";"end"\n';

  it('reads quoted delimiters, line breaks and doubled quotes however the text is split', () => {
    for (const size of [1, 2, 3, 5, 64]) {
      expect(parse(text, size)).toEqual({
        records: [
          [1, ['a', 'b', 'c']],
          [2, ['x;"y"\r\nz', 'plain "q"', '']],
          [3, ['', 'end']],
        ],
        unclosedAt: null,
      });
    }
  });

  it('gives the record where a quote opens and never closes', () => {
    for (const size of [1, 4, 64]) {
      expect(parse('a,b\n1,2\n"open,3\n4,5\n', size)).toEqual({
        records: [
          [1, ['a', 'b']],
          [2, ['1', '2']],
        ],
        unclosedAt: 3,
      });
    }
  });
});
