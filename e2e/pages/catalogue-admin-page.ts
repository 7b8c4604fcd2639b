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

  /** Unfolds an output by its code and returns it. */
  async openOutput(code: string): Promise<Locator> {
    const output = this.layout.main.getByRole('group').filter({ has: this.page.getByText(code, { exact: true }) });
    await output.getByText(code, { exact: true }).click();
    return output;
  }
}
