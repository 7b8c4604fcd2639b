/** Request and response shapes of "My account": the signed-in user's own details and password. */
import { accountSchema, passwordSchema } from './api-accounts.js';
import { z } from './zod.js';

export const myAccountSchema = accountSchema.extend({
  phone: z.string().nullable().describe('A phone number the account holder gave'),
});
export type MyAccountDto = z.infer<typeof myAccountSchema>;

/** Digits with spaces, +, -, ( and ): what people type as a phone number. */
const PHONE = /^\+?[0-9 ()-]{6,24}$/;

export const updateMyAccountRequestSchema = z
  .object({
    name: z.string().trim().min(2).max(120).optional(),
    phone: z
      .string()
      .trim()
      .max(24)
      .refine((value) => value === '' || PHONE.test(value), 'Nomor telepon hanya angka, spasi, +, - dan tanda kurung')
      .nullable()
      .optional()
      .describe('Empty or null removes it'),
    locale: z.enum(['id', 'en']).optional().describe('The language of the web app, e-mails and notifications'),
  })
  .refine((value) => Object.values(value).some((v) => v !== undefined), {
    message: 'Tidak ada perubahan yang dikirim',
  });

export const changePasswordRequestSchema = z.object({
  currentPassword: passwordSchema.describe('The password in use now'),
  newPassword: passwordSchema.describe('The new password (same strength rules as at invitation)'),
});

export const accountSessionSchema = z.object({
  device: z.string().nullable().describe('The browser that signed in (its User-Agent)'),
  address: z.string().nullable().describe('The internet address it signed in from'),
  signedInAt: z.string(),
  lastSeenAt: z.string(),
  current: z.boolean().describe('The session of this request'),
});
export type AccountSessionDto = z.infer<typeof accountSessionSchema>;
