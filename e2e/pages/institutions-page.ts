import type { Locator, Page } from 'playwright-core';
import { Layout } from './layout';

/** Instansi: search and filter K/L and Pemda, one page of results at a time. */
export class InstitutionsPage {
  readonly layout: Layout;
  readonly heading: Locator;
  readonly searchBox: Locator;
  readonly typeSelect: Locator;
  readonly provinceSelect: Locator;
  readonly searchButton: Locator;
  readonly results: Locator;
  /** "Menampilkan 1–2 dari 2 instansi". */
  readonly resultCount: Locator;

  constructor(readonly page: Page) {
    this.layout = new Layout(page);
    this.heading = this.layout.heading('Instansi');
    const filters = this.layout.main.getByRole('search', { name: 'Saring instansi' });
    this.searchBox = filters.getByRole('searchbox', { name: 'Cari nama atau kode' });
    this.typeSelect = filters.getByRole('combobox', { name: 'Jenis' });
    this.provinceSelect = filters.getByRole('combobox', { name: 'Provinsi' });
    this.searchButton = filters.getByRole('button', { name: 'Cari', exact: true });
    this.results = this.layout.main.getByRole('region', { name: 'Hasil' });
    this.resultCount = this.results.getByRole('status').filter({ hasText: /^Menampilkan / });
  }

  async goto(): Promise<void> {
    await this.page.goto('/instansi');
    await this.waitUntilLoaded();
  }

  async waitUntilLoaded(): Promise<void> {
    await this.heading.waitFor();
    await this.layout.waitUntilLoaded();
  }

  /** Types a query, submits the form and waits for the results of that query. */
  async search(query: string): Promise<void> {
    await this.searchBox.fill(query);
    await this.searchButton.click();
    await this.page.waitForURL((url) => url.pathname === '/instansi' && url.searchParams.get('q') === query);
    await this.layout.waitUntilLoaded();
  }

  /** The link of one institution in the results, by its exact name. */
  result(name: string): Locator {
    return this.results.getByRole('link', { name, exact: true });
  }

  /** Opens an institution from the results. */
  async open(name: string): Promise<void> {
    await this.result(name).click();
  }
}
