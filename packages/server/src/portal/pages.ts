/**
 * The portal's pages as plain template functions over the public DTOs (verified data only). No
 * inline script or style: one hashed stylesheet, and one hashed script on the feedback form.
 */
import {
  bandOf,
  type feedbackTicketSchema,
  PROVINCE_GRID_SIZE,
  PROVINCE_TILES,
  type PublicAksiDto,
  type PublicInstitutionDetailDto,
  type PublicInstitutionListDto,
  type PublicQuarterFigures,
  type publicFeedbackItemSchema,
  type publicSearchSchema,
} from '@pantau/core';
import type { z } from 'zod';
import type { PublicPublication } from '../services/public/public-publication.service.js';
import { PORTAL_CSS, PORTAL_JS } from './assets.js';
import { BAND_COLOURS } from './card.js';
import { html, raw, type SafeHtml } from './html.js';
import { formatDate, formatPercent, type PortalLang, portalHref, quarterName, WORDS } from './i18n.js';

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
}

/** The page frame: header with navigation and language switch, main content, footer. */
export function layout(options: LayoutOptions, body: SafeHtml): string {
  const { lang, title } = options;
  const w = WORDS[lang];
  const other = lang === 'id' ? 'en' : 'id';
  const description = options.description ?? w.overviewIntro;
  return `<!doctype html>${html`<html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${title} · ${w.brand}</title><meta name="description" content="${description}">
<meta property="og:title" content="${title}"><meta property="og:description" content="${description}"><meta property="og:site_name" content="${w.site}">
${options.image ? html`<meta property="og:image" content="${options.image}"><meta property="og:image:type" content="image/png"><meta property="og:image:width" content="1200"><meta property="og:image:height" content="630"><meta name="twitter:card" content="summary_large_image"><meta name="twitter:image" content="${options.image}">` : ''}
<link rel="stylesheet" href="${PORTAL_CSS.path}">${options.script ? html`<script src="${PORTAL_JS.path}" defer></script>` : ''}</head>
<body><a class="skip" href="#main">${w.skip}</a><header><a class="brand" href="${portalHref('/portal', lang)}">${w.brand}</a>
<nav aria-label="${w.nav}"><a href="${portalHref('/portal', lang)}">${w.home}</a><a href="${portalHref('/portal/cari', lang)}">${w.search}</a><a href="${portalHref('/portal/aduan', lang)}">${w.feedback}</a><a href="${portalHref('/portal/lacak', lang)}">${w.track}</a></nav>
<a href="${portalHref(options.path, other, options.query)}" hreflang="${other}" lang="${other}">${w.otherLang}</a></header>
<main id="main">${body}</main><footer>${w.footer} <a href="/api/docs">${w.apiDocs}</a> · <a href="/api/public/institutions?format=csv">CSV</a></footer></body></html>`}`;
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

/** Figures over a set of institutions in one quarter. */
export interface Aggregate {
  quarter: number;
  institutions: number;
  achievement: number | null;
  expected: number;
  verified: number;
  compliance: number | null;
}

export function aggregate(items: readonly ListItem[], quarter: number): Aggregate {
  let sum = 0;
  let counted = 0;
  let expected = 0;
  let verified = 0;
  for (const item of items) {
    const q = item.quarters.find((f) => f.quarter === quarter);
    if (!q) continue;
    if (q.achievement !== null) {
      sum += q.achievement;
      counted++;
    }
    expected += q.expected;
    verified += q.verified;
  }
  return {
    quarter,
    institutions: counted,
    achievement: counted ? sum / counted : null,
    expected,
    verified,
    compliance: expected ? (verified / expected) * 100 : null,
  };
}

const figureOf = (item: ListItem, quarter: number | null) =>
  quarter === null ? undefined : item.quarters.find((q) => q.quarter === quarter);

function provinceMap(items: readonly ListItem[], quarter: number | null, names: Map<string, string>, lang: PortalLang) {
  const w = WORDS[lang];
  const cell = 60;
  const gap = 4;
  const { columns, rows } = PROVINCE_GRID_SIZE;
  const tiles = PROVINCE_TILES.map((tile) => {
    const members = items.filter((i) => i.provinceCode === tile.code && i.type !== 'kl');
    const figures = quarter === null ? null : aggregate(members, quarter);
    const band = figures?.achievement == null ? null : bandOf(figures.achievement);
    const colour = band ? BAND_COLOURS[band] : BAND_COLOURS.none;
    const name = names.get(tile.code) ?? `${w.province} ${tile.code}`;
    const label = `${tile.abbr} · ${name}: ${w.achievement} ${formatPercent(figures?.achievement ?? null, lang)}${band ? ` (${w.bands[band]})` : ''}`;
    const x = tile.x * (cell + gap);
    const y = tile.y * (cell + gap);
    return html`<a href="${portalHref(`/portal/provinsi/${tile.code}`, lang)}" aria-label="${label}"><title>${label}</title><rect x="${x}" y="${y}" width="${cell}" height="${cell}" rx="6" fill="${colour}"/><text x="${x + cell / 2}" y="${y + cell / 2 + 6}" text-anchor="middle" font-size="18" fill="#fff" font-weight="700">${tile.abbr}</text></a>`;
  });
  const width = columns * (cell + gap);
  const height = rows * (cell + gap);
  return html`<div class="map"><svg viewBox="0 0 ${width} ${height}" role="group" aria-label="${w.map}" font-family="system-ui,sans-serif">${tiles}</svg></div>
<p class="muted">${w.mapHelp} ${(['baik', 'cukup', 'kurang'] as const).map((b) => html`${bandBadge(b, lang)} `)}${bandBadge(null, lang)}</p>`;
}

function rankingTable(items: readonly ListItem[], quarter: number | null, lang: PortalLang, limit = 10) {
  const w = WORDS[lang];
  const ranked = items
    .map((item) => ({ item, q: figureOf(item, quarter) }))
    .filter((r) => r.q?.achievement != null)
    .sort((a, b) => (b.q?.achievement ?? 0) - (a.q?.achievement ?? 0) || a.item.name.localeCompare(b.item.name))
    .slice(0, limit);
  if (!ranked.length) return html`<p>${w.searchNone}</p>`;
  return html`<div class="table" tabindex="0"><table><thead><tr><th scope="col" class="n">${w.rank}</th><th scope="col">${w.name}</th><th scope="col" class="n">${w.achievement}</th><th scope="col">${w.band}</th><th scope="col">${w.lastVerified}</th></tr></thead><tbody>
${ranked.map(({ item, q }, i) => html`<tr><td class="n">${i + 1}</td><td><a href="${portalHref(`/portal/instansi/${item.code}`, lang)}">${item.name}</a></td><td class="n">${formatPercent(q?.achievement ?? null, lang)}</td><td>${bandBadge(q?.band ?? null, lang)}</td><td>${formatDate(q?.lastVerifiedAt)}</td></tr>`)}
</tbody></table></div>`;
}

function figuresBlock(a: Aggregate | null, lang: PortalLang, extra: SafeHtml | string = '') {
  const w = WORDS[lang];
  return html`<dl class="figures"><div><dt>${w.achievement}</dt><dd>${formatPercent(a?.achievement, lang)}</dd></div><div><dt>${w.compliance}</dt><dd>${formatPercent(a?.compliance, lang)}</dd></div><div><dt>${w.verified}</dt><dd>${a?.verified ?? 0} / ${a?.expected ?? 0}</dd></div>${extra}</dl>`;
}

/** Home: national overview, trend, province map, rankings. */
export function homePage(data: { period: string; items: ListItem[]; lang: PortalLang }): string {
  const { items, lang } = data;
  const w = WORDS[lang];
  const quarter = headlineQuarter(items.map((i) => i.quarters));
  const quarters = [...new Set(items.flatMap((i) => i.quarters.map((q) => q.quarter)))].sort((a, b) => a - b);
  const trend = quarters.map((q) => aggregate(items, q)).filter((a) => a.expected > 0);
  const names = new Map(items.filter((i) => i.type === 'provinsi').map((i) => [i.code, i.name]));
  const pemda = items.filter((i) => i.type !== 'kl');
  const kl = items.filter((i) => i.type === 'kl');
  const headline = quarter === null ? null : aggregate(items, quarter);
  const body = html`<h1>${w.overviewTitle}</h1><p>${w.overviewIntro} ${w.period} ${data.period}${quarter === null ? '' : `, ${quarterName(quarter, lang)}`}.</p>
${figuresBlock(headline, lang, html`<div><dt>${w.institutions}</dt><dd>${items.length}</dd></div>`)}
${searchForm('', lang)}
<h2>${w.trend}</h2><div class="table" tabindex="0"><table><thead><tr><th scope="col">${w.quarter}</th><th scope="col" class="n">${w.achievement}</th><th scope="col" class="n">${w.compliance}</th><th scope="col" class="n">${w.verified}</th><th scope="col" class="n">${w.expected}</th></tr></thead><tbody>
${trend.map((a) => html`<tr><td>${quarterName(a.quarter, lang)}</td><td class="n">${formatPercent(a.achievement, lang)}</td><td class="n">${formatPercent(a.compliance, lang)}</td><td class="n">${a.verified}</td><td class="n">${a.expected}</td></tr>`)}
</tbody></table></div>
<h2>${w.map}</h2>${provinceMap(items, quarter, names, lang)}
<h2>${w.rankings}: ${w.types.provinsi}, ${w.types.kabupaten}, ${w.types.kota}</h2>${rankingTable(pemda, quarter, lang)}
<h2>${w.rankings}: ${w.types.kl}</h2>${rankingTable(kl, quarter, lang)}`;
  return layout({ lang, title: w.overviewTitle, path: '/portal' }, body);
}

/** One province: its Pemda ranked. */
export function provincePage(data: { code: string; items: ListItem[]; lang: PortalLang }): string {
  const { items, lang } = data;
  const w = WORDS[lang];
  const quarter = headlineQuarter(items.map((i) => i.quarters));
  const name = items.find((i) => i.type === 'provinsi')?.name ?? `${w.province} ${data.code}`;
  const body = html`<h1>${name}</h1>${figuresBlock(quarter === null ? null : aggregate(items, quarter), lang)}
<h2>${w.provinceList}</h2>${rankingTable(items, quarter, lang, 1000)}
<p class="downloads"><a href="/api/public/institutions?province=${data.code}&amp;format=csv" download>CSV</a><a href="/api/public/institutions?province=${data.code}&amp;format=xlsx" download>XLSX</a><a href="/api/public/institutions?province=${data.code}&amp;limit=1000">JSON</a></p>`;
  return layout({ lang, title: name, path: `/portal/provinsi/${data.code}` }, body);
}

function searchForm(q: string, lang: PortalLang) {
  const w = WORDS[lang];
  return html`<form class="search" action="/portal/cari" method="get" role="search"><label for="q">${w.searchLabel}</label><input id="q" name="q" value="${q}" minlength="2" maxlength="100" required>${lang === 'en' ? html`<input type="hidden" name="lang" value="en">` : ''}<button type="submit">${w.searchButton}</button></form>`;
}

/** Search by institution name or region code (and aksi by code or name). */
export function searchPage(data: { q: string; result: z.infer<typeof publicSearchSchema> | null; lang: PortalLang }) {
  const { lang, result } = data;
  const w = WORDS[lang];
  const results = result
    ? html`<h2>${w.institutions}</h2>${
        result.institutions.length
          ? html`<ul class="plain" id="institution-results">${result.institutions.map((i) => html`<li><a href="${portalHref(`/portal/instansi/${i.code}`, lang)}">${i.name}</a> <span class="muted">(${i.code}, ${w.types[i.type]})</span></li>`)}</ul>`
          : html`<p>${w.searchNone}</p>`
      }<h2>${w.aksi}</h2>${
        result.aksi.length
          ? html`<ul class="plain">${result.aksi.map((a) => html`<li><a href="${portalHref(`/portal/aksi/${a.code}`, lang, { period: a.period })}">${w.aksi} ${a.code}: ${a.name}</a> <span class="muted">(${a.period})</span></li>`)}</ul>`
          : html`<p>${w.searchNone}</p>`
      }`
    : data.q
      ? html`<p>${w.searchShort}</p>`
      : '';
  return layout(
    { lang, title: w.searchTitle, path: '/portal/cari', query: { q: data.q } },
    html`<h1>${w.searchTitle}</h1>${searchForm(data.q, lang)}${results}`,
  );
}

type Target = PublicInstitutionDetailDto['targets'][number];

function targetRow(t: Target, lang: PortalLang) {
  const w = WORDS[lang];
  const v = t.verified;
  return html`<tr><td>${quarterName(t.target.quarter, lang)}</td><td><a href="${portalHref(`/portal/aksi/${t.aksi.code}`, lang)}">${t.aksi.code}</a> · ${t.output.code} ${t.output.name}<br><span class="muted">${t.target.successMeasure}</span></td>
<td class="n">${v ? (v.notApplicable ? w.notApplicable : v.score) : w.notVerified}</td><td>${v ? formatDate(v.verifiedAt) : '–'}</td>
<td>${v?.narrative ?? ''}${
    v?.evidence.length
      ? html`<ul class="plain">${v.evidence.map((e) => html`<li><a href="${e.downloadUrl ?? e.url ?? '#'}" rel="nofollow noopener">${e.title}</a>${e.checklistItem ? html` <span class="muted">(${e.checklistItem})</span>` : ''}</li>`)}</ul>`
      : ''
  }</td></tr>`;
}

type PublishedItem = z.infer<typeof publicFeedbackItemSchema>;

/** Published publications (berita, infografis, video, media sosial) with their link or file. */
function publicationList(items: readonly PublicPublication[], lang: PortalLang) {
  const w = WORDS[lang];
  if (!items.length) return html`<p>${w.noPublications}</p>`;
  return html`<ul class="plain" id="publications">${items.map((p) => {
    const file = p.hasFile ? `/portal/publikasi/${p.id}/berkas` : null;
    const href = p.url ?? file;
    return html`<li>${formatDate(p.publishedOn)} · ${w.publicationKinds[p.kind]}: ${href ? html`<a href="${href}" rel="nofollow noopener">${p.title}</a>` : p.title}${p.url && file ? html` (<a href="${file}">${w.publicationFile}</a>)` : ''}${p.aksi.length ? html` <span class="muted">(${w.aksi} ${p.aksi.join(', ')})</span>` : ''}</li>`;
  })}</ul>`;
}

/** One institution: figures per quarter, targets with verified results and evidence, answered feedback, card, embed. */
export function institutionPage(data: {
  detail: PublicInstitutionDetailDto;
  feedback: PublishedItem[];
  publications: PublicPublication[];
  /** The preview card of the headline quarter, as SVG markup built by `renderCardSvg` (escaped there). */
  card: string;
  lang: PortalLang;
  origin: string;
  quarter: number | null;
}): string {
  const { detail, lang, quarter } = data;
  const w = WORDS[lang];
  const inst = detail.institution;
  const code = inst.code;
  const q = quarter === null ? undefined : detail.quarters.find((f) => f.quarter === quarter);
  const cardQuery = { period: detail.period, quarter: quarter === null ? undefined : String(quarter) };
  const cardPath = `/portal/kartu/${code}.svg`;
  const pngPath = `/portal/kartu/${code}.png`;
  const previewUrl = `${data.origin}${portalHref(pngPath, 'id', { ...cardQuery, size: 'preview' })}`;
  const embedUrl = `${data.origin}/portal/embed/${code}`;
  const api = `/api/public/institutions/${encodeURIComponent(code)}?period=${detail.period}`;
  const body = html`<h1>${inst.name}</h1>
<p class="muted">${w.types[inst.type]} · ${w.code} ${code}${inst.parent ? html` · ${w.parent}: <a href="${portalHref(`/portal/instansi/${inst.parent.code}`, lang)}">${inst.parent.name}</a>` : ''}${inst.provinceCode && inst.type !== 'kl' ? html` · <a href="${portalHref(`/portal/provinsi/${inst.provinceCode}`, lang)}">${w.province} ${inst.provinceCode}</a>` : ''} · ${w.period} ${detail.period}</p>
<dl class="figures"><div><dt>${w.achievement}${q ? ` (${quarterName(q.quarter, lang)})` : ''}</dt><dd>${formatPercent(q?.achievement, lang)}</dd></div><div><dt>${w.band}</dt><dd>${bandBadge(q?.band ?? null, lang)}</dd></div><div><dt>${w.compliance}</dt><dd>${formatPercent(q?.verifiedRate, lang)}</dd></div><div><dt>${w.lastVerified}</dt><dd id="last-verified">${formatDate(detail.lastVerifiedAt)}</dd></div></dl>
<h2>${w.trend}</h2><div class="table" tabindex="0"><table><thead><tr><th scope="col">${w.quarter}</th><th scope="col" class="n">${w.achievement}</th><th scope="col">${w.band}</th><th scope="col" class="n">${w.verified}</th><th scope="col" class="n">${w.expected}</th><th scope="col">${w.lastVerified}</th></tr></thead><tbody>
${detail.quarters.map((f) => html`<tr><td>${quarterName(f.quarter, lang)}</td><td class="n">${formatPercent(f.achievement, lang)}</td><td>${bandBadge(f.band, lang)}</td><td class="n">${f.verified}</td><td class="n">${f.expected}</td><td>${formatDate(f.lastVerifiedAt)}</td></tr>`)}
</tbody></table></div>
<h2>${w.downloads}</h2><p class="downloads"><a id="download-csv" href="${api}&format=csv" download>CSV</a><a href="${api}&format=xlsx" download>XLSX</a><a href="${api}">JSON</a></p>
<h2>${w.targets}</h2><div class="table" tabindex="0"><table><thead><tr><th scope="col">${w.quarter}</th><th scope="col">${w.target}</th><th scope="col" class="n">${w.score}</th><th scope="col">${w.lastVerified}</th><th scope="col">${w.evidence}</th></tr></thead><tbody>
${detail.targets.map((t) => targetRow(t, lang))}</tbody></table></div>
<h2>${w.answered}</h2>${
    data.feedback.length
      ? data.feedback.map(
          (f) =>
            html`<article class="answer"><p><strong>${w.kinds[f.kind]}</strong> · ${formatDate(f.submittedOn)}</p><p>${f.message}</p><p><strong>${w.answer}</strong> (${formatDate(f.answeredOn)}): ${f.answer}</p></article>`,
        )
      : html`<p>${w.noAnswered}</p>`
  }
<p><a href="${portalHref('/portal/aduan', lang, { instansi: code })}">${w.sendFeedback}</a></p>
<h2>${w.publications}</h2>${publicationList(data.publications, lang)}
<h2>${w.card}</h2><div class="card">${raw(data.card)}</div>
<p class="downloads"><a href="${portalHref(pngPath, 'id', { ...cardQuery, size: 'square' })}" download>PNG 1080×1080</a><a href="${portalHref(pngPath, 'id', { ...cardQuery, size: 'preview' })}" download>PNG 1200×630</a><a href="${portalHref(cardPath, 'id', { ...cardQuery, size: 'square' })}" download>SVG 1080×1080</a><a href="${portalHref(cardPath, 'id', { ...cardQuery, size: 'preview' })}" download>SVG 1200×630</a></p>
<h2>${w.embed}</h2><p>${w.embedHelp}</p><pre><code>${`<iframe src="${embedUrl}" width="600" height="315" style="border:0" title="Pantau: ${inst.name}" loading="lazy"></iframe>`}</code></pre>
<pre><code>${`<a href="${data.origin}/portal/instansi/${code}"><img src="${data.origin}/portal/kartu/${code}.svg?size=preview" width="600" height="315" alt="Capaian ${inst.name}"></a>`}</code></pre>`;
  return layout(
    {
      lang,
      title: inst.name,
      path: `/portal/instansi/${code}`,
      description: `${w.achievement} ${inst.name}: ${formatPercent(q?.achievement, lang)}`,
      image: previewUrl,
    },
    body,
  );
}

/** One aksi: outputs and targets, verified figures per quarter, verified results. */
export function aksiPage(data: { aksi: PublicAksiDto; lang: PortalLang }): string {
  const { aksi, lang } = data;
  const w = WORDS[lang];
  const title = `${w.aksi} ${aksi.aksi.code}: ${aksi.aksi.name}`;
  const api = `/api/public/aksi/${aksi.aksi.code}?period=${aksi.period}`;
  const body = html`<h1>${title}</h1><p class="muted">${aksi.fokus.code} ${aksi.fokus.name} · ${w.period} ${aksi.period}</p>
<h2>${w.trend}</h2><div class="table" tabindex="0"><table><thead><tr><th scope="col">${w.quarter}</th><th scope="col" class="n">${w.verified}</th><th scope="col" class="n">${w.expected}</th><th scope="col" class="n">${w.meanScore}</th></tr></thead><tbody>
${aksi.quarters.map((q) => html`<tr><td>${quarterName(q.quarter, lang)}</td><td class="n">${q.verified}</td><td class="n">${q.expected}</td><td class="n">${q.meanScore === null ? '–' : q.meanScore.toFixed(1)}</td></tr>`)}</tbody></table></div>
<h2>${w.outputs}</h2>${aksi.outputs.map(
    (o) =>
      html`<h3>${o.code} ${o.name}</h3><p class="muted">${w.institutions}: ${o.institutionCount}</p><ul class="plain">${o.targets.map((t) => html`<li>${quarterName(t.quarter, lang)}: ${t.successMeasure}</li>`)}</ul>`,
  )}
<h2>${w.downloads}</h2><p class="downloads"><a href="${api}&format=csv" download>CSV</a><a href="${api}&format=xlsx" download>XLSX</a><a href="${api}">JSON</a></p>
<h2>${w.results} (${aksi.total})</h2><div class="table" tabindex="0"><table><thead><tr><th scope="col">${w.institutions}</th><th scope="col">${w.target}</th><th scope="col" class="n">${w.score}</th><th scope="col">${w.lastVerified}</th></tr></thead><tbody>
${aksi.results.map((r) => html`<tr><td><a href="${portalHref(`/portal/instansi/${r.institution.code}`, lang)}">${r.institution.name}</a></td><td>${r.targetCode} (${quarterName(r.quarter, lang)})</td><td class="n">${r.notApplicable ? w.notApplicable : r.score}</td><td>${formatDate(r.verifiedAt)}</td></tr>`)}</tbody></table></div>`;
  return layout({ lang, title, path: `/portal/aksi/${aksi.aksi.code}`, query: { period: aksi.period } }, body);
}

/** The feedback form; the hashed script solves the proof of work and posts to the feedback API. */
export function feedbackFormPage(data: { institution: string; lang: PortalLang }): string {
  const { lang } = data;
  const w = WORDS[lang];
  const body = html`<h1>${w.formTitle}</h1><p>${w.formIntro}</p><noscript><p>${w.needsScript}</p></noscript>
<form id="feedback-form" method="post" action="/portal/aduan" data-working="${w.working}" data-failed="${w.failed}" data-follow-up="${portalHref('/portal/aduan/TICKET', lang)}">
<div class="field"><label for="kind">${w.kind}</label><select id="kind" name="kind"><option value="usulan">${w.kinds.usulan}</option><option value="pengaduan">${w.kinds.pengaduan}</option></select></div>
<div class="field"><label for="institution">${w.institutionCode}</label><input id="institution" name="institution" required maxlength="20" value="${data.institution}"></div>
<div class="field"><label for="message">${w.message}</label><textarea id="message" name="message" required minlength="20" maxlength="5000"></textarea></div>
<div class="field"><label for="name">${w.yourName}</label><input id="name" name="name" maxlength="120" autocomplete="name"></div>
<div class="field"><label for="email">${w.email}</label><input id="email" name="email" type="email" maxlength="200" autocomplete="email"></div>
<div class="field"><label for="phone">${w.phone}</label><input id="phone" name="phone" type="tel" maxlength="20" autocomplete="tel"></div>
<div class="hp" aria-hidden="true"><label for="website">${w.honeypot}</label><input id="website" name="website" tabindex="-1" autocomplete="off"></div>
<button type="submit">${w.submit}</button><p id="feedback-status" role="status" aria-live="polite"></p></form>`;
  return layout(
    { lang, title: w.formTitle, path: '/portal/aduan', query: { instansi: data.institution }, script: true },
    body,
  );
}

/** Follow-up by ticket: status, dates and the answer; never the sender. */
export function trackPage(data: {
  lang: PortalLang;
  ticket: string;
  view: z.infer<typeof feedbackTicketSchema> | null;
  notFound?: boolean;
}): string {
  const { lang, view } = data;
  const w = WORDS[lang];
  const form = html`<form class="search" action="/portal/lacak" method="get"><label for="tiket">${w.ticketLabel}</label><input id="tiket" name="tiket" value="${data.ticket}" required minlength="12" maxlength="40">${lang === 'en' ? html`<input type="hidden" name="lang" value="en">` : ''}<button type="submit">${w.trackButton}</button></form>`;
  const details = view
    ? html`<dl class="figures"><div><dt>${w.status}</dt><dd id="ticket-status">${w.statuses[view.status]}</dd></div><div><dt>${w.institutions}</dt><dd>${view.institution.name}</dd></div><div><dt>${w.submittedAt}</dt><dd>${formatDate(view.submittedAt)}</dd></div><div><dt>${w.dueOn}</dt><dd>${formatDate(view.dueOn)}</dd></div></dl>
${view.rejectionReason ? html`<p><strong>${w.rejectionReason}:</strong> ${view.rejectionReason}</p>` : ''}
${view.answer ? html`<h2>${w.answer} (${formatDate(view.answeredAt)})</h2><div class="answer" id="ticket-answer">${view.answer}</div>${view.published ? html`<p class="muted">${w.published}</p>` : ''}` : ''}`
    : data.notFound
      ? html`<p role="alert">${w.notFound}: ${data.ticket}</p>`
      : '';
  const title = view ? `${w.ticketTitle} ${view.ticket}` : w.track;
  return layout(
    { lang, title, path: view ? `/portal/aduan/${view.ticket}` : '/portal/lacak' },
    html`<h1>${title}</h1>${form}${details}`,
  );
}

/** A page for errors (404 and the like). */
export function errorPage(data: { lang: PortalLang; message: string }): string {
  return layout(
    { lang: data.lang, title: WORDS[data.lang].notFound, path: '/portal' },
    html`<h1>${WORDS[data.lang].notFound}</h1><p>${data.message}</p><p><a href="${portalHref('/portal', data.lang)}">${WORDS[data.lang].home}</a></p>`,
  );
}

/** The embeddable widget: the card image linking to the institution's page. */
export function embedPage(data: {
  code: string;
  name: string;
  origin: string;
  query: Record<string, string | undefined>;
}) {
  const src = portalHref(`/portal/kartu/${data.code}.svg`, 'id', { ...data.query, size: 'preview' });
  return `<!doctype html>${html`<html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>Pantau: ${data.name}</title><link rel="stylesheet" href="${PORTAL_CSS.path}"></head><body><a href="${data.origin}/portal/instansi/${data.code}" target="_blank" rel="noopener"><img class="card-img" src="${src}" width="1200" height="630" alt="Capaian ${data.name}"></a></body></html>`}`;
}
