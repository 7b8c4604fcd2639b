/**
 * The relative links of the documentation (README.md and docs/**): where each points and whether
 * the file, folder and heading it names exist. `doc-links.test.ts` fails on a link that leads
 * nowhere, so moving or renaming a page cannot leave dead links behind. No network: web links are
 * not followed.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/** One link of one Markdown file. */
export interface DocLink {
  /** Repository-relative path of the file holding the link. */
  from: string;
  line: number;
  target: string;
}

/** A link that leads nowhere, and why. */
export interface DeadLink extends DocLink {
  problem: string;
}

const LINK = /!?\[(?:[^\]`]|`[^`]*`)*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g;
const REFERENCE = /^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s+"[^"]*")?\s*$/;
const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

/** The Markdown text with fenced code blocks and inline code blanked (their "links" are examples). */
function withoutCode(markdown: string): string[] {
  let fence: string | null = null;
  return markdown.split('\n').map((line) => {
    const marker = /^\s{0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence !== null) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length) fence = null;
      return '';
    }
    if (marker) {
      fence = marker;
      return '';
    }
    return line.replace(/(`+)[^`]*?\1/g, (code) => ' '.repeat(code.length));
  });
}

/** Every link of a Markdown file, with its line. */
export function linksOf(from: string, markdown: string): DocLink[] {
  const links: DocLink[] = [];
  withoutCode(markdown).forEach((text, index) => {
    for (const match of text.matchAll(LINK)) links.push({ from, line: index + 1, target: match[1] as string });
    const reference = REFERENCE.exec(text);
    if (reference) links.push({ from, line: index + 1, target: reference[1] as string });
  });
  return links;
}

/** GitHub's anchor for a heading text: lower case, punctuation dropped, spaces as hyphens. */
export function headingSlug(heading: string): string {
  return heading
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[`*_~]/g, (char) => (char === '_' ? '_' : ''))
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\s_-]/gu, '')
    .replace(/\s/g, '-');
}

/** The anchors a Markdown file offers: one per heading (repeats get -1, -2…) and explicit ids. */
export function anchorsOf(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  for (const line of withoutCode(markdown)) {
    const heading = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(line)?.[1];
    if (heading !== undefined) {
      const slug = headingSlug(heading);
      const count = seen.get(slug) ?? 0;
      seen.set(slug, count + 1);
      anchors.add(count === 0 ? slug : `${slug}-${count}`);
    }
    for (const id of line.matchAll(/<a\s+(?:id|name)="([^"]+)"/g)) anchors.add(id[1] as string);
  }
  return anchors;
}

/** README.md and every Markdown file under docs/, repository-relative. */
export function documentationFiles(repository: string): string[] {
  const docs = readdirSync(join(repository, 'docs'), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md'))
    .map((entry) => relative(repository, join(entry.parentPath, entry.name)));
  return ['README.md', ...docs.sort()];
}

/** Every relative link of `files` whose file, folder or heading does not exist. */
export function deadLinks(repository: string, files: string[]): DeadLink[] {
  const anchorCache = new Map<string, Set<string>>();
  const anchors = (path: string) => {
    let set = anchorCache.get(path);
    if (!set) {
      set = anchorsOf(readFileSync(path, 'utf8'));
      anchorCache.set(path, set);
    }
    return set;
  };
  const dead: DeadLink[] = [];
  for (const file of files) {
    const source = join(repository, file);
    for (const link of linksOf(file, readFileSync(source, 'utf8'))) {
      if (EXTERNAL.test(link.target)) continue;
      const [rawPath = '', fragment] = link.target.split('#', 2);
      const path = decodeURIComponent(rawPath);
      const target = path === '' ? source : resolve(dirname(source), path);
      if (!relative(repository, target) || relative(repository, target).startsWith('..')) {
        dead.push({ ...link, problem: 'points outside the repository' });
      } else if (!existsSync(target)) {
        dead.push({ ...link, problem: 'no such file or folder' });
      } else if (fragment && target.endsWith('.md') && statSync(target).isFile()) {
        if (!anchors(target).has(decodeURIComponent(fragment)))
          dead.push({ ...link, problem: `no heading #${fragment}` });
      }
    }
  }
  return dead;
}

const CODE_REFERENCE = /\bdocs\/[\w./-]+\.md(?:#[\w-]+)?/g;

/** Every `docs/….md#anchor` named in the source files under `folders` (code comments point there). */
export function codeReferences(repository: string, folders: string[]): DocLink[] {
  const links: DocLink[] = [];
  for (const folder of folders) {
    for (const entry of readdirSync(join(repository, folder), { recursive: true, withFileTypes: true })) {
      if (!entry.isFile() || !/\.(?:ts|tsx|mjs|sh)$/.test(entry.name) || entry.name.includes('.test.')) continue;
      const file = relative(repository, join(entry.parentPath, entry.name));
      readFileSync(join(repository, file), 'utf8')
        .split('\n')
        .forEach((text, index) => {
          for (const match of text.matchAll(CODE_REFERENCE))
            links.push({ from: file, line: index + 1, target: match[0] });
        });
    }
  }
  return links;
}

/** The code references whose page or heading does not exist (paths are from the repository root). */
export function deadCodeReferences(repository: string, links: DocLink[]): DeadLink[] {
  const dead: DeadLink[] = [];
  for (const link of links) {
    const [path = '', fragment] = link.target.split('#', 2);
    const target = join(repository, path);
    if (!existsSync(target)) dead.push({ ...link, problem: 'no such file' });
    else if (fragment && !anchorsOf(readFileSync(target, 'utf8')).has(fragment)) {
      dead.push({ ...link, problem: `no heading #${fragment}` });
    }
  }
  return dead;
}
