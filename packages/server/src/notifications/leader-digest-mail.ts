/** The leader's monthly digest: the brief of their institution, short, with a link that opens it. */
import { type BriefDto, FIGURE_NAMES, formatCivilDate, formatFixed, triwulanLabel } from '@pantau/core';
import type { Locale } from './format.js';
import { appLinks } from './links.js';
import { type MailContent, mailOf } from './templates.js';

const percentText = (value: number | null | undefined, lang: Locale) =>
  value === null || value === undefined ? '–' : `${formatFixed(value, lang)} %`;

/** "X (last quarter Y)" for one headline figure. */
function versus(now: number | null | undefined, before: number | null | undefined, lang: Locale): string {
  const last = lang === 'id' ? 'triwulan lalu' : 'last quarter';
  return `${percentText(now, lang)} (${last} ${percentText(before, lang)})`;
}

/** The brief of `brief` as a mail to `name`, in `lang`. */
export function renderLeaderDigest(brief: BriefDto, lang: Locale, name: string, publicUrl: string): MailContent {
  const id = lang === 'id';
  const late = brief.units.reduce((n, u) => n + u.late.length, 0);
  const stuck = brief.units.reduce((n, u) => n + u.stuck.length, 0);
  const overdue = brief.followUps.filter((f) => f.overdue).length;
  const quarter = `${triwulanLabel(brief.quarter)} ${brief.period}`;
  const title = id ? `Ringkasan bulanan ${brief.institution.name}` : `Monthly brief: ${brief.institution.name}`;
  const paragraphs = [
    {
      text: id
        ? `Halo ${name}, berikut ringkasan ${brief.institution.name} per ${formatCivilDate(brief.today, lang)} (${quarter}).`
        : `Hello ${name}, here is the brief of ${brief.institution.name} as of ${formatCivilDate(brief.today, lang)} (${quarter}).`,
    },
    {
      text: `${FIGURE_NAMES.achievement[lang]}: ${versus(brief.current?.achievement, brief.previous?.achievement, lang)}\n${
        FIGURE_NAMES.onTimeRate[lang]
      }: ${versus(brief.current?.rates.onTime, brief.previous?.rates.onTime, lang)}`,
    },
    {
      text: id
        ? `Target terlambat: ${late} · menunggu verifikasi terlalu lama: ${stuck} · laporan sekadar formalitas: ${brief.formality.length}`
        : `Late targets: ${late} · waiting too long for verification: ${stuck} · reports graded a formality: ${brief.formality.length}`,
    },
    {
      text: id
        ? `Tindak lanjut terbuka: ${brief.followUps.length} (${overdue} lewat tenggat) · pendampingan triwulan ini: ${brief.support.entries} · publikasi terbaru: ${brief.published.length}`
        : `Open follow-ups: ${brief.followUps.length} (${overdue} overdue) · support this quarter: ${brief.support.entries} · latest publications: ${brief.published.length}`,
      link: { url: appLinks(publicUrl).brief, label: id ? 'Buka ringkasan' : 'Open the brief' },
    },
  ];
  const footer = id
    ? `Pesan ini dikirim otomatis oleh Pantau setiap bulan. Berhenti menerima: ${appLinks(publicUrl).notificationSettings}`
    : `Pantau sends this automatically every month. To stop it: ${appLinks(publicUrl).notificationSettings}`;
  return mailOf(title, paragraphs, footer);
}
