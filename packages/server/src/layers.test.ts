import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type ImportEdge, importSpecifiers, layerViolations } from './layers.js';

const repository = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

function sourceFiles(folder: string): string[] {
  return readdirSync(join(repository, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name))
    .map((entry) => relative(repository, join(entry.parentPath, entry.name)));
}

function importsOf(file: string): ImportEdge[] {
  return importSpecifiers(readFileSync(join(repository, file), 'utf8')).map((specifier) => ({
    from: file,
    specifier,
    resolved: specifier.startsWith('.')
      ? relative(repository, resolve(repository, dirname(file), specifier)).replace(/\.js$/, '.ts')
      : null,
  }));
}

describe('layers', () => {
  it('no source file imports across a layer the rules forbid (tests may reach any layer to set up data)', () => {
    const files = [...sourceFiles('packages/server/src'), ...sourceFiles('packages/core/src')];
    expect(files.length).toBeGreaterThan(300);
    expect(layerViolations(files.flatMap(importsOf))).toEqual([]);
  });

  it('flags a repository importing a service, a service importing HTTP code and a package in the core', () => {
    const edges: ImportEdge[] = [
      {
        from: 'packages/server/src/db/repositories/report.repository.ts',
        specifier: '../../services/reports/report.service.js',
        resolved: 'packages/server/src/services/reports/report.service.ts',
      },
      {
        from: 'packages/server/src/services/public/public-tables.ts',
        specifier: '../../http/file-reply.js',
        resolved: 'packages/server/src/http/file-reply.ts',
      },
      { from: 'packages/core/src/reports.ts', specifier: 'kysely', resolved: null },
      {
        from: 'packages/server/src/services/reports/report.service.ts',
        specifier: '../../db/repositories/report.repository.js',
        resolved: 'packages/server/src/db/repositories/report.repository.ts',
      },
      { from: 'packages/core/src/reports.ts', specifier: 'zod', resolved: null },
    ];
    expect(layerViolations(edges).map((violation) => violation.from)).toEqual([
      'packages/server/src/db/repositories/report.repository.ts',
      'packages/server/src/services/public/public-tables.ts',
      'packages/core/src/reports.ts',
    ]);
  });

  it('reads static, dynamic and side-effect imports', () => {
    const source = "import a from './a.js';\nexport { b } from '../b.js';\nimport './c.js';\nawait import('./d.js');";
    expect(importSpecifiers(source).sort()).toEqual(['../b.js', './a.js', './c.js', './d.js']);
  });
});
