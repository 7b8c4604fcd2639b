import type { Locator, Page } from 'playwright-core';
import { escapeRegExp } from '../support/text';
import { Layout } from './layout';

export type Step =
  | 'Tandai siap ditinjau'
  | 'Kembalikan ke penyusun'
  | 'Kirim ke verifikator nasional'
  | 'Kembalikan dengan catatan';

/** Laporan: the report editor of a target (narrative, progress, evidence checklist, next step, history). */
export class ReportEditorPage {
  readonly layout: Layout;
  readonly narrative: Locator;
  readonly progress: Locator;
  readonly saveNow: Locator;
  /** "Tersimpan 10.03 WIB" / "Semua perubahan tersimpan" once nothing is pending. */
  readonly saved: Locator;
  readonly steps: Locator;
  readonly comment: Locator;
  readonly history: Locator;

  constructor(readonly page: Page) {
    this.layout = new Layout(page);
    this.narrative = this.layout.main.getByRole('textbox', { name: 'Uraian capaian' });
    this.progress = this.layout.main.getByRole('textbox', { name: 'Kemajuan (%)' });
    this.saveNow = this.layout.main.getByRole('button', { name: 'Simpan sekarang' });
    this.saved = this.layout.main.getByRole('status').filter({ hasText: /^(Tersimpan |Semua perubahan tersimpan)/ });
    this.steps = this.layout.main.getByRole('region', { name: 'Langkah berikutnya' });
    this.comment = this.steps.getByRole('textbox', { name: 'Catatan untuk penyusun' });
    this.history = this.layout.main.getByRole('region', { name: 'Riwayat' });
  }

  /** The page's main heading: "Target 1.3-TW8". */
  heading(targetCode: string): Locator {
    return this.layout.main.getByRole('heading', { level: 1, name: new RegExp(`Target ${escapeRegExp(targetCode)}$`) });
  }

  async waitFor(targetCode: string): Promise<void> {
    await this.heading(targetCode).waitFor();
  }

  /** Replaces the narrative and waits until autosave has stored it. */
  async writeNarrative(text: string): Promise<void> {
    await this.narrative.fill(text);
    await this.layout.main
      .getByRole('status')
      .filter({ hasText: /^Tersimpan / })
      .waitFor();
  }

  /** One checklist item ("Butir 1 …") with its evidence, uploads and file picker. */
  checklistItem(number: number): Locator {
    return this.layout.main.getByRole('region', { name: new RegExp(`^Butir ${number} `) });
  }

  /** Chooses files for a checklist item, as the "Pilih berkas" button does. */
  async upload(number: number, file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    await this.checklistItem(number).getByLabel(`Pilih berkas Butir ${number}`).setInputFiles(file);
  }

  /** A stored evidence file of an item, by its file name (a download link). */
  evidence(number: number, fileName: string): Locator {
    return this.checklistItem(number).getByRole('link', { name: fileName, exact: true });
  }

  /** The upload row of a file on its way (or failed). */
  uploadRow(number: number, fileName: string): Locator {
    return this.checklistItem(number)
      .getByRole('list', { name: `Berkas yang sedang dikirim untuk Butir ${number}` })
      .getByRole('listitem')
      .filter({ hasText: fileName });
  }

  resendButton(fileName: string): Locator {
    return this.layout.main.getByRole('button', { name: `Kirim ulang ${fileName}` });
  }

  stepButton(name: Step): Locator {
    return this.steps.getByRole('button', { name, exact: true });
  }

  /** The confirmation a step shows once taken. */
  stepDone(text: string | RegExp): Locator {
    return this.steps.getByRole('status').filter({ hasText: text });
  }

  /** The comment or reason the institution must act on, shown above the report. */
  feedback(text: string): Locator {
    return this.layout.main.getByRole('status').filter({ hasText: text });
  }
}
