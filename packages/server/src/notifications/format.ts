/** Dates as people read them in a notification, in Bahasa Indonesia or English (the one formatter of @pantau/core). */
import type { Lang } from '@pantau/core';

/** The two languages of the product. */
export type Locale = Lang;

/** A user's stored locale, or Bahasa Indonesia. */
export function localeOf(value: string | null | undefined): Locale {
  return value === 'en' ? 'en' : 'id';
}

// "10 Juli 2025" / "10 July 2025" for a civil date; "4 Desember 2026 pukul 10.00 WIB" /
// "4 December 2026, 10:00 WIB" for an instant.
export { formatCivilDate as formatDate, formatInstant } from '@pantau/core';
