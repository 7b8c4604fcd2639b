/**
 * The portal's pages as plain template functions over the public DTOs (verified data only). No
 * inline script or style: one hashed stylesheet, and one hashed script on the feedback form.
 */
import {
  type FigureSums,
  type feedbackTicketSchema,
  formatImpact,
  formatInstant,
  type GradeDistribution,
  type GradeWeightRule,
  gradeSegments,
  gradeWeightLabel,
  type Headline,
  headlineOf,
  type ImpactFigures,
  PROVINCE_GRID_SIZE,
  PROVINCE_TILES,
  type PublicAksiDto,
  type PublicHeadlineDto,
  type PublicInstitutionDetailDto,
  type PublicInstitutionListDto,
  type PublicQuarterFigures,
  type publicFeedbackItemSchema,
  type publicSearchSchema,
  QUALITY_GRADES,
  rankWithTies,
} from '@pantau/core';
import type { z } from 'zod';
import { publishedSums } from '../services/public/public-headline.service.js';
import type { PublicPublication } from '../services/public/public-publication.service.js';
import type { PublicStory } from '../services/public/public-story.service.js';
import { PORTAL_CSS, PORTAL_JS } from './assets.js';
import { BAND_COLOURS } from './card.js';
import { html, raw, type SafeHtml } from './html.js';
import { formatDate, formatPercent, type PortalLang, portalHref, quarterName, WORDS } from './i18n.js';
import { STORY_WORDS } from './recognition-words.js';
import { feedLinks } from './story-feed.js';
import { storiesOf, storyLinks, storySection } from './story-pages.js';

export type ListItem = PublicInstitutionListDto['items'][number];
type Band = 'baik' | 'cukup' | 'kurang';

interface LayoutOptions {
  lang: PortalLang;
  title: string;
  /** Path of this page without `lang`, for the language switch. */
  path: string;
  query?: Record<string, string | undefined>;
  description?: string;
  /** Absolute URL of the social preview image. */
  image?: string;
  script?: boolean;
  /** Whether the demo dataset is loaded: every page then says so ("DATA CONTOH"). */
  demo?: boolean;
  /** Feeds of this page (`<link rel="alternate">`). */
  feeds?: { href: string; type: string; title: string }[];
}

/** The public site's navigation, the same items as the officials' app header (packages/web SiteHeader). */
const NAV = [
  { href: '/', word: 'home' },
  { href: '/aduan', word: 'feedbackNav' },
  { href: '/katalog', word: 'catalogue' },
  { href: '/instansi', word: 'institutionsNav' },
] as const;

const isCurrent = (href: string, path: string) =>
  href === '/' ? path === '/' : path === href || path.startsWith(`${href}/`);

/**
 * The page frame, the same as the officials' app (shared styles: core design/site-style.ts): skip
 * link, header with the brand, "Masuk" and the language switch, navigation, the demo-data notice
 * while the demo dataset is loaded, main content, footer.
 */
export function layout(options: LayoutOptions, body: SafeHtml): string {
  const { lang, title } = options;
  const w = WORDS[lang];
  const other = lang === 'id' ? 'en' : 'id';
  const description = options.description ?? w.overviewIntro;
  const nav = NAV.map(
    (item) =>
      html`<li><a class="site-nav__link" href="${portalHref(item.href, lang)}"${isCurrent(item.href, options.path) ? raw(' aria-current="page"') : ''}>${w[item.word]}</a></li>`,
  );
  const demo = options.demo
    ? html`<aside class="demo-banner" aria-label="${w.demoBanner}"><p><strong>${w.demoBanner}</strong> <span class="demo-banner__detail">${w.demoDetail}</span></p></aside>`
    : '';
  return `<!doctype html>${html`<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${title} · ${w.brand}</title><meta name="description" content="${description}">
<meta property="og:title" content="${title}"><meta property="og:description" content="${description}"><meta property="og:site_name" content="${w.site}">
${options.image ? html`<meta property="og:image" content="${options.image}"><meta property="og:image:type" content="image/png"><meta property="og:image:width" content="1200"><meta property="og:image:height" content="630"><meta name="twitter:card" content="summary_large_image"><meta name="twitter:image" content="${options.image}">` : ''}
${(options.feeds ?? []).map((f) => html`<link rel="alternate" type="${f.type}" href="${f.href}" title="${f.title}">`)}<link rel="icon" href="/favicon.svg" type="image/svg+xml"><link rel="stylesheet" href="${PORTAL_CSS.path}">${options.script ? html`<script src="${PORTAL_JS.path}" defer></script>` : ''}</head>
<body><a class="skip-link" href="#main">${w.skip}</a><header class="site-header"><div class="site-header__inner"><a class="brand" href="${portalHref('/', lang)}"><img class="brand__mark" src="/favicon.svg" alt="" width="28" height="28"><span class="brand__text"><span class="brand__name">${w.brand}</span><span class="brand__tagline">${w.tagline}</span></span></a>
<div class="site-header__tools"><a class="account__button" id="sign-in" href="/masuk">${w.signIn}</a><a class="lang-switch" href="${portalHref(options.path, other, options.query)}" hreflang="${other}" lang="${other}"><span class="lang-switch__code">${other.toUpperCase()}</span> <span class="lang-switch__name">${w.otherLang}</span></a></div></div>
<nav class="site-nav" aria-label="${w.nav}"><ul class="site-nav__list">${nav}</ul></nav></header>${demo}
<main id="main" class="site-main">${body}</main><footer class="site-footer"><div class="site-footer__inner"><p>${w.footer}</p><p class="site-footer__links"><a href="/api/docs">${w.apiDocs}</a><a href="/api/public/institutions?format=csv">CSV</a><a href="${portalHref('/lacak', lang)}">${w.track}</a><a href="${portalHref('/apresiasi', lang)}">${STORY_WORDS[lang].recognition}</a><a href="${portalHref('/feed.atom', lang)}">${STORY_WORDS[lang].feeds}</a></p></div></footer></body></html>`}`;
}

