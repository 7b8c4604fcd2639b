import type { Locator, Page } from 'playwright-core';
import { Layout } from './layout';

/** Publikasi instansi (/kerja/publikasi): the institution's publications and the form recording one. */
export class PublicationsPage {
  readonly layout: Layout;
  readonly list: Locator;
  readonly form: Locator;

  constructor(readonly page: Page) {
    this.layout = new Layout(page);
    this.list = this.layout.main.getByRole('region', { name: 'Publikasi tercatat' });
    this.form = this.layout.main.getByRole('form', { name: 'Catat publikasi baru' });
  }

  /** Follows the link on the publicist's home. */
  async openFromHome(): Promise<void> {
    await this.layout.main.getByRole('link', { name: 'Publikasi instansi', exact: true }).click();
    await this.layout.heading('Publikasi instansi').waitFor();
    await this.layout.waitUntilLoaded();
  }

  /** Fills the form; an empty `url` leaves the link out. */
  async fill(publication: { kind: string; title: string; url: string; date: string }): Promise<void> {
    await this.form.getByRole('combobox', { name: 'Jenis' }).selectOption({ label: publication.kind });
    await this.form.getByRole('textbox', { name: 'Judul', exact: true }).fill(publication.title);
    await this.form.getByRole('textbox', { name: 'Tautan publikasi' }).fill(publication.url);
    await this.form.getByLabel('Tanggal terbit').fill(publication.date);
  }

  async saveDraft(): Promise<void> {
    await this.form.getByRole('button', { name: 'Simpan sebagai draf' }).click();
  }

  /** The list's row of a publication, by its title. */
  row(title: string): Locator {
    return this.list.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: title, exact: true }) });
  }

  async publish(title: string): Promise<void> {
    await this.row(title)
      .getByRole('button', { name: `Terbitkan ${title}` })
      .click();
  }
}
