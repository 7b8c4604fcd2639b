import type { Locator, Page } from 'playwright-core';
import { escapeRegExp } from '../support/text';
import { Layout } from './layout';

/** Aduan dan usulan masyarakat: the desk's queues and their items. */
export class FeedbackDeskPage {
  readonly layout: Layout;
  readonly heading: Locator;
  readonly tabs: Locator;

  constructor(readonly page: Page) {
    this.layout = new Layout(page);
    this.heading = this.layout.heading('Aduan dan usulan masyarakat');
    this.tabs = this.layout.main.getByRole('navigation', { name: 'Antrean' });
  }

  async goto(queue?: 'moderasi' | 'jawab' | 'terlambat' | 'dijawab' | 'ditolak' | 'semua'): Promise<void> {
    await this.page.goto(queue ? `/kerja/aduan?antrean=${queue}` : '/kerja/aduan');
    await this.heading.waitFor();
    await this.layout.waitUntilLoaded();
  }

  /** A queue's tab, e.g. "Perlu moderasi 1" (its name ends with the count). */
  tab(name: string, count?: number): Locator {
    return this.tabs.getByRole('link', { name: new RegExp(`^${escapeRegExp(name)} ${count ?? '\\d+'}$`) });
  }

  /** An item of the current queue, by its ticket code. */
  item(ticket: string): Locator {
    return this.layout.main
      .getByRole('article')
      .filter({ has: this.page.getByRole('link', { name: new RegExp(`${escapeRegExp(ticket)}$`) }) });
  }

  async open(ticket: string): Promise<FeedbackItemPage> {
    await this.item(ticket)
      .getByRole('link', { name: new RegExp(`${escapeRegExp(ticket)}$`) })
      .click();
    const item = new FeedbackItemPage(this.page);
    await item.heading(ticket).waitFor();
    return item;
  }
}

/** One feedback item on the desk: its facts, texts, the step its reader can take, its history. */
export class FeedbackItemPage {
  readonly layout: Layout;
  readonly done: Locator;
  readonly moderation: Locator;
  readonly answerForm: Locator;
  readonly publication: Locator;
  readonly history: Locator;

  constructor(readonly page: Page) {
    this.layout = new Layout(page);
    this.done = this.layout.main.getByRole('status').filter({ hasText: /./ });
    this.moderation = this.layout.main.getByRole('form', { name: 'Moderasi' });
    this.answerForm = this.layout.main.getByRole('form', { name: 'Jawaban instansi' });
    this.publication = this.layout.main.getByRole('form', { name: 'Publikasi di portal' });
    this.history = this.layout.main.getByRole('region', { name: 'Riwayat' });
  }

  heading(ticket: string): Locator {
    return this.layout.heading(new RegExp(`^(Pengaduan|Usulan) ${escapeRegExp(ticket)}$`));
  }

  /** Forwards the item, with the published text replaced when given; waits for the confirmation. */
  async forward(change: { publicMessage?: string; note?: string } = {}): Promise<void> {
    const form = this.moderation;
    await form.getByRole('radio', { name: 'Teruskan ke instansi' }).check();
    if (change.publicMessage !== undefined) {
      await form
        .getByRole('textbox', { name: 'Teks yang akan dipublikasikan bersama jawaban' })
        .fill(change.publicMessage);
    }
    if (change.note !== undefined)
      await form.getByRole('textbox', { name: 'Catatan moderasi (tidak wajib)' }).fill(change.note);
    await form.getByRole('button', { name: 'Teruskan', exact: true }).click();
    await this.done.filter({ hasText: /^Diteruskan ke / }).waitFor();
  }

  /** Answers the item (publishing the answer when asked); waits for the confirmation. */
  async answer(text: string, publish: boolean): Promise<void> {
    const form = this.answerForm;
    await form.getByRole('textbox', { name: 'Jawaban' }).fill(text);
    await form.getByRole('checkbox', { name: 'Publikasikan jawaban ini di portal publik' }).setChecked(publish);
    await form.getByRole('button', { name: 'Kirim jawaban' }).click();
    await this.done.filter({ hasText: /^Jawaban tersimpan/ }).waitFor();
  }
}