function bandBadge(band: Band | null, lang: PortalLang): SafeHtml {
  const w = WORDS[lang];
  return html`<span class="band band-${band ?? 'none'}">${band ? w.bands[band] : w.none}</span>`;
}

/** The quarter shown first: the latest with a verified result, else the latest with a target due. */
export function headlineQuarter(quarterSets: PublicQuarterFigures[][]): number | null {
  let verified: number | null = null;
  let due: number | null = null;
  for (const quarters of quarterSets) {
    for (const q of quarters) {
      if (q.verified > 0 && (verified === null || q.quarter > verified)) verified = q.quarter;
      if (q.expected > 0 && (due === null || q.quarter > due)) due = q.quarter;
    }
  }
  return verified ?? due;
}

/** Figures over a set of institutions in one quarter: the core headline of their summed figures. */
export interface Aggregate extends Headline {
  quarter: number;
}

/** The headline of `items` at `quarter`: their sums added, then divided (`headlineOf`). */
export function aggregate(items: readonly ListItem[], quarter: number): Aggregate {
  const sums = items.map((item) => publishedSums(item, quarter)).filter((s): s is FigureSums => s !== undefined);
  return { ...headlineOf(sums), quarter };
}

/** Whether an institution has a verified result in quarters 1..q: only those are banded and ranked. */
export function hasVerifiedResult(item: ListItem, quarter: number): boolean {
  return item.quarters.some((f) => f.quarter <= quarter && f.verified > 0);
}

const figureOf = (item: ListItem, quarter: number | null) =>
  quarter === null ? undefined : item.quarters.find((q) => q.quarter === quarter);

function provinceMap(items: readonly ListItem[], quarter: number | null, names: Map<string, string>, lang: PortalLang) {
  const w = WORDS[lang];
  const cell = 60;
  const gap = 4;
  const { columns, rows } = PROVINCE_GRID_SIZE;
  const tiles = PROVINCE_TILES.map((tile) => {
    const members = items.filter(
      (i) => i.provinceCode === tile.code && i.type !== 'kl' && quarter !== null && hasVerifiedResult(i, quarter),
    );
    const figures = quarter === null || members.length === 0 ? null : aggregate(members, quarter);
    const band = figures?.band ?? null;
    const colour = band ? BAND_COLOURS[band] : BAND_COLOURS.none;
    const name = names.get(tile.code) ?? `${w.province} ${tile.code}`;
    const label = `${tile.abbr} · ${name}: ${w.achievement} ${formatPercent(figures?.achievement ?? null, lang)}${band ? ` (${w.bands[band]})` : ''}`;
    const x = tile.x * (cell + gap);
    const y = tile.y * (cell + gap);
    return html`<a href="${portalHref(`/provinsi/${tile.code}`, lang)}" aria-label="${label}"><title>${label}</title><rect x="${x}" y="${y}" width="${cell}" height="${cell}" rx="6" fill="${colour}"/><text x="${x + cell / 2}" y="${y + cell / 2 + 6}" text-anchor="middle" font-size="18" fill="#fff" font-weight="700">${tile.abbr}</text></a>`;
  });
  const width = columns * (cell + gap);
  const height = rows * (cell + gap);
  return html`<div class="map"><svg viewBox="0 0 ${width} ${height}" role="group" aria-label="${w.map}" font-family="system-ui,sans-serif">${tiles}</svg></div>
<p class="muted">${w.mapHelp} ${(['baik', 'cukup', 'kurang'] as const).map((b) => html`${bandBadge(b, lang)} `)}${bandBadge(null, lang)}</p>`;
}

