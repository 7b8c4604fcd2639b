import type { Locator, Page } from 'playwright-core';
import { escapeRegExp } from '../support/text';
import { Layout } from './layout';

/**
 * Ruang kerja: the signed-in home, one section per role — the contributor's quarter, the focal
 * point's board, the verifier's queue, the admin's tools, the observer's national view.
 */
export class WorkspacePage {
  readonly layout: Layout;
  readonly heading: Locator;

  constructor(readonly page: Page) {
    this.layout = new Layout(page);
    this.heading = this.layout.heading(/^(Ruang kerja|Workspace)$/);
  }

  async goto(): Promise<void> {
    await this.page.goto('/kerja');
    await this.heading.waitFor();
  }

  /** A section of the page (a role's home, or a part of it) by its heading. */
  section(name: string | RegExp): Locator {
    return this.layout.main.getByRole('region', { name, exact: typeof name === 'string' });
  }

  // ---- Contributor: this quarter ----

  /** "Triwulan ini" (contributor). */
  get thisQuarter(): Locator {
    return this.section(/^(Triwulan ini|This quarter)$/);
  }

  /** The card of one target, e.g. "2.2-TW8 Integrasi data stok …". */
  targetCard(code: string): Locator {
    return this.thisQuarter.getByRole('article', { name: new RegExp(`^${escapeRegExp(code)} `) });
  }

  startReportButton(code: string): Locator {
    return this.layout.main.getByRole('button', { name: `Mulai laporan ${code}` }).first();
  }

  continueReportLink(code: string): Locator {
    return this.thisQuarter.getByRole('link', { name: `Lanjutkan laporan ${code}` });
  }

  // ---- Focal point: review queue, board, figures ----

  /** "Perlu ditinjau": the reports contributors marked ready. */
  get focalQueue(): Locator {
    return this.section('Perlu ditinjau');
  }

  reviewLink(code: string): Locator {
    return this.focalQueue.getByRole('link', { name: `Tinjau ${code}` });
  }

  get board(): Locator {
    return this.section('Semua target dan statusnya');
  }

  /** The board's row of a target. */
  boardRow(code: string): Locator {
    return this.board.getByRole('row').filter({
      has: this.page.getByRole('rowheader', { name: new RegExp(`^${escapeRegExp(code)}`) }),
    });
  }

  get figures(): Locator {
    return this.section('Capaian dan kepatuhan pelaporan');
  }

  /** The figures' row of a quarter, e.g. "Triwulan VIII". */
  figuresRow(quarterName: string): Locator {
    return this.figures
      .getByRole('row')
      .filter({ has: this.page.getByRole('rowheader', { name: quarterName, exact: true }) });
  }

  // ---- Verifier: the review queue ----

  get reviewQueue(): Locator {
    return this.section(/^(Antrean verifikasi|Review queue)$/);
  }
}
