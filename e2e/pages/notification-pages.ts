import type { Locator, Page } from 'playwright-core';
import { Layout } from './layout';

/** The bell in the header: its unread count (in its name), its panel of latest notifications. */
export class NotificationBell {
  readonly button: Locator;
  readonly panel: Locator;

  constructor(readonly page: Page) {
    this.button = page.getByRole('banner').getByRole('button', { name: /^(Pemberitahuan|Notifications):/ });
    this.panel = page.getByRole('banner').getByRole('region', { name: /^(Pemberitahuan|Notifications)$/ });
  }

  /** Waits until the bell names `count` unread notifications. */
  async waitForUnread(count: number): Promise<void> {
    const name =
      count === 0
        ? /^(Pemberitahuan: tidak ada yang belum dibaca|Notifications: none unread)$/
        : new RegExp(`^(Pemberitahuan|Notifications): ${count} (belum dibaca|unread)$`);
    await this.page.getByRole('banner').getByRole('button', { name }).waitFor();
  }

  async open(): Promise<void> {
    await this.button.click();
    await this.panel.waitFor();
  }

  /** A notification in the open panel, by (part of) its title. */
  link(title: string | RegExp): Locator {
    return this.panel.getByRole('link', { name: title });
  }
}

/** Pemberitahuan: the inbox (filter by kind, unread only, mark read) and the choice of channels per kind. */
export class NotificationsPage {
  readonly layout: Layout;
  readonly heading: Locator;
  readonly kindFilter: Locator;
  readonly unreadOnly: Locator;
  readonly markAllRead: Locator;
  readonly items: Locator;
  readonly preferences: Locator;
  readonly savePreferences: Locator;

  constructor(readonly page: Page) {
    this.layout = new Layout(page);
    this.heading = this.layout.heading('Pemberitahuan');
    this.kindFilter = this.layout.main.getByRole('combobox', { name: 'Jenis' });
    this.unreadOnly = this.layout.main.getByRole('checkbox', { name: 'Hanya yang belum dibaca' });
    this.markAllRead = this.layout.main.getByRole('button', { name: 'Tandai semua dibaca' });
    this.items = this.layout.main.getByRole('region', { name: 'Daftar pemberitahuan' }).getByRole('article');
    this.preferences = this.layout.main.getByRole('region', { name: 'Pilihan pemberitahuan' });
    this.savePreferences = this.preferences.getByRole('button', { name: 'Simpan pilihan' });
  }

  async goto(): Promise<void> {
    await this.page.goto('/kerja/notifikasi');
    await this.heading.waitFor();
    await this.layout.waitUntilLoaded();
  }

  /** A notification of the list, by its title. */
  item(title: string | RegExp): Locator {
    return this.items.filter({ has: this.page.getByRole('heading', { name: title }) });
  }

  /** The choices of one kind, by the kind's name. */
  kind(name: string): Locator {
    return this.preferences.getByRole('group', { name, exact: true });
  }

  /** Where a kind goes ("Dikirim ke"). */
  channel(kind: string): Locator {
    return this.kind(kind).getByRole('combobox', { name: 'Dikirim ke' });
  }

  /** "E-mail dalam ringkasan harian" of a kind. */
  digest(kind: string): Locator {
    return this.kind(kind).getByRole('checkbox', { name: 'E-mail dalam ringkasan harian' });
  }
}