function rankingTable(items: readonly ListItem[], quarter: number | null, lang: PortalLang, limit = 10) {
  const w = WORDS[lang];
  const ranked = rankWithTies(
    items
      .filter((item) => quarter !== null && hasVerifiedResult(item, quarter))
      .map((item) => ({ item, q: figureOf(item, quarter) })),
    (r) => r.q?.achievement ?? null,
    { tieOrder: (a, b) => a.item.name.localeCompare(b.item.name) },
  )
    .filter((r) => r.rank <= limit)
    .map(({ rank, item }) => ({ rank, ...item }));
  if (!ranked.length) return html`<p>${w.searchNone}</p>`;
  return html`<div class="table" tabindex="0"><table><thead><tr><th scope="col" class="n">${w.rank}</th><th scope="col">${w.name}</th><th scope="col" class="n">${w.achievement}</th><th scope="col">${w.band}</th><th scope="col">${w.lastVerified}</th></tr></thead><tbody>
${ranked.map(({ rank, item, q }) => html`<tr><td class="n">${rank}</td><td><a href="${portalHref(`/instansi/${item.code}`, lang)}">${item.name}</a></td><td class="n">${formatPercent(q?.achievement ?? null, lang)}</td><td>${bandBadge(q?.band ?? null, lang)}</td><td>${formatDate(q?.lastVerifiedAt ?? item.lastVerifiedAt)}</td></tr>`)}
</tbody></table></div>`;
}

/**
 * How the verified reports divide over the quality grades: a stacked bar (decoration) and a legend
 * with every count and share in text. The same markup and classes as the officials' dashboard.
 */
export function gradeBar(grades: GradeDistribution | undefined, lang: PortalLang): SafeHtml {
  const w = WORDS[lang];
  if (!grades || grades.graded === 0)
    return html`<p class="grade-bar__none" data-testid="grade-bar" data-grades="0/0/0">${w.gradesNone}</p>`;
  const segments = gradeSegments(grades).map(
    (g) =>
      html`<rect class="grade--${g.grade}" x="${g.x.toFixed(2)}" y="0" width="${g.width.toFixed(2)}" height="10"/>`,
  );
  return html`<div class="grade-bar" data-testid="grade-bar" data-grades="${grades.administratif}/${grades.terlaksana}/${grades.berdampak}"><svg class="grade-bar__track" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">${segments}</svg><ul class="grade-bar__legend">${QUALITY_GRADES.map((g) => html`<li data-grade="${g}"><span class="grade-bar__key grade--${g}" aria-hidden="true"></span>${w.gradeNames[g]} <strong>${grades[g]}</strong> <span class="muted">(${formatPercent(grades.shares[g], lang)})</span></li>`)}</ul></div>`;
}

/** While the grade-weight rule is on, every achievement shown says so. */
function weightNote(rule: GradeWeightRule | null | undefined, lang: PortalLang) {
  const label = gradeWeightLabel(rule, lang);
  return label
    ? html`<p class="grade-weight-note" data-grade-weight="${rule?.administratif ?? ''}">${WORDS[lang].achievement} ${label}</p>`
    : '';
}

function gradesBlock(grades: GradeDistribution | undefined, lang: PortalLang, quarter?: number | null) {
  const w = WORDS[lang];
  return html`<section class="grades" aria-label="${w.grades}"><h2>${w.grades}${quarter ? ` (${quarterName(quarter, lang)})` : ''}</h2>${gradeBar(grades, lang)}<p class="muted">${w.gradesHelp}</p></section>`;
}

function figuresBlock(a: Aggregate | null, lang: PortalLang, extra: SafeHtml | string = '') {
  const w = WORDS[lang];
  return html`<dl class="figures"><div><dt>${w.achievement}</dt><dd data-figure="achievement">${formatPercent(a?.achievement, lang)}</dd></div><div><dt>${w.compliance}</dt><dd data-figure="on-time-rate">${formatPercent(a?.rates.onTime, lang)}</dd></div><div><dt>${w.verified}</dt><dd data-figure="verified-rate">${formatPercent(a?.rates.verified, lang)} <span class="muted">(${a?.verified ?? 0} / ${a?.expected ?? 0})</span></dd></div><div><dt>${w.institutionsCounted}</dt><dd data-figure="institutions">${a?.institutions ?? 0}</dd></div>${extra}</dl>`;
}

/** "Dampak tercapai" and "Rata-rata capaian dampak" of the graded quarter, with how many reports were judged. */
function impactFigures(impact: ImpactFigures | undefined, lang: PortalLang) {
  const w = WORDS[lang];
  return html`<div><dt>${w.impactReached}</dt><dd data-figure="impact-reached">${formatPercent(impact?.reachedRate, lang)}</dd></div><div><dt>${w.impactShare}</dt><dd><span data-figure="impact-share">${formatPercent(impact?.meanShare, lang)}</span> <span class="muted">(${impact?.judged ?? 0} ${w.impactNote})</span></dd></div>`;
}

/** The quarter still in progress, as progress: what is verified so far, never a grade. */
function progressNote(headline: PublicHeadlineDto, lang: PortalLang) {
  const w = WORDS[lang];
  const q = headline.quarters.find((f) => f.quarter === headline.inProgress);
  if (!q) return '';
  return html`<p class="progress" data-progress-quarter="${q.quarter}"><strong>${quarterName(q.quarter, lang)} ${w.inProgressLead}:</strong> ${q.verified} / ${q.expected} ${w.inProgressVerified} (${formatPercent(q.verifiedRate, lang)}), ${q.onTime} / ${q.expected} ${w.inProgressOnTime} (${formatPercent(q.onTimeRate, lang)}), ${w.inProgressCountedAt} <span data-counted-at="${headline.countedAt}">${formatInstant(headline.countedAt, lang, { month: 'short' })}</span>. ${w.inProgressNotGrade}</p>`;
}

