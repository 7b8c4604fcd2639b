import type { Locator, Page } from 'playwright-core';
import { escapeRegExp } from '../support/text';
import { Layout } from './layout';

/** Verifikasi: one report with its changes, evidence viewer and the decision form. */
export class VerifierWorkspacePage {
  readonly layout: Layout;
  readonly decision: Locator;
  readonly changes: Locator;
  readonly evidence: Locator;
  readonly accept: Locator;
  readonly requestRevision: Locator;
  readonly score: Locator;
  readonly reason: Locator;
  readonly comment: Locator;
  readonly save: Locator;

  constructor(readonly page: Page) {
    this.layout = new Layout(page);
    this.decision = this.layout.main.getByRole('region', { name: 'Keputusan', exact: true });
    this.changes = this.layout.main.getByRole('region', { name: 'Perubahan sejak putaran sebelumnya' });
    this.evidence = this.layout.main.getByRole('region', { name: 'Data dukung', exact: true });
    this.accept = this.decision.getByRole('radio', { name: 'Terima dengan skor' });
    this.requestRevision = this.decision.getByRole('radio', { name: 'Minta perbaikan' });
    this.score = this.decision.getByRole('textbox', { name: 'Skor' });
    this.reason = this.decision.getByRole('textbox', { name: 'Alasan perbaikan' });
    this.comment = this.decision.getByRole('textbox', { name: 'Catatan (tidak wajib)' });
    this.save = this.decision.getByRole('button', { name: 'Simpan keputusan' });
  }

  heading(targetCode: string): Locator {
    return this.layout.main.getByRole('heading', {
      level: 1,
      name: new RegExp(`Verifikasi target ${escapeRegExp(targetCode)}$`),
    });
  }

  async waitFor(targetCode: string): Promise<void> {
    await this.heading(targetCode).waitFor();
    await this.save.waitFor();
  }

  /** A quality grade radio: "Administratif", "Terlaksana" or "Berdampak". */
  grade(name: 'Administratif' | 'Terlaksana' | 'Berdampak'): Locator {
    return this.decision.getByRole('radio', { name: new RegExp(`^${name} `) });
  }

  /** The confirmation after deciding. */
  done(text: string | RegExp): Locator {
    return this.decision.getByRole('status').filter({ hasText: text });
  }

  /** The narrative of the previous round ("Putaran sebelumnya") or this one ("Putaran ini"). */
  changeSide(name: 'Putaran sebelumnya' | 'Putaran ini'): Locator {
    return this.changes.getByRole('region', { name, exact: true });
  }

  /** The button showing a file in the viewer. */
  showFile(fileName: string): Locator {
    return this.evidence.getByRole('button', { name: `Lihat ${fileName}` });
  }

  /** The inline PDF preview of a file. */
  pdfFrame(fileName: string): Locator {
    return this.evidence.getByTitle(`Pratinjau PDF: ${fileName}`, { exact: true });
  }
}
