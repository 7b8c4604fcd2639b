/** Request and response shapes of sign-in, accounts, API tokens and the audit log. */

import { institutionTypeSchema } from './institutions.js';
import { periodCodeSchema } from './period-code.js';
import { ROLES, roleSchema } from './roles.js';
import { newUserSchema } from './users.js';
import { z } from './zod.js';

export const loginRequestSchema = z.object({
  email: z.string().trim().min(3).max(254).describe('E-mail address of the account'),
  password: z.string().min(1).max(1024),
});

export const accountSchema = z.object({
  id: z.number().int(),
  email: z.string(),
  name: z.string(),
  status: z.enum(['active', 'invited', 'disabled']),
  locale: z.enum(['id', 'en']),
  roles: z.array(roleSchema),
  institution: z.object({ code: z.string(), name: z.string(), type: institutionTypeSchema }).nullable(),
  verifierAksi: z.array(z.object({ period: z.string(), code: z.string() })),
  contributorOutputs: z
    .array(z.object({ period: z.string(), code: z.string() }))
    .describe('Outputs a contributor is limited to; empty means every output of its institution'),
  createdAt: z.string(),
  provinceView: z
    .boolean()
    .optional()
    .describe("A province focal point's or leader's read-only view of its kabupaten/kota (set by admin)"),
});
export type AccountDto = z.infer<typeof accountSchema>;

export const meSchema = z.object({
  user: accountSchema,
  csrfToken: z
    .string()
    .nullable()
    .describe('Send as `x-csrf-token` on every state-changing request (null for API tokens)'),
  via: z.enum(['session', 'token']),
});
export type MeDto = z.infer<typeof meSchema>;

export const passwordSchema = z.string().min(1).max(1024);

export const redeemLinkRequestSchema = z.object({
  token: z.string().min(20).max(200).describe('The secret part of the link'),
  password: passwordSchema,
});

export const issuedLinkSchema = z.object({
  url: z.string().describe('Single-use link to hand to the account holder'),
  expiresAt: z.string(),
});

export const accountListQuerySchema = z.object({
  institution: z.string().max(20).optional().describe('Institution code (admin and observer only)'),
  role: z.enum(ROLES).optional(),
  status: z.enum(['active', 'invited', 'disabled']).optional(),
  q: z.string().trim().min(1).max(100).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

export const accountPageSchema = z.object({
  total: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
  items: z.array(accountSchema),
});

export const inviteRequestSchema = newUserSchema.extend({
  period: periodCodeSchema.optional().describe('Period of verifierAksi and contributorOutputs'),
});

export const inviteResponseSchema = z.object({ account: accountSchema, invitation: issuedLinkSchema });

export const updateAccountRequestSchema = z
  .object({
    name: z.string().trim().min(2).max(120).optional(),
    locale: z.enum(['id', 'en']).optional(),
    roles: z.array(roleSchema).min(1).optional(),
    institutionCode: z.string().min(1).max(20).nullable().optional(),
    verifierAksi: z.array(z.string().regex(/^\d{1,2}$/)).optional(),
    contributorOutputs: z.array(z.string().regex(/^\d{1,2}\.\d{1,2}$/)).optional(),
    period: periodCodeSchema.optional(),
  })
  .refine((value) => Object.values(value).some((v) => v !== undefined), {
    message: 'Tidak ada perubahan yang dikirim',
  });

export const reasonRequestSchema = z.object({
  reason: z.string().trim().min(5, 'Alasan minimal 5 karakter').max(1000),
});

export const apiTokenSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  prefix: z.string().describe('First characters of the token, to recognise it'),
  createdAt: z.string(),
  expiresAt: z.string(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
  scope: z.enum(['read', 'read-write']).describe('read: refused on every change; read-write: what its user may do'),
});

export const createApiTokenRequestSchema = z.object({
  name: z.string().trim().min(2).max(100).describe('What the token is for, e.g. "SIPD Kota Semarang"'),
  expiresInDays: z.number().int().min(1).max(365).default(90),
  scope: z.enum(['read', 'read-write']).default('read-write').describe('read: the token is refused on every change'),
});

export const createdApiTokenSchema = apiTokenSchema.extend({
  token: z.string().describe('The secret: shown once, send as `Authorization: Bearer <token>`'),
});

export const auditHeadSchema = z.object({
  seq: z.number().int().describe('Number of entries in the chain'),
  hash: z.string().describe('SHA-256 of the last entry'),
  at: z.string().nullable(),
});

export const auditEntrySchema = z.object({
  seq: z.number().int(),
  at: z.string(),
  actor: z.string(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string().nullable(),
  change: z.unknown(),
  prevHash: z.string(),
  hash: z.string(),
});
export type AuditEntryDto = z.infer<typeof auditEntrySchema>;

export const auditListQuerySchema = z.object({
  entity: z.string().trim().max(40).optional().describe('What was changed, e.g. `report`, `feedback`, `user`'),
  entityId: z.string().trim().max(40).optional().describe('Which one, e.g. a report id or a holiday date'),
  action: z.string().trim().max(60).optional().describe('What was done, e.g. `report.submit`'),
  before: z.coerce.number().int().min(1).optional().describe('Entries before this sequence number (paging)'),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});

export const auditEntryParamsSchema = z.object({ seq: z.coerce.number().int().min(1) });

/** Where a chain breaks: an entry is missing, links to the wrong previous hash, or its content does not match its hash. */
export const AUDIT_CHAIN_PROBLEMS = ['missing_entry', 'broken_link', 'content_changed', 'head_mismatch'] as const;
export type AuditChainProblem = (typeof AUDIT_CHAIN_PROBLEMS)[number];

export const auditVerificationSchema = z
  .object({
    ok: z.boolean().describe('Every entry fits its hash and links to the one before; the head is the last entry'),
    entries: z.number().int().describe('Entries checked before the first break (all of them when ok)'),
    head: auditHeadSchema,
    brokenAt: z.number().int().nullable().describe('Sequence number of the first entry that does not fit'),
    problem: z.enum(AUDIT_CHAIN_PROBLEMS).nullable(),
    checkedAt: z.string(),
  })
  .describe('The outcome of walking the whole audit chain (as `pantau audit verify` does)');
export type AuditVerificationDto = z.infer<typeof auditVerificationSchema>;
