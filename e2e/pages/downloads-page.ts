import type { Download, Locator, Page } from 'playwright-core';
import { Layout } from './layout';

/** Laporan & unduhan: national reports, report cards and lists, fetched with progress. */
export class DownloadsPage {
  readonly layout: Layout;
  readonly national: Locator;
  readonly lists: Locator;
  readonly importLink: Locator;

  constructor(readonly page: Page) {
    this.layout = new Layout(page);
    this.national = this.layout.main.getByRole('region', { name: 'Laporan nasional' });
    this.lists = this.layout.main.getByRole('region', { name: 'Daftar sebagai spreadsheet' });
    this.importLink = this.layout.main.getByRole('link', { name: 'Impor data dari spreadsheet' });
  }

  async waitForPage(): Promise<void> {
    await this.layout.heading('Laporan & unduhan').waitFor();
  }

  /** The quarter chosen in the picker, e.g. "Triwulan II". */
  async chosenQuarter(): Promise<string> {
    const picker = this.layout.main.getByRole('combobox', { name: 'Triwulan', exact: true });
    return ((await picker.locator('option:checked').textContent()) ?? '').trim();
  }

  /** Clicks "Unduh <format>" of a file by its name and resolves with the file the browser saves. */
  async download(region: Locator, format: string, name: string): Promise<Download> {
    const saved = this.page.waitForEvent('download');
    await region.getByRole('button', { name: `Unduh ${format}: ${name}`, exact: true }).click();
    return saved;
  }

  /** The progress bar of a file's download while it runs. */
  progress(region: Locator, format: string, name: string): Locator {
    return region.getByRole('progressbar', { name: `Kemajuan unduhan ${format}: ${name}` });
  }

  /** The status line where a finished download names the saved file. */
  status(region: Locator, text: string | RegExp): Locator {
    return region.getByRole('status').filter({ hasText: text });
  }
}
