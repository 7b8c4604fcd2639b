import type { Locator, Page } from 'playwright-core';
import { Layout } from './layout';

/** Impor spreadsheet: template, check (dry run) with problems listed, then commit. */
export class ImportPage {
  readonly layout: Layout;
  readonly kind: Locator;
  readonly file: Locator;
  readonly checkButton: Locator;
  readonly commitButton: Locator;
  readonly problems: Locator;
  readonly result: Locator;

  constructor(readonly page: Page) {
    this.layout = new Layout(page);
    const main = this.layout.main;
    this.kind = main.getByRole('combobox', { name: 'Yang diimpor' });
    this.file = main.getByLabel('Berkas (XLSX atau CSV)');
    this.checkButton = main.getByRole('button', { name: 'Periksa berkas' });
    this.commitButton = main.getByRole('button', { name: 'Simpan ke Pantau' });
    this.problems = main.getByRole('alert').filter({ has: page.getByRole('table') });
    this.result = main.getByRole('region', { name: 'Hasil impor' });
  }

  async waitForPage(): Promise<void> {
    await this.layout.heading('Impor spreadsheet').waitFor();
  }

  /** Chooses what to import and the file, then asks for the check. */
  async check(kind: string, file: { name: string; content: string }): Promise<void> {
    await this.kind.selectOption({ label: kind });
    await this.file.setInputFiles({ name: file.name, mimeType: 'text/csv', buffer: Buffer.from(file.content) });
    await this.checkButton.click();
  }

  /** The rows of the problems table as [sheet, row, column, message]. */
  async problemRows(): Promise<string[][]> {
    const rows = this.problems.getByRole('row');
    await rows.nth(1).waitFor();
    const all = await rows.all();
    return Promise.all(
      all.slice(1).map(async (row) => (await row.getByRole('cell').allInnerTexts()).map((c) => c.trim())),
    );
  }
}
