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

/** The publicist's list of verified results a story can start from, on the same page. */
export class StorySourcesSection {
  readonly section: Locator;

  constructor(readonly page: Page) {
    this.section = page.getByRole('main').getByRole('region', { name: 'Mulai cerita dari hasil terverifikasi' });
  }

  /** Opens the story form of the first listed result; returns that result's target code. */
  async chooseFirst(): Promise<string> {
    const button = this.section.getByRole('button', { name: /^Mulai cerita: / }).first();
    const name = (await button.getAttribute('aria-label')) ?? '';
    await button.click();
    return name.replace(/^Mulai cerita: /, '');
  }

  /** Fills and saves the story draft. */
  async start(story: { title: string; summary: string }): Promise<void> {
    await this.section.getByRole('textbox', { name: 'Judul cerita' }).fill(story.title);
    await this.section.getByRole('textbox', { name: 'Ringkasan cerita (tampil di portal)' }).fill(story.summary);
    await this.section.getByRole('button', { name: 'Mulai cerita (draf)' }).click();
    await this.section.getByRole('status').getByText('Draf cerita tersimpan.', { exact: false }).waitFor();
  }
}
