/**
 * The feeds of the public site (issue #18): published stories and newly verified results, for the
 * nation or one institution. Ids are stable: a story's is its permanent page address
 * (`/cerita/:id`), a result's a tag: URI on the site's host naming the report
 * (`tag:host,2019:hasil/123`); re-verifying a report updates its entry, never adds another.
 * Hosts come from PANTAU_PUBLIC_URL, so ids stay the same behind any proxy.
 */
import type { QualityGrade } from '@pantau/core';
import type { PublicStory, VerifiedResultItem } from '../services/public/public-story.service.js';
import type { FeedDocument, FeedItem } from './feeds.js';
import { type PortalLang, portalHref, quarterName, WORDS } from './i18n.js';
import { STORY_WORDS } from './recognition-words.js';

/** How many entries a feed carries. */
export const FEED_SIZE = 50;

/** The line that states a verified result: target, quarter, score and grade. */
export function resultLine(
  result: { target: string; quarter: number; score: number | null; qualityGrade: QualityGrade | null },
  lang: PortalLang,
): string {
  const w = WORDS[lang];
  const s = STORY_WORDS[lang];
  const score = result.score === null ? w.notApplicable : String(result.score);
  const grade = result.qualityGrade ? `, ${s.grade.toLowerCase()} ${s.grades[result.qualityGrade]}` : '';
  return `${result.target} (${quarterName(result.quarter, lang)}): ${s.score.toLowerCase()} ${score}${grade}`;
}

function storyItem(story: PublicStory, origin: string, lang: PortalLang): FeedItem {
  const s = STORY_WORDS[lang];
  const r = story.result;
  const parts = [story.summary ?? ''];
  if (r) {
    parts.push(`${s.verifiedResult}: ${resultLine(r, lang)}.`);
    if (r.impact)
      parts.push(
        `${s.impact}: ${r.impact.name} ${r.impact.value ?? '–'} ${r.impact.unit} (${s.baseline} ${r.impact.baseline}).`,
      );
  }
  if (story.url) parts.push(`${s.source}: ${story.url}`);
  return {
    id: `${origin}/cerita/${story.id}`,
    url: `${origin}${portalHref(`/cerita/${story.id}`, lang)}`,
    title: story.title,
    text: parts.filter(Boolean).join(' '),
    updated: story.publishedAt,
    published: story.publishedAt,
    author: story.institution.name,
    tags: ['cerita', story.kind, ...(r ? [`aksi-${r.aksi.code}`] : [])],
  };
}

function resultItem(result: VerifiedResultItem, origin: string, host: string, lang: PortalLang): FeedItem {
  const s = STORY_WORDS[lang];
  return {
    id: `tag:${host},2019:hasil/${result.reportId}`,
    url: `${origin}${portalHref(`/instansi/${result.institution.code}`, lang, { period: result.period })}`,
    title: `${s.feedResult}: ${result.institution.name} · ${result.target}`,
    text: `${result.aksi.code} ${result.aksi.name} · ${result.outputName}. ${result.successMeasure}. ${resultLine(result, lang)}. ${result.period}.`,
    updated: result.verifiedAt,
    author: result.institution.name,
    tags: ['hasil-terverifikasi', `aksi-${result.aksi.code}`],
  };
}

/** The feed of the nation (no institution) or of one institution. */
export function storyFeed(data: {
  origin: string;
  lang: PortalLang;
  institution: { code: string; name: string } | null;
  stories: readonly PublicStory[];
  results: readonly VerifiedResultItem[];
  /** When there is no entry: the feed's updated time. */
  fallbackUpdated: string;
}): FeedDocument {
  const { origin, lang, institution } = data;
  const host = new URL(origin).hostname;
  const s = STORY_WORDS[lang];
  const items = [
    ...data.stories.map((story) => storyItem(story, origin, lang)),
    ...data.results.map((result) => resultItem(result, origin, host, lang)),
  ]
    .sort((a, b) => (a.updated < b.updated ? 1 : a.updated > b.updated ? -1 : a.id.localeCompare(b.id)))
    .slice(0, FEED_SIZE);
  const base = institution ? `/instansi/${institution.code}` : '';
  return {
    id: `tag:${host},2019:umpan${institution ? `/instansi/${institution.code}` : ''}`,
    title: institution ? `${s.feedTitleOf} · ${institution.name}` : s.feedTitle,
    homeUrl: `${origin}${portalHref(base || '/', lang)}`,
    atomUrl: `${origin}${portalHref(`${base}/feed.atom`, lang)}`,
    jsonUrl: `${origin}${portalHref(`${base}/feed.json`, lang)}`,
    language: lang,
    updated: items[0]?.updated ?? data.fallbackUpdated,
    items,
  };
}

/** `<link rel="alternate">` entries of a page's feeds. */
export function feedLinks(lang: PortalLang, institutionCode?: string) {
  const s = STORY_WORDS[lang];
  const base = institutionCode ? `/instansi/${institutionCode}` : '';
  return [
    { href: portalHref(`${base}/feed.atom`, lang), type: 'application/atom+xml', title: s.feedAtom },
    { href: portalHref(`${base}/feed.json`, lang), type: 'application/feed+json', title: s.feedJson },
  ];
}
