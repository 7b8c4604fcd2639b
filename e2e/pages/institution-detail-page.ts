import type { Locator, Page } from 'playwright-core';
import { escapeRegExp, exactly } from '../support/text';
import { Layout } from './layout';

/** Detail instansi: code, type, province and the outputs the institution carries. */
export class InstitutionDetailPage {
  readonly layout: Layout;
  readonly breadcrumb: Locator;
  readonly assignments: Locator;

  constructor(readonly page: Page) {
    this.layout = new Layout(page);
    this.breadcrumb = page.getByRole('navigation', { name: 'Lokasi halaman' });
    this.assignments = this.layout.main.getByRole('region', { name: 'Output yang ditugaskan' });
  }

  /** Opens `/instansi/<code>` directly, as a bookmark or a shared link does. */
  async goto(code: string): Promise<void> {
    await this.page.goto(`/instansi/${encodeURIComponent(code)}`);
  }

  /** The page heading: the institution's name once it has loaded. */
  heading(name: string): Locator {
    return this.layout.heading(name);
  }

  /** Waits until the institution `name` is shown with all its details. */
  async waitUntilLoaded(name: string): Promise<void> {
    await this.heading(name).waitFor();
    await this.assignments.waitFor();
    await this.layout.waitUntilLoaded();
  }

  /** A value of the facts list shown verbatim, such as the code "33.74". */
  fact(value: string): Locator {
    return this.layout.main.getByRole('definition').filter({ hasText: exactly(value) });
  }

  /** The link to the province a Pemda belongs to. */
  provinceLink(name: string): Locator {
    return this.layout.main.getByRole('definition').getByRole('link', { name, exact: true });
  }

  /** An assigned output's link into the catalogue, by period (e.g. "2025–2026") and output code (e.g. "1.2"). */
  assignment(periodLabel: string, outputCode: string): Locator {
    return this.assignments
      .getByRole('region', { name: new RegExp(`^Periode ${escapeRegExp(periodLabel)} `) })
      .getByRole('link', { name: new RegExp(`^${escapeRegExp(outputCode)} `) });
  }
}
