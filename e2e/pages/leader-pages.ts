import type { Locator, Page } from 'playwright-core';
import { Layout } from './layout';

/** Pendampingan (/kerja/pendampingan): the Inspektorat's support log, its form and its list. */
export class SupportLogPage {
  readonly layout: Layout;
  readonly heading: Locator;
  readonly heldOn: Locator;
  readonly kind: Locator;
  readonly notes: Locator;
  readonly addFollowUp: Locator;
  readonly save: Locator;
  readonly saved: Locator;
  readonly list: Locator;

  constructor(readonly page: Page) {
    this.layout = new Layout(page);
    this.heading = this.layout.heading(/^(Pendampingan Inspektorat|Inspektorat support)$/);
    const main = this.layout.main;
    this.heldOn = main.getByLabel('Tanggal', { exact: true });
    this.kind = main.getByLabel('Jenis pendampingan');
    this.notes = main.getByLabel('Catatan', { exact: true });
    this.addFollowUp = main.getByRole('button', { name: 'Tambah tindak lanjut' });
    this.save = main.getByRole('button', { name: 'Simpan catatan' });
    this.saved = main.getByRole('status').filter({ hasText: 'Catatan pendampingan tersimpan.' });
    this.list = main.getByRole('region', { name: 'Catatan pendampingan' });
  }

  async goto(): Promise<void> {
    await this.page.goto('/kerja/pendampingan');
    await this.heading.waitFor();
  }

  /** The title and due date fields of the `index`-th follow-up row. */
  followUp(index: number): { title: Locator; dueOn: Locator } {
    return {
      title: this.layout.main.getByLabel('Uraian tindak lanjut').nth(index),
      dueOn: this.layout.main.getByLabel('Tenggat', { exact: true }).nth(index),
    };
  }
}

/** The leader's home: the brief of their institution. */
export class LeaderBrief {
  readonly layout: Layout;
  readonly section: Locator;
  readonly followUps: Locator;
  /** "Pendampingan Inspektorat triwulan ini: N kegiatan". */
  readonly support: Locator;
  readonly figures: Locator;

  constructor(readonly page: Page) {
    this.layout = new Layout(page);
    const main = this.layout.main;
    this.section = main.getByRole('region', { name: /^Ringkasan pimpinan: / });
    this.figures = main.getByRole('region', { name: 'Triwulan ini dibanding triwulan lalu' });
    this.followUps = main.getByRole('region', { name: /^Tindak lanjut terbuka \(\d+\)$/ });
    this.support = main.getByRole('heading', { name: /^Pendampingan Inspektorat triwulan ini: \d+ kegiatan$/ });
  }
}
