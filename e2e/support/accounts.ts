/** The demo accounts of a test server (`pantau serve` with PANTAU_DEMO_PASSWORD) and the institution they belong to. */
import { DEMO_PASSWORD } from './server';

export const DEMO_ACCOUNTS = {
  admin: 'admin@demo.pantau.id',
  verifier: 'verifikator@demo.pantau.id',
  observer: 'pengamat@demo.pantau.id',
  focal_point: 'inspektorat@demo.pantau.id',
  contributor: 'kontributor@demo.pantau.id',
  publicist: 'humas@demo.pantau.id',
  /** The governor's office leader, who also has the province view of Jawa Barat. */
  leader: 'pimpinan.provinsi@demo.pantau.id',
} as const;

export type DemoRole = keyof typeof DEMO_ACCOUNTS;

/** Provinsi Jawa Barat: the institution of the demo focal point, contributor and publicist. */
export const DEMO_INSTITUTION = { code: '32', name: 'Provinsi Jawa Barat' } as const;

/** The aksi the demo verifier judges. */
export const DEMO_VERIFIER_AKSI = ['1', '2', '3', '4', '5'] as const;

export { DEMO_PASSWORD };
