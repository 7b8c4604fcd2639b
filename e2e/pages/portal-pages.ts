/** Page models of the server-rendered public site at the root: the front door (no sign-in, no app bundle). */
import type { Locator, Page } from 'playwright-core';

/** The frame of every public page, the same as the app's: navigation, "Masuk", language link, demo notice. */
class PortalFrame {
  readonly nav: Locator;
  readonly main: Locator;
  readonly heading: Locator;
  readonly signIn: Locator;
  readonly demoBanner: Locator;

  constructor(readonly page: Page) {
    this.nav = page.getByRole('navigation', { name: /^(Navigasi utama|Main navigation)$/ });
    this.main = page.getByRole('main');
    this.heading = page.getByRole('heading', { level: 1 });
    this.signIn = page.getByRole('banner').getByRole('link', { name: /^(Masuk|Sign in)$/ });
    this.demoBanner = page.getByRole('complementary', { name: /^(Data contoh|Demo data)/ });
  }
}

/** Home: national overview, province map, rankings, and a search box. */
export class PortalHomePage extends PortalFrame {
  readonly map: Locator;
  readonly searchBox: Locator;

  constructor(page: Page) {
    super(page);
    this.map = page.getByRole('group', { name: /^(Peta provinsi|Province map)$/ });
    this.searchBox = page.getByLabel(/^(Nama instansi atau kode wilayah|Institution name or region code)$/);
  }

  async goto(lang?: 'en'): Promise<void> {
    await this.page.goto(lang ? '/?lang=en' : '/');
  }

  /** Types a name or region code and submits the search. */
  async search(text: string): Promise<PortalSearchPage> {
    await this.searchBox.fill(text);
    await this.page.getByRole('button', { name: /^(Cari|Search)$/ }).click();
    return new PortalSearchPage(this.page);
  }
}

/** Search results: institutions, then aksi. */
export class PortalSearchPage extends PortalFrame {
  /** The result link of one institution, by its exact name. */
  institution(name: string): Locator {
    return this.main.getByRole('list').getByRole('link', { name, exact: true });
  }
}

/** One institution's public page. */
export class PortalInstitutionPage extends PortalFrame {
  readonly csvLink: Locator;
  readonly lastVerified: Locator;
  readonly feedbackLink: Locator;
  readonly answers: Locator;

  constructor(page: Page) {
    super(page);
    this.csvLink = page.locator('#download-csv');
    this.lastVerified = page.locator('#last-verified');
    this.feedbackLink = page.getByRole('link', {
      name: /^(Kirim usulan atau pengaduan tentang instansi ini|Send a suggestion or complaint about this institution)$/,
    });
    this.answers = page.locator('article.answer');
  }

  async goto(code: string): Promise<void> {
    await this.page.goto(`/instansi/${code}`);
  }

  /** Clicks the CSV link and returns the downloaded file's text. */
  async downloadCsv(): Promise<{ fileName: string; text: string }> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.csvLink.click()]);
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return { fileName: download.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') };
  }
}

/** The feedback form; submitting runs the proof of work in the browser and opens the ticket page. */
export class PortalFeedbackPage extends PortalFrame {
  /** The institution field: a name typed, chosen from the list of names with codes beside them. */
  readonly institution: Locator = this.page.getByLabel(/^(Instansi|Institution)$/);

  async send(input: {
    kind: 'usulan' | 'pengaduan';
    message: string;
    institution?: string;
    name?: string;
    email?: string;
  }): Promise<void> {
    await this.page.getByLabel(/^(Jenis|Kind)$/).selectOption(input.kind);
    if (input.institution !== undefined) await this.institution.fill(input.institution);
    await this.page.getByLabel(/^(Pesan|Message)$/).fill(input.message);
    if (input.name) await this.page.getByLabel(/^(Nama|Name) \(/).fill(input.name);
    if (input.email) await this.page.getByLabel(/^E-mail \(/).fill(input.email);
    await Promise.all([
      this.page.waitForURL(/\/aduan\/PNT-/),
      this.page.getByRole('button', { name: /^(Kirim|Send)$/ }).click(),
    ]);
  }
}

/** Follow-up by ticket code. */
export class PortalTicketPage extends PortalFrame {
  readonly status: Locator;
  readonly answer: Locator;

  constructor(page: Page) {
    super(page);
    this.status = page.locator('#ticket-status');
    this.answer = page.locator('#ticket-answer');
  }

  /** The ticket code shown in the page's title, e.g. PNT-7K3M-9QX2-H4WD. */
  async ticket(): Promise<string> {
    const text = (await this.heading.textContent()) ?? '';
    const match = /PNT-[A-Z0-9-]+/.exec(text);
    if (!match) throw new Error(`no ticket code in "${text}"`);
    return match[0];
  }

  /** Opens the tracking form and looks the ticket up by its code. */
  async track(ticket: string): Promise<void> {
    await this.page.goto('/lacak');
    await this.page.getByLabel(/^(Kode tiket|Ticket code)$/).fill(ticket);
    await Promise.all([
      this.page.waitForURL(/\/aduan\/PNT/),
      this.page.getByRole('button', { name: /^(Lacak|Track)$/ }).click(),
    ]);
  }
}

/** Recognition (/apresiasi): the choice of quarter or period by name, recognised institutions per type, certificates. */
export class PortalRecognitionPage extends PortalFrame {
  readonly point: Locator;

  constructor(page: Page) {
    super(page);
    this.point = this.main.getByRole('combobox', {
      name: /^(Pilih triwulan atau periode|Choose a quarter or the period)$/,
    });
  }

  async goto(): Promise<void> {
    await this.page.goto('/apresiasi');
  }

  /** Chooses a quarter (or the period) by its name and shows it. */
  async choose(name: string): Promise<void> {
    await this.point.selectOption({ label: name });
    await this.main.getByRole('button', { name: /^(Tampilkan|Show)$/ }).click();
  }

  /** The certificate download links. */
  certificates(): Locator {
    return this.main.getByRole('link', { name: /^(Unduh PDF|Download PDF)$/ });
  }
}
