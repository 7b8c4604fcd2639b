import type { Locator, Page } from 'playwright-core';
import { Layout } from './layout';

/** What any unknown path shows, with a way back home. */
export class NotFoundPage {
  readonly layout: Layout;
  readonly heading: Locator;
  readonly homeLink: Locator;

  constructor(readonly page: Page) {
    this.layout = new Layout(page);
    this.heading = this.layout.heading('Halaman tidak ditemukan');
    this.homeLink = this.layout.main.getByRole('link', { name: 'Kembali ke beranda' });
  }

  async goto(path: string): Promise<void> {
    await this.page.goto(path);
    await this.heading.waitFor();
  }
}
