/**
 * Recognition (apresiasi) on the portal: the recognised institutions of a quarter or a period,
 * per type, with their certificates; and the page a certificate's code resolves to.
 */
import type { InstitutionType, RecognitionDto, RecognitionEntryDto } from '@pantau/core';
import type { RecognitionPoint } from '../services/public/recognition-code.js';
import { html, type SafeHtml } from './html.js';
import { formatPercent, type PortalLang, portalHref, quarterName, WORDS } from './i18n.js';
import { layout } from './pages.js';
import { STORY_WORDS } from './recognition-words.js';

const TYPES: readonly InstitutionType[] = ['kl', 'provinsi', 'kabupaten', 'kota'];
const number = (value: number, lang: PortalLang) => formatPercent(value, lang).replace('%', '');

/** "Triwulan III" or "Periode 2025-2026 (s.d. Triwulan III)". */
export function pointName(point: { period: string; scope: 'quarter' | 'period'; quarter: number }, lang: PortalLang) {
  const s = STORY_WORDS[lang];
  return point.scope === 'quarter'
    ? `${quarterName(point.quarter, lang)} · ${WORDS[lang].period} ${point.period}`
    : s.periodAsOf.replace('{period}', point.period).replace('{quarter}', quarterName(point.quarter, lang));
}

function entryTable(entries: readonly RecognitionEntryDto[], lang: PortalLang, improved: boolean): SafeHtml {
  const w = WORDS[lang];
  const s = STORY_WORDS[lang];
  return html`<div class="table" tabindex="0"><table><thead><tr><th scope="col" class="n">${s.place}</th><th scope="col">${w.name}</th><th scope="col" class="n">${w.achievement}</th><th scope="col" class="n">${s.quality}</th><th scope="col" class="n">${s.merit}</th>${improved ? html`<th scope="col" class="n">${s.rise}</th>` : ''}<th scope="col">${s.certificate}</th></tr></thead><tbody>
${entries.map(
  (e) =>
    html`<tr data-recognised="${e.institution.code}"><td class="n">${e.place}</td><td><a href="${portalHref(`/instansi/${e.institution.code}`, lang)}">${e.institution.name}</a></td><td class="n">${number(e.achievement, lang)}</td><td class="n">${formatPercent(e.quality * 100, lang)}</td><td class="n">${number(e.merit, lang)}</td>${improved ? html`<td class="n">+${number(e.improvement ?? 0, lang)}</td>` : ''}<td><a href="${e.certificateUrl}" download>${s.download}</a> <span class="muted"><a href="${portalHref(e.verifyUrl, lang)}">${e.code}</a></span></td></tr>`,
)}</tbody></table></div>`;
}

