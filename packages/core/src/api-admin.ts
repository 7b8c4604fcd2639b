/**
 * Request and response shapes of administration: the catalogue, institutions, assignment rules,
 * spreadsheet import and list export.
 */

import { institutionSchema } from './api.js';
import { assignmentRuleSchema } from './assignment-rules.js';
import { aksiCodeSchema, outputCodeSchema, targetContentSchema } from './catalogue.js';
import { IMPORT_TARGETS } from './import-sheets.js';
import { institutionTypeSchema } from './institutions.js';
import { periodCodeSchema } from './period-code.js';
import { z } from './zod.js';

const periodCode = periodCodeSchema;

/** What an upsert did. */
export const upsertStatusSchema = z
  .enum(['created', 'updated', 'unchanged'])
  .describe('created (201), updated or unchanged (200): the same request again changes nothing');
export type UpsertStatus = z.infer<typeof upsertStatusSchema>;

export const periodParamsSchema = z.object({ code: periodCode });

export const fokusParamsSchema = periodParamsSchema.extend({ fokus: aksiCodeSchema });
export const fokusUpsertRequestSchema = z.object({ name: z.string().trim().min(3).max(300) });
export const fokusAdminSchema = z.object({ code: z.string(), name: z.string(), status: upsertStatusSchema });

export const aksiParamsSchema = periodParamsSchema.extend({ aksi: aksiCodeSchema });
export const aksiUpsertRequestSchema = z.object({
  fokusCode: aksiCodeSchema.describe('The fokus the aksi belongs to'),
  name: z.string().trim().min(3).max(300),
});
export const aksiAdminSchema = z.object({
  code: z.string(),
  fokusCode: z.string(),
  name: z.string(),
  status: upsertStatusSchema,
});

export const outputParamsSchema = periodParamsSchema.extend({ output: outputCodeSchema });
export const outputUpsertRequestSchema = z.object({ name: z.string().trim().min(3).max(300) });
export const outputAdminSchema = z.object({
  code: z.string(),
  aksiCode: z.string().describe('The aksi of the output: the part of its code before the dot'),
  name: z.string(),
  status: upsertStatusSchema,
});

export const targetParamsSchema = periodParamsSchema.extend({
  target: z.string().regex(/^\d{1,2}\.\d{1,2}-TW[1-8]$/, 'Kode target berformat 1.2-TW4'),
});
export const targetUpsertRequestSchema = targetContentSchema.extend({
  reason: z
    .string()
    .trim()
    .min(5)
    .max(2000)
    .optional()
    .describe('Required when an existing target changes: the change is a new version (reorganisasi target)'),
});
export const targetAdminSchema = targetContentSchema.extend({
  code: z.string(),
  outputCode: z.string(),
  quarter: z.number().int(),
  version: z.number().int(),
  status: upsertStatusSchema,
});

export const institutionUpsertRequestSchema = z.object({
  name: z.string().trim().min(2).max(200),
  type: institutionTypeSchema.optional().describe('Checked against the code when given'),
});
export const institutionAdminSchema = institutionSchema.extend({
  parentCode: z.string().nullable(),
  status: upsertStatusSchema,
});

export const ruleParamsSchema = outputParamsSchema.extend({ id: z.coerce.number().int().positive() });
export const assignmentRuleRequestSchema = z.object({ rule: assignmentRuleSchema });
export const assignmentRuleViewSchema = z.object({
  id: z.number().int(),
  rule: assignmentRuleSchema,
  createdAt: z.string(),
  endedAt: z.string().nullable(),
  endedReason: z.string().nullable(),
  institutionCount: z.number().int().describe('Institutions currently assigned through this rule'),
});
export const assignmentRuleListSchema = z.object({
  period: z.string(),
  outputCode: z.string(),
  institutionCount: z.number().int().describe('Institutions currently assigned the output'),
  rules: z.array(assignmentRuleViewSchema),
});
export const assignmentRuleAddedSchema = z.object({
  rule: assignmentRuleViewSchema,
  added: z.number().int().describe('Institutions newly assigned'),
  reactivated: z.number().int().describe('Institutions whose ended assignment applies again'),
  alreadyAssigned: z.number().int(),
});
export const assignmentRuleEndedSchema = z.object({
  rule: assignmentRuleViewSchema,
  ended: z.number().int().describe('Assignments ended with the rule'),
  kept: z.number().int().describe('Assignments kept because another rule of the output still selects them'),
});
export const assignmentPreviewSchema = z.object({
  total: z.number().int().describe('Institutions the rule selects'),
  newCount: z.number().int().describe('Of them, not yet assigned the output'),
  alreadyAssigned: z.number().int(),
  unknownCodes: z.array(z.string()).describe('Listed codes that match no institution: the rule would be refused'),
  items: z.array(institutionSchema.extend({ assigned: z.boolean() })).describe('The first 200, by code'),
  truncated: z.boolean(),
});

