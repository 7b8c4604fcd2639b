import type { Locator, Page } from 'playwright-core';

/** The verification queue (verifier's home, /kerja/verifikasi): filters, counts, rows, shortcuts. */
export class ReviewQueue {
  readonly filters: Locator;
  readonly table: Locator;
  readonly shortcutsButton: Locator;
  readonly shortcutsHelp: Locator;

  constructor(
    readonly page: Page,
    readonly root: Locator,
  ) {
    this.filters = root.getByRole('form', { name: 'Saring antrean' });
    this.table = root.getByRole('region', { name: 'Laporan dalam antrean' });
    this.shortcutsButton = root.getByRole('button', { name: 'Pintasan keyboard (?)' });
    this.shortcutsHelp = root.getByRole('region', { name: 'Pintasan keyboard' });
  }

  /** Narrows the queue with the filter form, as a verifier does. */
  async filter({ aksi, province, type }: { aksi?: string; province?: string; type?: string }): Promise<void> {
    if (aksi) await this.filters.getByRole('combobox', { name: 'Aksi' }).selectOption(aksi);
    if (province) await this.filters.getByRole('combobox', { name: 'Provinsi' }).selectOption({ label: province });
    if (type) await this.filters.getByRole('combobox', { name: 'Jenis' }).selectOption({ label: type });
    await this.filters.getByRole('button', { name: 'Terapkan' }).click();
  }

  /** The queue's link to a report, named "<target> <institution>". */
  item(targetCode: string, institution: string): Locator {
    return this.table.getByRole('link', { name: `${targetCode} ${institution}` });
  }

  /** Every report link of the queue, in order. */
  items(): Locator {
    return this.table.getByRole('link');
  }

  /** "menunggu verifikasi" / "sedang diverifikasi" counts. */
  count(label: 'menunggu verifikasi' | 'sedang diverifikasi'): Locator {
    return this.root
      .getByRole('list', { name: 'Jumlah dalam antrean' })
      .getByRole('listitem')
      .filter({ hasText: label });
  }
}
