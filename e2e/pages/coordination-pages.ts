import type { Locator, Page } from 'playwright-core';
import { Layout } from './layout';
import { pick } from './picker';

/** Pengumuman: the inbox, writing one, and one announcement with its read receipts. */
export class AnnouncementPages {
  readonly layout: Layout;
  /** The sender's read receipts on an announcement's page. */
  readonly receipts: Locator;

  constructor(readonly page: Page) {
    this.layout = new Layout(page);
    this.receipts = this.layout.main.getByRole('region', { name: 'Tanda terima baca' });
  }

  async gotoInbox(): Promise<void> {
    await this.page.goto('/kerja/koordinasi/pengumuman');
    await this.layout.heading('Pengumuman').waitFor();
  }

  /** Writes and sends an announcement to one role of institutions chosen by name; waits for its page. */
  async send(message: { title: string; body: string; role: string; institutions: string[] }): Promise<void> {
    await this.page.goto('/kerja/koordinasi/pengumuman/baru');
    const main = this.layout.main;
    await this.layout.heading('Tulis pengumuman').waitFor();
    await main.getByRole('textbox', { name: 'Judul', exact: true }).fill(message.title);
    await main.getByRole('textbox', { name: 'Isi pengumuman' }).fill(message.body);
    await main.getByRole('checkbox', { name: message.role, exact: true }).check();
    for (const name of message.institutions) await pick(main, 'Instansi tertentu', name);
    await main.getByRole('button', { name: 'Kirim pengumuman' }).click();
    await this.layout.heading(message.title).waitFor();
  }

  /** An announcement of the inbox, by its title. */
  inboxItem(title: string): Locator {
    return this.layout.main
      .getByRole('region', { name: 'Untuk Anda' })
      .getByRole('listitem')
      .filter({ has: this.page.getByRole('link', { name: title, exact: true }) });
  }

  /** Opens an announcement from the inbox (which marks it read). */
  async open(title: string): Promise<void> {
    await this.inboxItem(title).getByRole('link', { name: title, exact: true }).click();
    await this.layout.heading(title).waitFor();
  }

  /** The receipt row of an institution. */
  receipt(institution: string): Locator {
    return this.receipts.getByRole('row', { name: new RegExp(`^${institution}`) });
  }
}

/** Rapat koordinasi: scheduling a meeting and one meeting's page. */
export class MeetingPages {
  readonly layout: Layout;
  readonly response: Locator;
  readonly invitees: Locator;

  constructor(readonly page: Page) {
    this.layout = new Layout(page);
    this.response = this.layout.main.getByRole('region', { name: 'Konfirmasi kehadiran' });
    this.invitees = this.layout.main.getByRole('region', { name: 'Undangan' });
  }

  /** Schedules an online meeting inviting one role of institutions chosen by name; waits for its page and returns its address. */
  async create(meeting: {
    title: string;
    startsAt: string;
    timeZone: 'WIB' | 'WITA' | 'WIT';
    onlineUrl: string;
    agenda: string;
    role: string;
    institutions: string[];
  }): Promise<string> {
    await this.page.goto('/kerja/koordinasi/rapat/baru');
    const main = this.layout.main;
    await this.layout.heading('Buat rapat').waitFor();
    await main.getByRole('textbox', { name: 'Judul', exact: true }).fill(meeting.title);
    await main.getByLabel('Mulai (waktu setempat)').fill(meeting.startsAt);
    await main.getByRole('combobox', { name: 'Zona waktu' }).selectOption(meeting.timeZone);
    await main.getByRole('textbox', { name: 'Tautan rapat daring' }).fill(meeting.onlineUrl);
    await main.getByRole('textbox', { name: 'Agenda' }).fill(meeting.agenda);
    await main.getByRole('checkbox', { name: meeting.role, exact: true }).check();
    for (const name of meeting.institutions) await pick(main, 'Instansi tertentu', name);
    await main.getByRole('button', { name: 'Buat rapat dan kirim undangan' }).click();
    await this.layout.heading(meeting.title).waitFor();
    return new URL(this.page.url()).pathname;
  }

  async goto(path: string, title: string): Promise<void> {
    await this.page.goto(path);
    await this.layout.heading(title).waitFor();
  }

  /** Confirms attendance for the one invitation of my institution. */
  async confirm(): Promise<void> {
    await this.response.getByRole('button', { name: 'Konfirmasi hadir' }).click();
    await this.response.getByText('Hadir', { exact: true }).waitFor();
  }

  /** The invitee row of an institution. */
  invitee(institution: string): Locator {
    return this.invitees.getByRole('row', { name: new RegExp(`^${institution}`) });
  }
}

/** Media kit: the list of materials and one material's page, with its reach and the republication form. */
export class MediaKitPages {
  readonly layout: Layout;
  readonly reach: Locator;
  readonly republication: Locator;

  constructor(readonly page: Page) {
    this.layout = new Layout(page);
    this.reach = this.layout.main.getByRole('region', { name: 'Jangkauan per provinsi' });
    this.republication = this.layout.main.getByRole('form', { name: 'Catat publikasi ulang' });
  }

  async gotoList(): Promise<void> {
    await this.page.goto('/kerja/koordinasi/media');
    await this.layout.heading('Media kit nasional').waitFor();
  }

  async openMaterial(title: string): Promise<void> {
    await this.layout.main.getByRole('link', { name: title, exact: true }).click();
    await this.layout.heading(title).waitFor();
  }

  /** Records a republication of the material shown, published at `url`. */
  async recordRepublication(kind: string, url: string): Promise<void> {
    await this.republication.getByRole('combobox', { name: 'Jenis' }).selectOption({ label: kind });
    await this.republication.getByRole('textbox', { name: 'Tautan publikasi' }).fill(url);
    await this.republication.getByRole('button', { name: 'Catat publikasi' }).click();
    await this.republication.getByRole('status').waitFor();
  }

  /** The reach row of a province. */
  province(name: string): Locator {
    return this.reach.getByRole('row', { name: new RegExp(name, 'i') });
  }
}