/** Home: the latest quarter whose verification has ended, the one in progress, trend, province map, rankings. */
export function homePage(data: {
  period: string;
  items: ListItem[];
  lang: PortalLang;
  headline: PublicHeadlineDto;
  demo?: boolean;
}): string {
  const { items, lang, headline } = data;
  const w = WORDS[lang];
  const quarter = headline.graded;
  const trend = headline.quarters.filter(
    (q) => quarter === null || q.quarter <= quarter || q.quarter === headline.inProgress,
  );
  const names = new Map(items.filter((i) => i.type === 'provinsi').map((i) => [i.code, i.name]));
  const pemda = items.filter((i) => i.type !== 'kl');
  const kl = items.filter((i) => i.type === 'kl');
  const shown = quarter === null ? null : aggregate(items, quarter);
  const lead =
    quarter === null
      ? html`<p data-graded-quarter="">${w.noGraded}</p>`
      : html`<p data-graded-quarter="${quarter}"><strong>${w.gradedLead}: ${quarterName(quarter, lang)}</strong> (${w.period} ${data.period}; ${w.gradedNote}), ${w.lastVerifiedLead} <span id="last-verified">${formatDate(headline.lastVerifiedAt)}</span>.</p>`;
  const body = html`<h1>${w.overviewTitle}</h1><p>${w.overviewIntro}</p>${lead}
${figuresBlock(shown, lang, impactFigures(headline.quarters.find((q) => q.quarter === quarter)?.impact, lang))}
${weightNote(headline.gradeWeight, lang)}
${gradesBlock(shown?.grades, lang, quarter)}
${progressNote(headline, lang)}
${searchForm('', lang)}
<p class="downloads"><a href="${portalHref('/aduan', lang)}">${w.formTitle}</a><a id="recognition-link" href="${portalHref('/apresiasi', lang)}">${STORY_WORDS[lang].recognitionTitle}</a><a href="/program">${w.programme}</a><a href="/api/public/institutions?format=csv" download>${w.openData} (CSV)</a><a href="/api/docs">${w.apiDocs}</a></p>
<h2>${w.trend}</h2><div class="table" tabindex="0"><table><thead><tr><th scope="col">${w.quarter}</th><th scope="col" class="n">${w.achievement}</th><th scope="col" class="n">${w.compliance}</th><th scope="col" class="n">${w.verified}</th><th scope="col" class="n">${w.expected}</th></tr></thead><tbody>
${trend.map((a) => html`<tr data-quarter="${a.quarter}"><td>${quarterName(a.quarter, lang)}${a.quarter === headline.inProgress ? html` <span class="muted">(${w.inProgressRow})</span>` : ''}</td><td class="n">${a.quarter === headline.inProgress ? '–' : formatPercent(a.achievement, lang)}</td><td class="n">${formatPercent(a.onTimeRate, lang)}</td><td class="n">${formatPercent(a.verifiedRate, lang)} (${a.verified})</td><td class="n">${a.expected}</td></tr>`)}
</tbody></table></div>
<h2>${w.map}</h2>${provinceMap(items, quarter, names, lang)}
<h2>${w.rankings}: ${w.types.provinsi}, ${w.types.kabupaten}, ${w.types.kota}</h2>${rankingTable(pemda, quarter, lang)}
<h2>${w.rankings}: ${w.types.kl}</h2>${rankingTable(kl, quarter, lang)}`;
  return layout({ lang, demo: data.demo, title: w.overviewTitle, path: '/', feeds: feedLinks(lang) }, body);
}

/** One province: its Pemda ranked. */
export function provincePage(data: {
  code: string;
  items: ListItem[];
  lang: PortalLang;
  quarter: number | null;
  gradeWeight?: GradeWeightRule | null;
  demo?: boolean;
}): string {
  const { items, lang, quarter } = data;
  const w = WORDS[lang];
  const name = items.find((i) => i.type === 'provinsi')?.name ?? `${w.province} ${data.code}`;
  const body = html`<h1>${name}</h1><p data-graded-quarter="${quarter ?? ''}">${quarter === null ? w.noGraded : html`${w.gradedLead}: ${quarterName(quarter, lang)}`}</p>${figuresBlock(quarter === null ? null : aggregate(items, quarter), lang)}
${weightNote(data.gradeWeight, lang)}
${gradesBlock(quarter === null ? undefined : aggregate(items, quarter).grades, lang, quarter)}
<h2>${w.provinceList}</h2>${rankingTable(items, quarter, lang, 1000)}
<p class="downloads"><a href="/api/public/institutions?province=${data.code}&amp;format=csv" download>CSV</a><a href="/api/public/institutions?province=${data.code}&amp;format=xlsx" download>XLSX</a><a href="/api/public/institutions?province=${data.code}&amp;limit=1000">JSON</a></p>`;
  return layout({ lang, demo: data.demo, title: name, path: `/provinsi/${data.code}` }, body);
}

