import type { Locator, Page } from 'playwright-core';
import { Layout } from './layout';

/** Katalog aksi: fokus → aksi → outputs of a period; each output unfolds into its quarterly targets. */
export class CataloguePage {
  readonly layout: Layout;
  readonly heading: Locator;
  readonly periodSelect: Locator;
  readonly showButton: Locator;

  constructor(readonly page: Page) {
    this.layout = new Layout(page);
    this.heading = this.layout.heading('Katalog aksi');
    this.periodSelect = this.layout.main.getByLabel('Periode');
    this.showButton = this.layout.main.getByRole('button', { name: 'Tampilkan' });
  }

  /** Opens the catalogue, of the active period unless `periodCode` names another. */
  async goto(periodCode?: string): Promise<void> {
    await this.page.goto(periodCode ? `/katalog?periode=${encodeURIComponent(periodCode)}` : '/katalog');
    await this.waitUntilLoaded();
  }

  async waitUntilLoaded(): Promise<void> {
    await this.heading.waitFor();
    await this.layout.waitUntilLoaded();
  }

  /** One output (a disclosure group), folded or not, found by the code shown in its summary. */
  output(code: string): Locator {
    return this.layout.main.getByRole('group').filter({ has: this.page.getByText(code, { exact: true }) });
  }

  /** Unfolds an output by clicking its summary, as a visitor does, and waits until its targets show. */
  async expandOutput(code: string): Promise<Locator> {
    const output = this.output(code);
    await output.getByText(code, { exact: true }).click();
    await this.targetsHeading(output).waitFor();
    return output;
  }

  /** "Target per triwulan": shown only while the output is unfolded. */
  targetsHeading(output: Locator): Locator {
    return output.getByRole('heading', { level: 4, name: 'Target per triwulan', exact: true });
  }

  /** The heading of one quarterly target inside an unfolded output, e.g. "Triwulan II". */
  target(output: Locator, quarterName: string): Locator {
    return output.getByRole('heading', { level: 5, name: quarterName, exact: true });
  }
}
