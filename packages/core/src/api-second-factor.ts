/** Two-factor sign-in (TOTP, RFC 6238) and forgotten passwords: who must enrol, and the API shapes. */
import { meSchema, passwordSchema } from './api-accounts.js';
import type { Role } from './roles.js';
import { z } from './zod.js';

/** Who must sign in with a second factor: admins and verifiers (always), or every role. */
export type SecondFactorPolicy = 'admin-verifier' | 'everyone';

/** Roles that change national scores or the catalogue: they always need a second factor. */
export const SECOND_FACTOR_ROLES: readonly Role[] = ['admin', 'verifier'];

/** Whether an account with `roles` must enrol a second factor under `policy`. */
export function secondFactorRequired(roles: readonly Role[], policy: SecondFactorPolicy): boolean {
  return policy === 'everyone' || roles.some((role) => SECOND_FACTOR_ROLES.includes(role));
}

/** How many recovery codes an enrolment hands out. */
export const RECOVERY_CODE_COUNT = 10;

/** Six digits from the authenticator app. */
const totpCode = z
  .string()
  .trim()
  .regex(/^[0-9]{6}$/, 'Kode autentikator terdiri dari 6 angka')
  .describe('The 6-digit code the authenticator app shows now');
/** A recovery code as printed (letters and digits, dashes and spaces ignored). */
const recoveryCode = z
  .string()
  .trim()
  .min(8)
  .max(40)
  .describe('One of the recovery codes given at enrolment (each works once)');

/** Sign-in answer when the password was right and the authenticator code is still needed. */
export const secondStepChallengeSchema = z.object({
  secondStep: z.literal('totp').describe('The code of the authenticator app is needed to finish signing in'),
  challenge: z.string().describe('Send back with the code to POST /api/auth/second-step'),
  expiresAt: z.string().describe('The challenge lapses after 5 minutes'),
});
export type SecondStepChallengeDto = z.infer<typeof secondStepChallengeSchema>;

/** What POST /api/auth/login answers: the signed-in user, or the challenge of the second step. */
export const loginResponseSchema = z.union([meSchema, secondStepChallengeSchema]);
export type LoginResponseDto = z.infer<typeof loginResponseSchema>;

export const secondStepRequestSchema = z.union([
  z.object({ challenge: z.string().min(20).max(200), code: totpCode }),
  z.object({ challenge: z.string().min(20).max(200), recoveryCode }),
]);

export const secondFactorStatusSchema = z.object({
  enrolled: z.boolean().describe('An authenticator is confirmed for this account'),
  required: z.boolean().describe('This account may do nothing but enrol until it has one'),
  recoveryCodesLeft: z.number().int().describe('Unused recovery codes'),
});
export type SecondFactorStatusDto = z.infer<typeof secondFactorStatusSchema>;

export const secondFactorEnrolmentSchema = z.object({
  secret: z.string().describe('The secret in base32, to type into the authenticator app by hand'),
  uri: z.string().describe('The otpauth:// URI the QR code carries'),
  qrCode: z.string().describe('The QR code as an SVG data URL'),
});
export type SecondFactorEnrolmentDto = z.infer<typeof secondFactorEnrolmentSchema>;

export const confirmSecondFactorRequestSchema = z.object({ code: totpCode });

export const recoveryCodesSchema = z.object({
  recoveryCodes: z.array(z.string()).describe('Shown once: each signs in once when the phone is not at hand'),
});
export type RecoveryCodesDto = z.infer<typeof recoveryCodesSchema>;

export const disableSecondFactorRequestSchema = z.object({
  password: passwordSchema.describe('The password in use now'),
  code: totpCode,
});

export const forgotPasswordRequestSchema = z.object({
  email: z.string().trim().min(3).max(254).describe('The e-mail address of the account'),
});
