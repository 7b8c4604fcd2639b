import type { Download, Locator, Page } from 'playwright-core';
import { escapeRegExp } from '../support/text';
import { Layout } from './layout';

/** A number as written in Indonesian ("3.704", "59,2 %") → 3704, 59.2. */
export function readNumber(text: string): number {
  return Number(text.replace(/[^\d,-]/g, '').replace(',', '.'));
}

/** One data row of a CSV file (no quoted commas in the tables read here), keyed by header. */
export function parseCsv(text: string): Record<string, string>[] {
  const [header, ...lines] = text
    .replace(/^\uFEFF/, '')
    .trim()
    .split(/\r?\n/);
  const names = (header ?? '').split(',');
  return lines.map((line) => Object.fromEntries(line.split(',').map((value, index) => [names[index], value])));
}

/**
 * The monitoring dashboards (/pantauan…): national, province, institution and aksi views, and the
 * drill-down list of the reports behind a number.
 */
export class DashboardPage {
  readonly layout: Layout;

  constructor(readonly page: Page) {
    this.layout = new Layout(page);
  }

  async goto(path = '/pantauan'): Promise<void> {
    await this.page.goto(path);
  }

  heading(name: string | RegExp): Locator {
    return this.layout.heading(name);
  }

  /** A section of the view by its heading ("Provinsi", "Peringkat", …). */
  section(name: string | RegExp): Locator {
    return this.layout.main.getByRole('region', { name, exact: typeof name === 'string' });
  }

  /** A figure table by its name ("Per jenis instansi", "Angka per triwulan", …). */
  table(name: string): Locator {
    return this.layout.main.getByRole('table', { name, exact: true });
  }

  /** The row of `table` whose header cell is `rowName`. */
  row(table: Locator, rowName: string): Locator {
    return table.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: rowName, exact: true }) });
  }

  /** The link on a count: "12 — laporan terkirim, Triwulan VII". */
  countLink(row: Locator, measure: 'terkirim' | 'tepat waktu' | 'terverifikasi'): Locator {
    return row.getByRole('link', { name: new RegExp(`^[\\d.]+ — laporan ${escapeRegExp(measure)},`) });
  }

  /** The numbers in one column of a table's body, read from the screen. */
  async column(table: Locator, header: string): Promise<number[]> {
    const headers = await table.locator('thead th').allTextContents();
    const index = headers.indexOf(header);
    if (index < 0) throw new Error(`No column "${header}" in ${headers.join(', ')}`);
    const cells = await table
      .locator('tbody tr')
      .evaluateAll(
        (rows, at) =>
          rows.map((row) => row.children[at]?.querySelector('a')?.textContent ?? row.children[at]?.textContent ?? ''),
        index,
      );
    return cells.map(readNumber);
  }

  /** The map's tile of a province, named "JB K: <province>, <band>, capaian …" (its letters first). */
  mapTile(province: string): Locator {
    return this.layout.main.getByRole('link', { name: new RegExp(`^\\S+ \\S: ${escapeRegExp(province)}, `) });
  }

  /** A headline figure ("Target triwulan", "Capaian", …) as shown. */
  async headline(term: string): Promise<number> {
    const item = this.layout.main.locator('dl.dash-headline > div').filter({
      has: this.page.getByRole('term').filter({ hasText: new RegExp(`^${escapeRegExp(term)}$`) }),
    });
    return readNumber((await item.locator('.dash-headline__value').first().textContent()) ?? '');
  }

  /** Chooses the quarter (e.g. "Triwulan VII") in the view's picker and shows it. */
  async showQuarter(name: string): Promise<void> {
    await this.layout.main.getByLabel('Triwulan', { exact: true }).selectOption({ label: name });
    await this.layout.main.getByRole('button', { name: 'Tampilkan' }).click();
  }

  /** The drill-down list's heading, "12 laporan". */
  get reportCount(): Locator {
    return this.layout.main.getByRole('heading', { level: 2, name: /^[\d.]+ laporan$/ });
  }

  /** The data rows of the drill-down list. */
  get reportRows(): Locator {
    return this.layout.main.getByRole('table').locator('tbody tr');
  }

  /** Clicks a table's CSV link ("Unduh <table> sebagai CSV") and returns the file's text. */
  async downloadCsv(table: string): Promise<{ fileName: string; text: string }> {
    const link = this.layout.main.getByRole('link', { name: `Unduh ${table} sebagai CSV`, exact: true });
    const [download] = await Promise.all([this.page.waitForEvent('download'), link.click()]);
    return { fileName: download.suggestedFilename(), text: (await readBytes(download)).toString('utf8') };
  }

  /** Clicks a chart's SVG or PNG button and returns the file. */
  async downloadChart(chart: string, format: 'SVG' | 'PNG'): Promise<{ fileName: string; bytes: Buffer }> {
    const button = this.layout.main.getByRole('button', {
      name: `Unduh grafik ${chart} sebagai ${format}`,
      exact: true,
    });
    const [download] = await Promise.all([this.page.waitForEvent('download'), button.click()]);
    return { fileName: download.suggestedFilename(), bytes: await readBytes(download) };
  }
}

async function readBytes(download: Download): Promise<Buffer> {
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
