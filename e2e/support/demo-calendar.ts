/**
 * What the demo period should look like today. The server has no fixed clock: it loads the demo
 * data "as of now" and counts quarters from today's date in WIB, so the expectations are worked
 * out here from the calendar, independently of the app's own code.
 */

/** The demo's current period, Aksi Pencegahan Korupsi 2025–2026. */
export const DEMO_PERIOD = { code: '2025-2026', startYear: 2025, label: '2025–2026' } as const;

/**
 * The day after which the demo period counts as closed: the end of verification of its last
 * quarter (deadline 10 January 2027, plus 30 days of verification).
 */
const DEMO_PERIOD_VERIFICATION_ENDS = '2027-02-09';

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII'];

/** Today's date in Western Indonesian Time (UTC+7), as YYYY-MM-DD. */
export function todayInWib(now: Date = new Date()): string {
  return new Date(now.getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
}

/** "Triwulan VIII": the name of the demo period's quarter containing `today`, or null outside the period. */
export function demoQuarterName(today: string): string | null {
  const yearOffset = Number(today.slice(0, 4)) - DEMO_PERIOD.startYear;
  if (yearOffset < 0 || yearOffset > 1) return null;
  const number = yearOffset * 4 + Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1;
  return `Triwulan ${ROMAN[number - 1]}`;
}

/** Whether the demo data, loaded today, marks its 2025–2026 period active rather than closed. */
export function demoPeriodIsActive(today: string): boolean {
  return today <= DEMO_PERIOD_VERIFICATION_ENDS;
}
