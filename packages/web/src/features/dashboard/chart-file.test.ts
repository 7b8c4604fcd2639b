import { describe, expect, it } from 'vitest';
import { standaloneSvg } from './chart-file';

describe('standaloneSvg', () => {
  it('adds the XML prolog and the SVG namespace when the markup lacks it', () => {
    expect(standaloneSvg('<svg viewBox="0 0 10 10"><rect/></svg>')).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect/></svg>\n',
    );
  });

  it('keeps a namespace already there', () => {
    const markup = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"/>';
    const file = standaloneSvg(markup);
    expect(file.match(/xmlns=/g)).toHaveLength(1);
    expect(file.endsWith(`${markup}\n`)).toBe(true);
  });
});
