import type { Locator, Page } from 'playwright-core';
import { escapeRegExp } from '../support/text';
import { Layout } from './layout';

/** Verifikasi lapangan (/kerja/lapangan): a quarter's sample, one article per sampled report with its form. */
export class FieldCheckPage {
  readonly layout: Layout;
  readonly heading: Locator;
  readonly sample: Locator;

  constructor(readonly page: Page) {
    this.layout = new Layout(page);
    this.heading = this.layout.main.getByRole('heading', { level: 1, name: 'Verifikasi lapangan' });
    this.sample = this.layout.main.getByRole('region', { name: /^Sampel Triwulan / });
  }

  async goto(): Promise<void> {
    await this.page.goto('/kerja/lapangan');
    await this.heading.waitFor();
  }

  /** The sampled reports shown, in draw order. */
  items(): Locator {
    return this.sample.getByRole('article');
  }

  /** The sampled report with key `institution/target`. */
  item(key: string): Locator {
    return this.sample.getByRole('article', { name: key, exact: true });
  }

  /** The key (heading) of an item. */
  async keyOf(item: Locator): Promise<string> {
    return (await item.getByRole('heading', { level: 3 }).textContent())?.trim() ?? '';
  }

  /** What the field visit found for the report `key`, as a verifier enters it. */
  async record(key: string, input: { result: string; score?: string; notes?: string }): Promise<void> {
    const form = this.item(key).getByRole('form', { name: new RegExp(`hasil lapangan ${escapeRegExp(key)}$`) });
    await form.getByRole('radio', { name: input.result, exact: true }).check();
    if (input.score !== undefined) {
      await form.getByRole('spinbutton', { name: 'Skor hasil lapangan (0–100)' }).fill(input.score);
    }
    if (input.notes !== undefined) await form.getByRole('textbox', { name: 'Catatan' }).fill(input.notes);
    await form.getByRole('button', { name: /^Simpan hasil/ }).click();
  }

  /** The recorded field result of the report `key` ("Belum diperiksa", "Skor disesuaikan: 80 → 55"…). */
  result(key: string): Locator {
    return this.item(key).getByRole('definition').nth(3);
  }
}