export const assignmentListQuerySchema = z.object({
  ended: z.enum(['true', 'false']).default('false').describe('Include ended assignments'),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
});
export const assignmentViewSchema = z.object({
  institution: institutionSchema,
  ruleId: z.number().int().nullable(),
  createdAt: z.string(),
  endedAt: z.string().nullable(),
  endedReason: z.string().nullable(),
});
export const assignmentPageSchema = z.object({
  total: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
  items: z.array(assignmentViewSchema),
});
export const assignmentParamsSchema = outputParamsSchema.extend({ institution: z.string().min(1).max(20) });

export const importKindSchema = z.enum(IMPORT_TARGETS);
export const importTemplateParamsSchema = z.object({
  kind: z.enum(IMPORT_TARGETS),
  format: z.enum(['xlsx', 'csv']),
});
export const importQuerySchema = z.object({
  dryRun: z
    .enum(['true', 'false'])
    .default('true')
    .describe('true (default): check only and report what would change; false: commit when there is no problem'),
});
export const importProblemSchema = z.object({
  sheet: z.string(),
  row: z.number().int().nullable().describe('Spreadsheet row (header = 1); null for the whole file'),
  column: z.string().nullable(),
  message: z.string().describe("In the caller's language"),
});
export type ImportProblemDto = z.infer<typeof importProblemSchema>;
export const importCountsSchema = z.object({
  create: z.number().int(),
  update: z.number().int(),
  unchanged: z.number().int(),
});
export type ImportCounts = z.infer<typeof importCountsSchema>;
export const importResultSchema = z.object({
  kind: importKindSchema,
  dryRun: z.boolean(),
  committed: z.boolean().describe('True when the changes were saved (never on a dry run or with problems)'),
  file: z.object({ name: z.string(), sha256: z.string(), rows: z.number().int() }),
  problems: z.array(importProblemSchema).describe('In file order; the first 1,000 when there are more'),
  problemCount: z.number().int().describe('How many problems the file has in all'),
  summary: importCountsSchema,
  details: z
    .record(z.string(), importCountsSchema)
    .describe('Per entity: fokus, aksi, output, target, institution, assignment, user'),
  invitations: z
    .array(z.object({ email: z.string(), url: z.string(), expiresAt: z.string() }))
    .describe('Invitation links of the accounts created (commit only); hand them to their holders'),
});
export type ImportResultDto = z.infer<typeof importResultSchema>;

export const LIST_EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export const listExportParamsSchema = z.object({ format: z.enum(LIST_EXPORT_FORMATS) });
export const reportExportQuerySchema = z.object({
  period: periodCode.optional(),
  quarter: z.coerce.number().int().min(1).max(8).optional(),
  institution: z.string().max(20).optional(),
  state: z.enum(['draft', 'ready', 'submitted', 'in_review', 'accepted', 'revision_requested']).optional(),
});
export const institutionExportQuerySchema = z.object({
  type: institutionTypeSchema.optional(),
  province: z
    .string()
    .regex(/^\d{2}$/)
    .optional(),
});
export const userExportQuerySchema = z.object({
  institution: z.string().max(20).optional().describe('Admin and observer only'),
  status: z.enum(['active', 'invited', 'disabled']).optional(),
});
