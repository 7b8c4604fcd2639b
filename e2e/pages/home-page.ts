import type { Locator, Page } from 'playwright-core';
import { Layout } from './layout';

/**
 * The programme page (/program, linked from the front door): the active period with its current
 * quarter, the quarter schedule, and the programme's size.
 */
export class HomePage {
  readonly layout: Layout;
  readonly heading: Locator;
  /** The highlighted panel of the period shown (the active one, else the newest). */
  readonly period: Locator;
  readonly timeline: Locator;
  readonly catalogueSummary: Locator;
  readonly institutionSummary: Locator;

  constructor(readonly page: Page) {
    this.layout = new Layout(page);
    this.heading = this.layout.heading('Pemantauan aksi pencegahan korupsi');
    this.period = this.layout.main.getByRole('region', { name: /^Aksi Pencegahan Korupsi / });
    this.timeline = this.layout.main.getByRole('region', { name: 'Jadwal triwulan' });
    this.catalogueSummary = this.layout.main.getByRole('region', { name: 'Katalog aksi' });
    this.institutionSummary = this.layout.main.getByRole('region', { name: 'Instansi pelaksana' });
  }

  async goto(): Promise<void> {
    await this.page.goto('/program');
    await this.waitUntilLoaded();
  }

  /** Waits for the page and every panel on it to have loaded. */
  async waitUntilLoaded(): Promise<void> {
    await this.heading.waitFor();
    await this.layout.waitUntilLoaded();
  }

  /** The period panel's heading, e.g. "Aksi Pencegahan Korupsi 2025–2026 Aktif". */
  periodHeading(): Locator {
    return this.period.getByRole('heading', { level: 2 });
  }

  /** A line of the period panel, e.g. "Periode aktif" or "Sekarang: Triwulan VIII". */
  periodText(text: string | RegExp): Locator {
    return this.period.getByText(text);
  }

  /** The quarter of the schedule that contains today (marked `aria-current="step"`). */
  timelineQuarter(name: string): Locator {
    return this.timeline.getByRole('listitem').filter({ has: this.page.getByRole('heading', { name, exact: true }) });
  }
}
