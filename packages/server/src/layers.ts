/**
 * The layering of the code base as data: which folder may import which. `layers.test.ts` reads the
 * imports of every source file and fails on an import these rules forbid, so the layering holds
 * without anyone watching. Paths are relative to the repository root.
 */

/** A folder and the folders its files must not import from. */
export interface LayerRule {
  folder: string;
  forbidden: string[];
  why: string;
}

const SERVER = 'packages/server/src';

export const LAYER_RULES: LayerRule[] = [
  {
    folder: `${SERVER}/db`,
    forbidden: ['services', 'routes', 'http', 'notifications', 'jobs', 'cli', 'portal', 'documents', 'mail'].map(
      (name) => `${SERVER}/${name}`,
    ),
    why: 'the database layer knows tables and SQL, not the rules or the transport above it',
  },
  {
    folder: `${SERVER}/services`,
    forbidden: [`${SERVER}/routes`, `${SERVER}/http`, `${SERVER}/cli`],
    why: 'services hold rules; HTTP and the command line call them, not the other way round',
  },
  {
    folder: `${SERVER}/routes`,
    forbidden: [`${SERVER}/db/repositories`],
    why: 'routes parse, call one service and answer; SQL is reached through services',
  },
  {
    folder: 'packages/core/src',
    forbidden: ['packages/server', 'packages/web'],
    why: 'the core is pure domain shared by server and web app',
  },
];

/** Bare module names the pure core may import (its own package.json dependencies and Node's crypto). */
export const CORE_ALLOWED_PACKAGES = ['zod', 'diff', 'node:crypto', 'vitest'];

/** One import of one file, with the specifier resolved to a repository path when it is relative. */
export interface ImportEdge {
  from: string;
  specifier: string;
  /** Repository-relative path of the imported file, or null for a package import. */
  resolved: string | null;
}

/** A broken rule: which file imports what, and why that is not allowed. */
export interface LayerViolation {
  from: string;
  imports: string;
  why: string;
}

const inside = (path: string, folder: string) => path === folder || path.startsWith(`${folder}/`);

/** Every import that breaks a layer rule or brings a package into the pure core. */
export function layerViolations(edges: ImportEdge[], rules: LayerRule[] = LAYER_RULES): LayerViolation[] {
  const violations: LayerViolation[] = [];
  for (const edge of edges) {
    if (edge.resolved === null) {
      const bare = edge.specifier.startsWith('@') ? edge.specifier : (edge.specifier.split('/')[0] ?? edge.specifier);
      if (inside(edge.from, 'packages/core/src') && !CORE_ALLOWED_PACKAGES.includes(bare)) {
        violations.push({ from: edge.from, imports: edge.specifier, why: 'the core imports only zod, diff and Node' });
      }
      continue;
    }
    for (const rule of rules) {
      if (!inside(edge.from, rule.folder)) continue;
      const target = edge.resolved;
      if (rule.forbidden.some((folder) => inside(target, folder))) {
        violations.push({ from: edge.from, imports: target, why: rule.why });
      }
    }
  }
  return violations;
}

/** The import specifiers of a TypeScript source text (static, dynamic, re-exports). */
export function importSpecifiers(source: string): string[] {
  const found = new Set<string>();
  const patterns = [
    /\bfrom\s+['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
    /^\s*import\s+['"]([^'"]+)['"]/gm,
  ];
  for (const pattern of patterns) for (const match of source.matchAll(pattern)) found.add(match[1] as string);
  return [...found];
}
