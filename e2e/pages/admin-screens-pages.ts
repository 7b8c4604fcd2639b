import type { Locator, Page } from 'playwright-core';
import { Layout } from './layout';

/** Log audit: the chain's head and check, the filters, the entries and one entry in full. */
export class AuditLogPage {
  readonly layout: Layout;
  readonly heading: Locator;
  readonly chain: Locator;
  readonly verify: Locator;
  readonly entries: Locator;
  readonly entry: Locator;

  constructor(readonly page: Page) {
    this.layout = new Layout(page);
    this.heading = this.layout.heading('Log audit');
    this.chain = this.layout.main.getByRole('region', { name: 'Rantai audit' });
    this.verify = this.chain.getByRole('button', { name: 'Periksa rantai sekarang' });
    this.entries = this.layout.main.getByRole('region', { name: 'Entri, terbaru dahulu' }).getByRole('article');
    this.entry = this.layout.main.getByRole('region', { name: /^Entri #\d+$/ });
  }

  async goto(): Promise<void> {
    await this.page.goto('/kerja/audit');
    await this.heading.waitFor();
    await this.layout.waitUntilLoaded();
  }

  /** Filters the entries by action (and kind of data); waits for the list. */
  async filter(filter: { action?: string; entity?: string }): Promise<void> {
    const main = this.layout.main;
    if (filter.entity !== undefined) await main.getByRole('textbox', { name: 'Jenis data' }).fill(filter.entity);
    if (filter.action !== undefined) await main.getByRole('textbox', { name: 'Tindakan' }).fill(filter.action);
    await main.getByRole('button', { name: 'Tampilkan' }).click();
    await this.page.waitForURL(/tindakan=|entitas=/);
    await this.layout.waitUntilLoaded();
  }
}

/** E-mail dan tugas terjadwal: the outbox and the job runs. */
export class OperationsPage {
  readonly layout: Layout;
  readonly heading: Locator;
  readonly outbox: Locator;
  readonly jobs: Locator;

  constructor(readonly page: Page) {
    this.layout = new Layout(page);
    this.heading = this.layout.heading('E-mail dan tugas terjadwal');
    this.outbox = this.layout.main.getByRole('region', { name: 'Kotak keluar e-mail' });
    this.jobs = this.layout.main.getByRole('region', { name: 'Tugas terjadwal' });
  }

  async goto(): Promise<void> {
    await this.page.goto('/kerja/operasi');
    await this.heading.waitFor();
    await this.layout.waitUntilLoaded();
  }

  /** A mail of the outbox, by its subject. */
  mail(subject: string | RegExp): Locator {
    return this.outbox.getByRole('article').filter({ has: this.page.getByRole('heading', { name: subject }) });
  }
}

/** Hari libur: adding one, the year's list. */
export class HolidaysPage {
  readonly layout: Layout;
  readonly heading: Locator;
  readonly form: Locator;
  readonly date: Locator;
  readonly name: Locator;
  readonly kind: Locator;
  readonly save: Locator;

  constructor(readonly page: Page) {
    this.layout = new Layout(page);
    this.heading = this.layout.heading('Hari libur');
    this.form = this.layout.main.getByRole('form', { name: 'Tambah atau ganti nama hari libur' });
    this.date = this.form.getByLabel('Tanggal');
    this.name = this.form.getByRole('textbox', { name: 'Nama' });
    this.kind = this.form.getByRole('combobox', { name: 'Jenis' });
    this.save = this.form.getByRole('button', { name: 'Simpan hari libur' });
  }

  async goto(year?: number): Promise<void> {
    await this.page.goto(year ? `/kerja/libur?tahun=${year}` : '/kerja/libur');
    await this.heading.waitFor();
    await this.layout.waitUntilLoaded();
  }

  /** The list of a year. */
  list(year: number): Locator {
    return this.layout.main.getByRole('region', { name: `Hari libur ${year}` });
  }

  /** A holiday of the year's list, by its name. */
  holiday(year: number, name: string): Locator {
    return this.list(year).getByRole('listitem').filter({ hasText: name });
  }
}
