import type { Locator, Page } from 'playwright-core';
import { Layout } from './layout';
import { pick } from './picker';

/** Pengguna: invite accounts (a single-use link to hand over) and manage them. */
export class UsersPage {
  readonly layout: Layout;
  readonly invite: Locator;
  readonly list: Locator;

  constructor(readonly page: Page) {
    this.layout = new Layout(page);
    this.invite = this.layout.main.getByRole('region', { name: 'Undang pengguna' });
    this.list = this.layout.main.getByRole('region', { name: 'Daftar pengguna' });
  }

  async goto(): Promise<void> {
    await this.page.goto('/kerja/pengguna');
    await this.layout.heading('Pengguna').waitFor();
  }

  /** Fills and sends the invitation form (the institution chosen by name); returns the invitation link shown once. */
  async inviteUser(user: { email: string; name: string; role: string; institution?: string }): Promise<string> {
    await this.invite.getByRole('textbox', { name: 'Alamat e-mail' }).fill(user.email);
    await this.invite.getByRole('textbox', { name: 'Nama' }).fill(user.name);
    const role = this.invite.getByRole('checkbox', { name: user.role, exact: true });
    if ((await role.count()) > 0) await role.check();
    else await this.invite.getByRole('radio', { name: user.role, exact: true }).check();
    if (user.institution) await pick(this.invite, 'Instansi', user.institution);
    await this.invite.getByRole('button', { name: 'Undang', exact: true }).click();
    const link = this.invite.getByRole('textbox', { name: `Tautan undangan untuk ${user.email}` });
    await link.waitFor();
    return link.inputValue();
  }

  /** An account of the list, by its name. */
  account(name: string): Locator {
    return this.list.getByRole('listitem').filter({ has: this.page.getByText(name, { exact: true }) });
  }
}
