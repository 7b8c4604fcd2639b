import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  anchorsOf,
  codeReferences,
  deadCodeReferences,
  deadLinks,
  documentationFiles,
  headingSlug,
  linksOf,
} from './doc-links.js';

const repository = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');

describe('the documentation', () => {
  it('has no relative link that leads nowhere (file, folder or heading)', () => {
    const files = documentationFiles(repository);
    expect(files).toContain('README.md');
    expect(files).toContain('docs/architecture.md');
    expect(deadLinks(repository, files).map((l) => `${l.from}:${l.line} ${l.target}: ${l.problem}`)).toEqual([]);
  });

  it('has every page and heading that code comments point to', () => {
    const references = codeReferences(repository, ['packages/core/src', 'packages/server/src', 'packages/web/src']);
    expect(references.some((r) => r.target.startsWith('docs/design.md#'))).toBe(true);
    expect(
      deadCodeReferences(repository, references).map((l) => `${l.from}:${l.line} ${l.target}: ${l.problem}`),
    ).toEqual([]);
  });

  it('keeps the README to at most 10,000 characters, with both commands on its first screen', () => {
    const readme = readFileSync(join(repository, 'README.md'), 'utf8');
    expect(Array.from(readme).length).toBeLessThanOrEqual(10_000);
    const firstScreen = readme.split('\n').slice(0, 25).join('\n');
    expect(firstScreen).toContain('npm install && npm start');
    expect(firstScreen).toContain('npm test');
  });
});

describe('reading links', () => {
  it('finds inline and reference links, not those in code', () => {
    const markdown = [
      'See [the guide](docs/a.md#part) and ![shot](img.png "title").',
      'Not `[code](x.md)` nor:',
      '```sh',
      '[fenced](y.md)',
      '```',
      '[ref]: docs/b.md',
    ].join('\n');
    expect(linksOf('README.md', markdown).map((l) => [l.line, l.target])).toEqual([
      [1, 'docs/a.md#part'],
      [1, 'img.png'],
      [6, 'docs/b.md'],
    ]);
  });

  it('makes anchors as GitHub does', () => {
    expect(headingSlug('Reports (PDF/XLSX)')).toBe('reports-pdfxlsx');
    expect(headingSlug('Accounts, access and integrity')).toBe('accounts-access-and-integrity');
    expect(headingSlug('The `serve` command — workers')).toBe('the-serve-command--workers');
    expect([...anchorsOf('# A\n## B\n## B\n```\n# not\n```')]).toEqual(['a', 'b', 'b-1']);
  });

  it('reports a missing file, a missing heading and a way out of the repository', () => {
    const root = mkdtempSync(join(tmpdir(), 'pantau-links-'));
    mkdirSync(join(root, 'docs'));
    writeFileSync(join(root, 'docs', 'guide.md'), '# Guide\n\n## Getting started\n');
    writeFileSync(
      join(root, 'README.md'),
      '[ok](docs/guide.md#getting-started) [folder](docs/) [gone](docs/nothing.md)\n' +
        '[bad](docs/guide.md#no-such-heading) [up](../elsewhere.md) [web](https://example.org/x.md)\n',
    );
    expect(deadLinks(root, documentationFiles(root)).map((l) => [l.target, l.problem])).toEqual([
      ['docs/nothing.md', 'no such file or folder'],
      ['docs/guide.md#no-such-heading', 'no heading #no-such-heading'],
      ['../elsewhere.md', 'points outside the repository'],
    ]);
    rmSync(root, { recursive: true });
  });
});
