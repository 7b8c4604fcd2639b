/**
 * Stories on the portal: a story beside the verified result it tells (institution and aksi pages)
 * and its own page, with the evidence the institution made public, the quality grade and the
 * impact value as stored.
 */
import type { PublicStory, PublicStoryResult } from '../services/public/public-story.service.js';
import { html, type SafeHtml } from './html.js';
import { formatDate, type PortalLang, portalHref, quarterName, WORDS } from './i18n.js';
import { layout } from './pages.js';
import { STORY_WORDS } from './recognition-words.js';
import { feedLinks } from './story-feed.js';

/** The facts of a verified result: target, score, grade, impact. */
function resultFacts(r: PublicStoryResult, lang: PortalLang): SafeHtml {
  const w = WORDS[lang];
  const s = STORY_WORDS[lang];
  return html`<dl class="figures story-result"><div><dt>${w.target}</dt><dd>${r.target} · ${quarterName(r.quarter, lang)}</dd></div><div><dt>${s.score}</dt><dd data-figure="score">${r.score === null ? w.notApplicable : r.score}</dd></div><div><dt>${s.grade}</dt><dd data-figure="grade">${r.qualityGrade ? s.grades[r.qualityGrade] : '–'}</dd></div>${
    r.impact
      ? html`<div><dt>${s.impact}</dt><dd data-figure="impact">${r.impact.name}: ${r.impact.value ?? '–'} ${r.impact.unit} <span class="muted">(${s.baseline} ${r.impact.baseline})</span></dd></div>`
      : ''
  }<div><dt>${w.lastVerified}</dt><dd>${formatDate(r.verifiedAt)}</dd></div></dl>`;
}

/** A story as a short entry: title linking to its page, date, summary and the result it tells. */
export function storyEntry(story: PublicStory, lang: PortalLang, showInstitution = false): SafeHtml {
  const w = WORDS[lang];
  const s = STORY_WORDS[lang];
  const r = story.result;
  return html`<article class="answer story" data-story="${story.id}"><p><strong><a href="${portalHref(`/cerita/${story.id}`, lang)}">${story.title}</a></strong> <span class="muted">· ${w.publicationKinds[story.kind]} · ${formatDate(story.publishedOn)}${showInstitution ? html` · ${story.institution.name}` : ''}</span></p>${story.summary ? html`<p>${story.summary}</p>` : ''}${
    r
      ? html`<p class="muted">${s.verifiedResult}: ${r.target} (${quarterName(r.quarter, lang)}) · ${s.score} ${r.score === null ? w.notApplicable : r.score}${r.qualityGrade ? html` · ${s.grade} ${s.grades[r.qualityGrade]}` : ''}</p>`
      : ''
  }</article>`;
}

/** The stories section of an institution or aksi page. */
export function storySection(stories: readonly PublicStory[], lang: PortalLang, showInstitution = false): SafeHtml {
  const s = STORY_WORDS[lang];
  return html`<h2 id="stories">${s.stories}</h2>${
    stories.length
      ? html`<div id="story-list">${stories.map((story) => storyEntry(story, lang, showInstitution))}</div>`
      : html`<p>${s.noStories}</p>`
  }`;
}

/** Links to the stories that tell one result, for the table row of that result. */
export function storyLinks(stories: readonly PublicStory[], lang: PortalLang): SafeHtml | string {
  if (!stories.length) return '';
  const s = STORY_WORDS[lang];
  return html`<p class="story-links">${stories.map((story) => html`<a href="${portalHref(`/cerita/${story.id}`, lang)}">${s.readStory}: ${story.title}</a> `)}</p>`;
}

/** Stories telling the result of `target` in `period` (optionally of one institution). */
export function storiesOf(
  stories: readonly PublicStory[],
  period: string,
  target: string,
  institutionCode?: string,
): PublicStory[] {
  return stories.filter(
    (story) =>
      story.result?.period === period &&
      story.result.target === target &&
      (institutionCode === undefined || story.institution.code === institutionCode),
  );
}

/** A story's own page. */
export function storyPage(data: { story: PublicStory; lang: PortalLang; demo?: boolean }): string {
  const { story, lang } = data;
  const w = WORDS[lang];
  const s = STORY_WORDS[lang];
  const r = story.result;
  const file = story.hasFile ? `/publikasi/${story.id}/berkas` : null;
  const body = html`<p class="muted">${s.storyOf} <a href="${portalHref(`/instansi/${story.institution.code}`, lang)}">${story.institution.name}</a> · ${w.publicationKinds[story.kind]} · ${formatDate(story.publishedOn)}</p>
<h1>${story.title}</h1>${story.summary ? html`<p class="lead">${story.summary}</p>` : ''}
${story.url || file ? html`<p class="downloads">${story.url ? html`<a href="${story.url}" rel="nofollow noopener">${s.source}</a>` : ''}${file ? html`<a href="${file}">${w.publicationFile}</a>` : ''}</p>` : ''}
<h2>${s.verifiedResult}</h2>${
    r
      ? html`<p><a href="${portalHref(`/aksi/${r.aksi.code}`, lang, { period: r.period })}">${w.aksi} ${r.aksi.code}: ${r.aksi.name}</a> · ${r.output.code} ${r.output.name}</p><p class="muted">${r.successMeasure}</p>${resultFacts(r, lang)}
<h3>${s.publicEvidence}</h3>${
          r.evidence.length
            ? html`<ul class="plain" id="story-evidence">${r.evidence.map((e) => html`<li><a href="${e.href}" rel="nofollow noopener">${e.title}</a></li>`)}</ul>`
            : html`<p>${s.noPublicEvidence}</p>`
        }`
      : html`<p>${s.resultWithdrawn}</p>`
  }`;
  return layout(
    {
      lang,
      demo: data.demo,
      title: story.title,
      path: `/cerita/${story.id}`,
      description: story.summary ?? story.title,
      feeds: feedLinks(lang, story.institution.code),
    },
    body,
  );
}