function searchForm(q: string, lang: PortalLang) {
  const w = WORDS[lang];
  return html`<form class="search" action="/cari" method="get" role="search"><label for="q">${w.searchLabel}</label><input id="q" name="q" value="${q}" minlength="2" maxlength="100" required>${lang === 'en' ? html`<input type="hidden" name="lang" value="en">` : ''}<button type="submit">${w.searchButton}</button></form>`;
}

/** Search by institution name or region code (and aksi by code or name). */
export function searchPage(data: {
  q: string;
  result: z.infer<typeof publicSearchSchema> | null;
  lang: PortalLang;
  demo?: boolean;
}) {
  const { lang, result } = data;
  const w = WORDS[lang];
  const results = result
    ? html`<h2>${w.institutions}</h2>${
        result.institutions.length
          ? html`<ul class="plain" id="institution-results">${result.institutions.map((i) => html`<li><a href="${portalHref(`/instansi/${i.code}`, lang)}">${i.name}</a> <span class="muted">(${i.code}, ${w.types[i.type]})</span></li>`)}</ul>`
          : html`<p>${w.searchNone}</p>`
      }<h2>${w.aksi}</h2>${
        result.aksi.length
          ? html`<ul class="plain">${result.aksi.map((a) => html`<li><a href="${portalHref(`/aksi/${a.code}`, lang, { period: a.period })}">${w.aksi} ${a.code}: ${a.name}</a> <span class="muted">(${a.period})</span></li>`)}</ul>`
          : html`<p>${w.searchNone}</p>`
      }`
    : data.q
      ? html`<p>${w.searchShort}</p>`
      : '';
  return layout(
    { lang, demo: data.demo, title: w.searchTitle, path: '/cari', query: { q: data.q } },
    html`<h1>${w.searchTitle}</h1>${searchForm(data.q, lang)}${results}`,
  );
}

type Target = PublicInstitutionDetailDto['targets'][number];

function targetRow(t: Target, lang: PortalLang, stories: readonly PublicStory[] = []) {
  const w = WORDS[lang];
  const v = t.verified;
  return html`<tr><td>${quarterName(t.target.quarter, lang)}</td><td><a href="${portalHref(`/aksi/${t.aksi.code}`, lang)}">${t.aksi.code}</a> · ${t.output.code} ${t.output.name}<br><span class="muted">${t.target.successMeasure}</span></td>
<td class="n">${v ? (v.notApplicable ? w.notApplicable : v.score) : w.notVerified}</td><td>${v ? formatDate(v.verifiedAt) : '–'}</td>
<td>${v?.narrative ?? ''}${v?.impact ? html`<p class="impact" data-impact-share="${v.impact.share ?? ''}"><strong>${w.impact}:</strong> ${v.impact.name}: ${formatImpact(v.impact, lang)}</p>` : ''}${
    v?.evidence.length
      ? html`<ul class="plain">${v.evidence.map((e) => html`<li><a href="${e.downloadUrl ?? e.url ?? '#'}" rel="nofollow noopener">${e.title}</a>${e.checklistItem ? html` <span class="muted">(${e.checklistItem})</span>` : ''}</li>`)}</ul>`
      : ''
  }${v ? storyLinks(stories, lang) : ''}</td></tr>`;
}

type PublishedItem = z.infer<typeof publicFeedbackItemSchema>;

/** Published publications (berita, infografis, video, media sosial) with their link or file. */
function publicationList(items: readonly PublicPublication[], lang: PortalLang) {
  const w = WORDS[lang];
  if (!items.length) return html`<p>${w.noPublications}</p>`;
  return html`<ul class="plain" id="publications">${items.map((p) => {
    const file = p.hasFile ? `/publikasi/${p.id}/berkas` : null;
    const href = p.url ?? file;
    return html`<li>${formatDate(p.publishedOn)} · ${w.publicationKinds[p.kind]}: ${href ? html`<a href="${href}" rel="nofollow noopener">${p.title}</a>` : p.title}${p.url && file ? html` (<a href="${file}">${w.publicationFile}</a>)` : ''}${p.aksi.length ? html` <span class="muted">(${w.aksi} ${p.aksi.join(', ')})</span>` : ''}</li>`;
  })}</ul>`;
}

