import type { Locator, Page } from 'playwright-core';
import { Layout } from './layout';

/** Instansi dan penugasan (admin): search institutions, add one, rename one. */
export class InstitutionsAdminPage {
  readonly layout: Layout;
  readonly table: Locator;

  constructor(readonly page: Page) {
    this.layout = new Layout(page);
    this.table = this.layout.main.getByRole('table');
  }

  async goto(query = ''): Promise<void> {
    await this.page.goto(query ? `/kerja/instansi?q=${encodeURIComponent(query)}` : '/kerja/instansi');
    await this.layout.heading('Instansi dan penugasan').waitFor();
    await this.layout.waitUntilLoaded();
  }

  /** The row of an institution, by its exact name. */
  row(name: string): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name, exact: true }) });
  }

  /** Opens the rename form of an institution and returns it. */
  async openRename(name: string): Promise<Locator> {
    await this.row(name)
      .getByRole('button', { name: `Ubah ${name}`, exact: true })
      .click();
    const form = this.layout.main.getByRole('form', { name: `Ubah ${name}`, exact: true });
    await form.waitFor();
    return form;
  }
}