/** The recognition page: the choice of quarter or period by name, then best and most improved per type. */
export function recognitionPage(data: {
  recognition: RecognitionDto;
  periods: readonly { code: string; name: string }[];
  lang: PortalLang;
  demo?: boolean;
}): string {
  const { recognition: r, lang } = data;
  const w = WORDS[lang];
  const s = STORY_WORDS[lang];
  const chosen = r.scope === 'quarter' ? String(r.quarter) : '';
  const latest = r.gradedQuarters.length ? Math.max(...r.gradedQuarters) : null;
  const form = html`<form class="search" action="/apresiasi" method="get"><label for="recognition-period">${w.period}</label><select id="recognition-period" name="period">${data.periods.map((p) => html`<option value="${p.code}"${p.code === r.period ? html` selected` : ''}>${p.name}</option>`)}</select>
<label for="recognition-point">${s.choose}</label><select id="recognition-point" name="quarter"><option value="">${latest === null ? `${w.period} ${r.period}` : pointName({ period: r.period, scope: 'period', quarter: latest }, lang)}</option>${[
    ...r.gradedQuarters,
  ]
    .sort((a, b) => b - a)
    .map(
      (q) => html`<option value="${q}"${String(q) === chosen ? html` selected` : ''}>${quarterName(q, lang)}</option>`,
    )}</select>${lang === 'en' ? html`<input type="hidden" name="lang" value="en">` : ''}<button type="submit">${s.show}</button></form>`;
  const heading =
    r.quarter === null
      ? html`<p>${s.noGradedQuarter}</p>`
      : html`<p data-recognition-point="${r.scope}-${r.quarter}"><strong>${pointName({ period: r.period, scope: r.scope, quarter: r.quarter }, lang)}</strong>${r.comparedWith ? html` · ${s.comparedWith} ${quarterName(r.comparedWith.quarter, lang)} ${w.period} ${r.comparedWith.period}` : ''}</p>`;
  const sections = TYPES.map((type) => {
    const best = r.entries.filter((e) => e.type === type && e.category === 'best');
    const improved = r.entries.filter((e) => e.type === type && e.category === 'improved');
    return html`<section class="recognition-type" aria-labelledby="recognition-${type}"><h2 id="recognition-${type}">${w.types[type]}</h2>
<h3>${s.best}</h3>${best.length ? entryTable(best, lang, false) : html`<p>${s.noRecognition}</p>`}
<h3>${s.improved}</h3>${improved.length ? entryTable(improved, lang, true) : html`<p>${s.noRecognition}</p>`}</section>`;
  });
  const api = `/api/public/recognition?period=${r.period}${r.scope === 'quarter' ? `&quarter=${r.quarter}` : ''}`;
  const body = html`<h1>${s.recognitionTitle}</h1><p>${s.recognitionIntro} <a href="#recognition-rule">${s.recognitionRule}</a>.</p>${form}${heading}${sections}
<h2 id="recognition-rule">${s.recognitionRule}</h2><p>${s.ruleText}</p>
<p class="downloads"><a href="${api}">JSON</a><a href="${portalHref('/apresiasi/verifikasi', lang)}">${s.verifyTitle}</a></p>`;
  return layout(
    {
      lang,
      demo: data.demo,
      title: s.recognitionTitle,
      path: '/apresiasi',
      query: { period: r.period, quarter: chosen || undefined },
    },
    body,
  );
}

/** The page a certificate's code resolves to: what it confirms, or "tidak ditemukan". */
export function verifyPage(data: {
  lang: PortalLang;
  demo?: boolean;
  code: string;
  found: { point: RecognitionPoint; entry: RecognitionEntryDto } | null;
}): string {
  const { lang, found } = data;
  const w = WORDS[lang];
  const s = STORY_WORDS[lang];
  const form = html`<form class="search" action="/apresiasi/verifikasi" method="get"><label for="kode">${s.verifyLabel}</label><input id="kode" name="kode" value="${data.code}" required maxlength="40">${lang === 'en' ? html`<input type="hidden" name="lang" value="en">` : ''}<button type="submit">${s.verifyButton}</button></form>`;
  let result: SafeHtml | string = '';
  if (found) {
    const e = found.entry;
    result = html`<div class="answer" id="verification-result"><p role="status"><strong>${s.verified}</strong></p><dl class="figures"><div><dt>${w.institutions}</dt><dd><a href="${portalHref(`/instansi/${e.institution.code}`, lang)}">${e.institution.name}</a></dd></div><div><dt>${s.recognition}</dt><dd>${s.place} ${e.place} · ${e.category === 'best' ? s.best : s.improved} · ${w.types[e.type]}</dd></div><div><dt>${w.period}</dt><dd>${pointName(found.point, lang)}</dd></div><div><dt>${s.merit}</dt><dd>${number(e.merit, lang)}</dd></div></dl><p class="muted">${s.verifyNote}</p><p><a href="${e.certificateUrl}" download>${s.download}</a></p></div>`;
  } else if (data.code) {
    result = html`<p role="alert" id="verification-result">${w.notFound}: ${s.verifyNotFound}</p>`;
  }
  return layout(
    {
      lang,
      demo: data.demo,
      title: s.verifyTitle,
      path: data.code ? `/apresiasi/verifikasi/${data.code}` : '/apresiasi/verifikasi',
    },
    html`<h1>${s.verifyTitle}</h1>${form}${result}`,
  );
}