/** One institution: figures per quarter, targets with verified results and evidence, answered feedback, card, embed. */
export function institutionPage(data: {
  detail: PublicInstitutionDetailDto;
  feedback: PublishedItem[];
  publications: PublicPublication[];
  /** Published stories of the institution, each shown beside the result it tells. */
  stories?: PublicStory[];
  /** The preview card of the headline quarter, as SVG markup built by `renderCardSvg` (escaped there). */
  card: string;
  lang: PortalLang;
  demo?: boolean;
  origin: string;
  quarter: number | null;
}): string {
  const { detail, lang, quarter } = data;
  const w = WORDS[lang];
  const inst = detail.institution;
  const code = inst.code;
  const q = quarter === null ? undefined : detail.quarters.find((f) => f.quarter === quarter);
  const cardQuery = { period: detail.period, quarter: quarter === null ? undefined : String(quarter) };
  const cardPath = `/kartu/${code}.svg`;
  const pngPath = `/kartu/${code}.png`;
  const previewUrl = `${data.origin}${portalHref(pngPath, 'id', { ...cardQuery, size: 'preview' })}`;
  const embedUrl = `${data.origin}/embed/${code}`;
  const api = `/api/public/institutions/${encodeURIComponent(code)}?period=${detail.period}`;
  const body = html`<h1>${inst.name}</h1>
<p class="muted">${w.types[inst.type]} · ${w.code} ${code}${inst.parent ? html` · ${w.parent}: <a href="${portalHref(`/instansi/${inst.parent.code}`, lang)}">${inst.parent.name}</a>` : ''}${inst.provinceCode && inst.type !== 'kl' ? html` · <a href="${portalHref(`/provinsi/${inst.provinceCode}`, lang)}">${w.province} ${inst.provinceCode}</a>` : ''} · ${w.period} ${detail.period}</p>
<dl class="figures" data-graded-quarter="${q?.quarter ?? ''}"><div><dt>${w.achievement}${q ? ` (${quarterName(q.quarter, lang)})` : ''}</dt><dd data-figure="achievement">${formatPercent(q?.achievement, lang)}</dd></div><div><dt>${w.band}</dt><dd>${bandBadge(q?.band ?? null, lang)}</dd></div><div><dt>${w.compliance}</dt><dd data-figure="on-time-rate">${formatPercent(q?.onTimeRate, lang)}</dd></div><div><dt>${w.verified}</dt><dd data-figure="verified-rate">${formatPercent(q?.verifiedRate, lang)} <span class="muted">(${q?.verified ?? 0} / ${q?.expected ?? 0})</span></dd></div><div><dt>${w.lastVerified}</dt><dd id="last-verified">${formatDate(detail.lastVerifiedAt)}</dd></div></dl>
${weightNote(detail.gradeWeight, lang)}
${gradesBlock(q?.grades, lang, q?.quarter)}
<h2>${w.trend}</h2><div class="table" tabindex="0"><table><thead><tr><th scope="col">${w.quarter}</th><th scope="col" class="n">${w.achievement}</th><th scope="col">${w.band}</th><th scope="col" class="n">${w.verified}</th><th scope="col" class="n">${w.expected}</th><th scope="col">${w.grades}</th><th scope="col">${w.lastVerified}</th></tr></thead><tbody>
${detail.quarters.map((f) => html`<tr data-quarter="${f.quarter}"><td>${quarterName(f.quarter, lang)}</td><td class="n">${formatPercent(f.achievement, lang)}</td><td>${bandBadge(f.band, lang)}</td><td class="n">${f.verified}</td><td class="n">${f.expected}</td><td class="grades-cell">${gradeBar(f.grades, lang)}</td><td>${formatDate(f.lastVerifiedAt)}</td></tr>`)}
</tbody></table></div>
<h2>${w.downloads}</h2><p class="downloads"><a id="download-csv" href="${api}&format=csv" download>CSV</a><a href="${api}&format=xlsx" download>XLSX</a><a href="${api}">JSON</a></p>
<h2>${w.targets}</h2><div class="table" tabindex="0"><table><thead><tr><th scope="col">${w.quarter}</th><th scope="col">${w.target}</th><th scope="col" class="n">${w.score}</th><th scope="col">${w.lastVerified}</th><th scope="col">${w.evidence}</th></tr></thead><tbody>
${detail.targets.map((t) => targetRow(t, lang, storiesOf(data.stories ?? [], detail.period, t.target.code)))}</tbody></table></div>
${storySection(data.stories ?? [], lang)}
<h2>${w.answered}</h2>${
    data.feedback.length
      ? data.feedback.map(
          (f) =>
            html`<article class="answer"><p><strong>${w.kinds[f.kind]}</strong> · ${formatDate(f.submittedOn)}</p><p>${f.message}</p><p><strong>${w.answer}</strong> (${formatDate(f.answeredOn)}): ${f.answer}</p></article>`,
        )
      : html`<p>${w.noAnswered}</p>`
  }
<p><a href="${portalHref('/aduan', lang, { instansi: code })}">${w.sendFeedback}</a></p>
<h2>${w.publications}</h2>${publicationList(data.publications, lang)}
<h2>${w.card}</h2><div class="card">${raw(data.card)}</div>
<p class="downloads"><a href="${portalHref(pngPath, 'id', { ...cardQuery, size: 'square' })}" download>PNG 1080×1080</a><a href="${portalHref(pngPath, 'id', { ...cardQuery, size: 'preview' })}" download>PNG 1200×630</a><a href="${portalHref(cardPath, 'id', { ...cardQuery, size: 'square' })}" download>SVG 1080×1080</a><a href="${portalHref(cardPath, 'id', { ...cardQuery, size: 'preview' })}" download>SVG 1200×630</a></p>
<h2>${w.embed}</h2><p>${w.embedHelp} <span class="muted">${w.copyHint}</span></p><pre class="snippet" tabindex="0"><code>${`<iframe src="${embedUrl}" width="600" height="315" style="border:0" title="Pantau: ${inst.name}" loading="lazy"></iframe>`}</code></pre>
<pre class="snippet" tabindex="0"><code>${`<a href="${data.origin}/instansi/${code}"><img src="${data.origin}/kartu/${code}.svg?size=preview" width="600" height="315" alt="Capaian ${inst.name}"></a>`}</code></pre>`;
  return layout(
    {
      lang,
      demo: data.demo,
      title: inst.name,
      path: `/instansi/${code}`,
      description: `${w.achievement} ${inst.name}: ${formatPercent(q?.achievement, lang)}`,
      image: previewUrl,
      feeds: feedLinks(lang, code),
    },
    body,
  );
}

