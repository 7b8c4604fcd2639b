/** Account rules shared by the server and the web app. */

import { outputCodeSchema } from './catalogue.js';
import { roleSchema } from './roles.js';
import { z } from './zod.js';

/** Minimum password length. */
export const MIN_PASSWORD_LENGTH = 12;

/** A new account as accepted by the API and the CLI. */
export const newUserSchema = z.object({
  email: z
    .email('Alamat e-mail tidak valid')
    .max(254)
    .transform((e) => e.toLowerCase()),
  name: z.string().trim().min(2, 'Nama minimal 2 karakter').max(120),
  roles: z.array(roleSchema).min(1, 'Pilih minimal satu peran'),
  institutionCode: z.string().min(1).max(20).nullable(),
  /** Aksi codes of the given period a verifier judges. */
  verifierAksi: z.array(z.string().regex(/^\d{1,2}$/)).default([]),
  /** Output codes of the given period a contributor is limited to (empty: all of its institution's). */
  contributorOutputs: z.array(outputCodeSchema).default([]),
  locale: z.enum(['id', 'en']).default('id'),
});
export type NewUser = z.infer<typeof newUserSchema>;
