import type { Locator, Page } from 'playwright-core';
import { Layout } from './layout';
import { pick } from './picker';

/** Periode dan tenggat (admin): quarters with open / close / dates, and extensions for one institution. */
export class PeriodsPage {
  readonly layout: Layout;
  readonly extension: Locator;

  constructor(readonly page: Page) {
    this.layout = new Layout(page);
    this.extension = this.layout.main.getByRole('region', { name: 'Perpanjangan tenggat instansi' });
  }

  async goto(): Promise<void> {
    await this.page.goto('/kerja/periode');
    await this.layout.heading('Periode dan tenggat').waitFor();
    await this.quarter('Triwulan I').waitFor();
  }

  /** A quarter of the period, by its name ("Triwulan VIII"). */
  quarter(name: string): Locator {
    return this.layout.main.getByRole('listitem').filter({
      has: this.page.getByRole('heading', { level: 3, name: new RegExp(`^${name} `) }),
    });
  }

  async grantExtension(quarterName: string, institution: string, deadline: string, reason: string): Promise<void> {
    await this.extension.getByRole('combobox', { name: 'Triwulan' }).selectOption({ label: quarterName });
    await pick(this.extension, 'Instansi', institution);
    await this.extension.getByLabel('Tenggat baru').fill(deadline);
    await this.extension.getByRole('textbox', { name: 'Alasan' }).fill(reason);
    await this.extension.getByRole('button', { name: 'Beri perpanjangan' }).click();
  }
}