/** One aksi: outputs and targets, verified figures per quarter, verified results. */
export function aksiPage(data: {
  aksi: PublicAksiDto;
  lang: PortalLang;
  demo?: boolean;
  /** Published stories telling results of this aksi. */
  stories?: PublicStory[];
}): string {
  const { aksi, lang } = data;
  const w = WORDS[lang];
  const title = `${w.aksi} ${aksi.aksi.code}: ${aksi.aksi.name}`;
  const api = `/api/public/aksi/${aksi.aksi.code}?period=${aksi.period}`;
  const body = html`<h1>${title}</h1><p class="muted">${aksi.fokus.code} ${aksi.fokus.name} · ${w.period} ${aksi.period}</p>${weightNote(aksi.gradeWeight, lang)}
<h2>${w.trend}</h2><div class="table" tabindex="0"><table><thead><tr><th scope="col">${w.quarter}</th><th scope="col" class="n">${w.achievement}</th><th scope="col" class="n">${w.compliance}</th><th scope="col" class="n">${w.verified}</th><th scope="col" class="n">${w.expected}</th><th scope="col" class="n">${w.institutionsCounted}</th><th scope="col">${w.grades}</th></tr></thead><tbody>
${aksi.quarters.map((q) => html`<tr data-quarter="${q.quarter}"><td>${quarterName(q.quarter, lang)}</td><td class="n" data-figure="achievement">${formatPercent(q.achievement, lang)}</td><td class="n" data-figure="on-time-rate">${formatPercent(q.onTimeRate, lang)}</td><td class="n" data-figure="verified-rate">${formatPercent(q.verifiedRate, lang)} <span class="muted">(${q.verified})</span></td><td class="n">${q.expected}</td><td class="n" data-figure="institutions">${q.institutions}</td><td class="grades-cell">${gradeBar(q.grades, lang)}</td></tr>`)}</tbody></table></div>
<p class="muted">${w.gradesHelp}</p>
<h2>${w.outputs}</h2>${aksi.outputs.map(
    (o) =>
      html`<h3>${o.code} ${o.name}</h3><p class="muted">${w.institutions}: ${o.institutionCount}</p><ul class="plain">${o.targets.map((t) => html`<li>${quarterName(t.quarter, lang)}: ${t.successMeasure}</li>`)}</ul>`,
  )}
<h2>${w.downloads}</h2><p class="downloads"><a href="${api}&format=csv" download>CSV</a><a href="${api}&format=xlsx" download>XLSX</a><a href="${api}">JSON</a></p>
<h2>${w.results} (${aksi.total})</h2><div class="table" tabindex="0"><table><thead><tr><th scope="col">${w.institutions}</th><th scope="col">${w.target}</th><th scope="col" class="n">${w.score}</th><th scope="col">${w.impact}</th><th scope="col">${w.lastVerified}</th></tr></thead><tbody>
${aksi.results.map((r) => html`<tr><td><a href="${portalHref(`/instansi/${r.institution.code}`, lang)}">${r.institution.name}</a></td><td>${r.targetCode} (${quarterName(r.quarter, lang)})</td><td class="n">${r.notApplicable ? w.notApplicable : r.score}</td><td>${r.impact ? html`<span class="impact" data-impact-share="${r.impact.share ?? ''}">${formatImpact(r.impact, lang)}</span>` : '–'}</td><td>${formatDate(r.verifiedAt)}${storyLinks(storiesOf(data.stories ?? [], aksi.period, r.targetCode, r.institution.code), lang)}</td></tr>`)}</tbody></table></div>
${storySection(data.stories ?? [], lang, true)}`;
  return layout(
    {
      lang,
      demo: data.demo,
      title,
      path: `/aksi/${aksi.aksi.code}`,
      query: { period: aksi.period },
      feeds: feedLinks(lang),
    },
    body,
  );
}

/** An institution the feedback form offers by name, with its code beside it. */
export interface FormInstitution {
  code: string;
  name: string;
}

/** How the form's list shows an institution, and how the server reads it back: "Kota Semarang (33.74)". */
export const institutionEntry = (i: FormInstitution) => `${i.name} (${i.code})`;

/**
 * The feedback form. The institution is found by name: a native list (`datalist`) of every
 * institution with its code beside the name, no script needed to choose; the server reads a name,
 * a code or both. The hashed script solves the proof of work, posts to the feedback API and marks
 * a refused field with the server's message in the sender's language.
 */
