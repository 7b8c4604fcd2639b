/**
 * Checking the API coverage list against the code: the operations of the OpenAPI document, and
 * whether the screens' source mentions an operation's path — through the typed client
 * (`'/api/reports/{id}'`), a template string (`` `/api/reports/${id}` ``) or a link.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { samePattern } from './route-pattern';

const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Where screens live: the web app, and the server-rendered public pages. */
const SCREEN_SOURCES = ['packages/web/src', 'packages/server/src/portal'];
/** Generated or test files, which mention every path without using any. */
const NOT_SCREENS = /(schema\.d\.ts|openapi\.json|\.test\.tsx?)$/;

/** `GET /api/reports/{id}`, as the coverage list names operations. */
export type OperationName = `${'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'} /api/${string}`;

/** The operations of an OpenAPI document, as `METHOD path`. */
export function operationsOf(document: { paths: Record<string, Record<string, unknown>> }): OperationName[] {
  const methods = ['get', 'post', 'put', 'patch', 'delete'];
  return Object.entries(document.paths).flatMap(([path, item]) =>
    Object.keys(item)
      .filter((method) => methods.includes(method))
      .map((method) => `${method.toUpperCase()} ${path}` as OperationName),
  );
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whether `source` mentions the OpenAPI `path` (its `{parameters}` written any way), and not only a longer path. */
export function operationUsedIn(path: string, source: string): boolean {
  const parameter = String.raw`(?:\{\w+\}|\$\{[^}]*\}|[^/'"\x60?#\s{}$])+`;
  const pattern = path
    .split(/(\{[^}]+\})/)
    .map((part) => (part.startsWith('{') ? parameter : escapeRegExp(part)))
    .join('');
  return new RegExp(`${pattern}(?=['"\\x60?#\\s]|$)`, 'm').test(source);
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(entry.name) && !NOT_SCREENS.test(entry.name) ? [path] : [];
  });
}

/** The source of every screen, as one text to search. */
export function screenSource(): string {
  return SCREEN_SOURCES.flatMap((dir) => sourceFiles(join(REPO_ROOT, dir)))
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n');
}

/** Whether the crawl reached a page of the route `screen`. */
export function routeUsed(screen: string, reached: Iterable<string>): boolean {
  return [...reached].some((pattern) => samePattern(screen, pattern.split('?')[0] ?? pattern));
}
