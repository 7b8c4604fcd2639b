/**
 * The shell catalogue against the code of the first paint (the entry chunk and the sign-in page):
 * every key that code can show must be in the shell, or it would render as the bare key; and the
 * shell holds nothing else, or it would weigh on every first load for nothing.
 */
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { messagesEn } from './messages.en';
import { type MessageKey, messagesId } from './messages.id';
import { shellMessagesEn } from './messages.shell.en';
import { shellMessagesId } from './messages.shell.id';

const sources = new Map(
  Object.entries(import.meta.glob<string>('../**/*.{ts,tsx}', { query: '?raw', import: 'default', eager: true })).map(
    ([path, text]) => [new URL(path, 'file:///src/i18n/').pathname, text],
  ),
);

/** Where the first paint of /masuk starts: the entry module, and the sign-in page's chunk. */
const FIRST_PAINT = ['/src/main.tsx', '/src/features/signin/SignInPage.tsx'];
/** Catalogue files: their strings are the text itself, not keys in use. */
const CATALOGUE_FILE = /messages\.(shell\.)?(id|en)\.ts$/;

const allKeys = Object.keys(messagesId) as MessageKey[];

function parse(path: string, text: string): ts.SourceFile {
  return ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
}

/** The module a statement loads at run time; `import type` and `export type` load nothing. */
function runtimeSpecifier(statement: ts.Statement): string | null {
  const loads =
    (ts.isImportDeclaration(statement) && !statement.importClause?.isTypeOnly) ||
    (ts.isExportDeclaration(statement) && !statement.isTypeOnly);
  const specifier = loads ? (statement as ts.ImportDeclaration | ts.ExportDeclaration).moduleSpecifier : undefined;
  return specifier && ts.isStringLiteral(specifier) ? specifier.text : null;
}

function resolveImport(from: string, specifier: string): string | undefined {
  const base = new URL(specifier, `file://${from}`).pathname;
  return ['.ts', '.tsx', '/index.ts', '/index.tsx'].map((ending) => base + ending).find((path) => sources.has(path));
}

/** The source files the first paint loads: its roots and what they import, except `import()` (other chunks). */
function firstPaintFiles(): string[] {
  const seen = new Set<string>();
  const queue = [...FIRST_PAINT];
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    if (seen.has(file)) continue;
    seen.add(file);
    for (const statement of parse(file, sources.get(file) ?? '').statements) {
      const specifier = runtimeSpecifier(statement);
      const resolved = specifier?.startsWith('.') ? resolveImport(file, specifier) : undefined;
      if (resolved) queue.push(resolved);
    }
  }
  return [...seen];
}

/**
 * The message keys a source can show: every string that is a key (in `t()`, a ternary or a map of
 * keys alike), both forms of a plural base (`tn`), and every key under a prefix built at run time
 * (`` `sso.error.${reason}` ``).
 */
function keysUsedIn(source: string): Set<MessageKey> {
  const used = new Set<MessageKey>();
  const add = (key: string) => {
    if (key in messagesId) used.add(key as MessageKey);
  };
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      add(node.text);
      if (`${node.text}.other` in messagesId) for (const form of ['one', 'other']) add(`${node.text}.${form}`);
    } else if (ts.isTemplateExpression(node) && node.head.text.endsWith('.')) {
      for (const key of allKeys) if (key.startsWith(node.head.text)) used.add(key);
    }
    ts.forEachChild(node, visit);
  };
  visit(parse('source.tsx', source));
  return used;
}

const files = firstPaintFiles();
const used = new Set(
  files.filter((file) => !CATALOGUE_FILE.test(file)).flatMap((file) => [...keysUsedIn(sources.get(file) ?? '')]),
);

describe('the shell catalogue', () => {
  it('follows the first paint through run-time imports only, never into a full catalogue', () => {
    expect(files).toEqual(
      expect.arrayContaining([
        '/src/App.tsx',
        '/src/components/SiteHeader.tsx',
        '/src/features/notifications/NotificationBell.tsx',
        '/src/features/signin/SecondStepForm.tsx',
        '/src/i18n/messages.shell.id.ts',
      ]),
    );
    expect(files).not.toContain('/src/features/workspace/WorkspacePage.tsx');
    expect(files).not.toContain('/src/i18n/messages.id.ts');
    expect(files).not.toContain('/src/i18n/messages.en.ts');
  });

  it('reads keys in calls, ternaries, maps, plurals and run-time prefixes', () => {
    const source = `
      const NAV = [{ href: '/', label: 'nav.home' }];
      t(recovery ? 'secondStep.code' : 'secondStep.recoveryCode');
      tn('notifications.bell.label', unread);
      t(\`sso.error.\${reason}\`);
      const className = \`notification\${unread ? ' unread' : ''}\`;`;
    const expected = [
      'nav.home',
      'secondStep.code',
      'secondStep.recoveryCode',
      'notifications.bell.label.one',
      'notifications.bell.label.other',
      ...allKeys.filter((key) => key.startsWith('sso.error.')),
    ];
    expect([...keysUsedIn(source)].sort()).toEqual(expected.sort());
  });

  it('holds every key the frame and the sign-in page can show', () => {
    expect([...used].filter((key) => !(key in shellMessagesId))).toEqual([]);
  });

  it('holds no key they do not use', () => {
    expect(Object.keys(shellMessagesId).filter((key) => !used.has(key as MessageKey))).toEqual([]);
  });

  it('is part of both full catalogues, word for word', () => {
    expect(Object.keys(shellMessagesEn).sort()).toEqual(Object.keys(shellMessagesId).sort());
    for (const [key, text] of Object.entries(shellMessagesId)) {
      expect(messagesId[key as MessageKey], key).toBe(text);
      expect(messagesEn[key as MessageKey], key).toBe(shellMessagesEn[key as keyof typeof shellMessagesEn]);
    }
  });
});