export function feedbackFormPage(data: {
  institution: string;
  institutions: readonly FormInstitution[];
  lang: PortalLang;
  demo?: boolean;
}): string {
  const { lang } = data;
  const w = WORDS[lang];
  const chosen = data.institutions.find((i) => i.code === data.institution.toUpperCase());
  const value = chosen ? institutionEntry(chosen) : data.institution;
  const body = html`<h1>${w.formTitle}</h1><p>${w.formIntro}</p><p><a href="${portalHref('/lacak', lang)}">${w.trackLink}</a></p><noscript><p>${w.needsScript}</p></noscript>
<form id="feedback-form" method="post" action="/aduan" novalidate data-working="${w.working}" data-failed="${w.failed}" data-follow-up="${portalHref('/aduan/TICKET', lang)}">
<div class="field"><label for="kind">${w.kind}</label><select id="kind" name="kind"><option value="usulan">${w.kinds.usulan}</option><option value="pengaduan">${w.kinds.pengaduan}</option></select></div>
<div class="field"><label for="institution">${w.institutionName}</label><span class="hint" id="institution-hint">${w.institutionHint}</span><input id="institution" name="institution" list="institution-list" required maxlength="200" autocomplete="off" aria-describedby="institution-hint" value="${value}"><datalist id="institution-list">${data.institutions.map((i) => html`<option value="${institutionEntry(i)}"></option>`)}</datalist></div>
<div class="field"><label for="message">${w.message}</label><textarea id="message" name="message" required minlength="20" maxlength="5000"></textarea></div>
<div class="field"><label for="name">${w.yourName}</label><input id="name" name="name" maxlength="120" autocomplete="name"></div>
<div class="field"><label for="email">${w.email}</label><input id="email" name="email" type="email" maxlength="200" autocomplete="email"></div>
<div class="field"><label for="phone">${w.phone}</label><input id="phone" name="phone" type="tel" maxlength="20" autocomplete="tel"></div>
<div class="hp" aria-hidden="true"><label for="website">${w.honeypot}</label><input id="website" name="website" tabindex="-1" autocomplete="off"></div>
<button type="submit">${w.submit}</button><p id="feedback-status" role="status" aria-live="polite"></p></form>`;
  return layout(
    { lang, demo: data.demo, title: w.formTitle, path: '/aduan', query: { instansi: data.institution }, script: true },
    body,
  );
}

/** Follow-up by ticket: status, dates and the answer; never the sender. */
export function trackPage(data: {
  lang: PortalLang;
  demo?: boolean;
  ticket: string;
  view: z.infer<typeof feedbackTicketSchema> | null;
  notFound?: boolean;
}): string {
  const { lang, view } = data;
  const w = WORDS[lang];
  const form = html`<form class="search" action="/lacak" method="get"><label for="tiket">${w.ticketLabel}</label><input id="tiket" name="tiket" value="${data.ticket}" required minlength="12" maxlength="40">${lang === 'en' ? html`<input type="hidden" name="lang" value="en">` : ''}<button type="submit">${w.trackButton}</button></form>`;
  const details = view
    ? html`<dl class="figures"><div><dt>${w.status}</dt><dd id="ticket-status">${w.statuses[view.status]}</dd></div><div><dt>${w.institutions}</dt><dd>${view.institution.name}</dd></div><div><dt>${w.submittedAt}</dt><dd>${formatDate(view.submittedAt)}</dd></div><div><dt>${w.dueOn}</dt><dd>${formatDate(view.dueOn)}</dd></div></dl>
${view.rejectionReason ? html`<p><strong>${w.rejectionReason}:</strong> ${view.rejectionReason}</p>` : ''}
${view.answer ? html`<h2>${w.answer} (${formatDate(view.answeredAt)})</h2><div class="answer" id="ticket-answer">${view.answer}</div>${view.published ? html`<p class="muted">${w.published}</p>` : ''}` : ''}`
    : data.notFound
      ? html`<p role="alert">${w.notFound}: ${data.ticket}</p>`
      : '';
  const title = view ? `${w.ticketTitle} ${view.ticket}` : w.track;
  return layout(
    { lang, demo: data.demo, title, path: view ? `/aduan/${view.ticket}` : '/lacak' },
    html`<h1>${title}</h1>${form}${details}`,
  );
}

/** A page for errors (404 and the like); a page not found offers the search. */
export function errorPage(data: { lang: PortalLang; demo?: boolean; message: string; search?: boolean }): string {
  const w = WORDS[data.lang];
  return layout(
    { lang: data.lang, demo: data.demo, title: w.notFound, path: '/' },
    html`<h1>${w.notFound}</h1><p>${data.message}</p>${data.search ? searchForm('', data.lang) : ''}<p><a href="${portalHref('/', data.lang)}">${w.home}</a></p>`,
  );
}

/** The embeddable widget: the card image linking to the institution's page. */
export function embedPage(data: {
  code: string;
  name: string;
  origin: string;
  query: Record<string, string | undefined>;
}) {
  const src = portalHref(`/kartu/${data.code}.svg`, 'id', { ...data.query, size: 'preview' });
  return `<!doctype html>${html`<html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>Pantau: ${data.name}</title><link rel="stylesheet" href="${PORTAL_CSS.path}"></head><body><a href="${data.origin}/instansi/${data.code}" target="_blank" rel="noopener"><img class="card-img" src="${src}" width="1200" height="630" alt="Capaian ${data.name}"></a></body></html>`}`;
}
