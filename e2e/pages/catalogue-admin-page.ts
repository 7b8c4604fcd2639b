import type { Locator, Page } from 'playwright-core';
import { Layout } from './layout';

/** Katalog dan revisi target (admin): outputs with assignments, each target's versions and revision form. */
export class CatalogueAdminPage {
  readonly layout: Layout;

  constructor(readonly page: Page) {
    this.layout = new Layout(page);
  }

  async goto(): Promise<void> {
    await this.page.goto('/kerja/katalog');
    await this.layout.heading('Katalog dan revisi target').waitFor();
  }

  /** A fokus or aksi section, named by its heading ("Fokus 1 …", "Aksi 12 …"). */
  section(kind: 'Fokus' | 'Aksi', code: string): Locator {
    return this.layout.main.getByRole('region', { name: new RegExp(`^${kind} ${code}(?!\\d)`) });
  }

  /** Opens a form by the button that names it ("Tambah aksi pada fokus 1") inside `within`, and returns the form. */
  async openForm(within: Locator, name: string): Promise<Locator> {
    await within.getByRole('button', { name, exact: true }).first().click();
    const form = within.getByRole('form', { name, exact: true }).first();
    await form.waitFor();
    return form;
  }

  /** Unfolds an output by its code and returns it. */
  async openOutput(code: string): Promise<Locator> {
    const output = this.layout.main.getByRole('group').filter({ has: this.page.getByText(code, { exact: true }) });
    await output.getByText(code, { exact: true }).click();
    return output;
  }
}
