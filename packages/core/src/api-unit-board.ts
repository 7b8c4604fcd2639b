/** Request and response schemas of the unit board, the target assignment screen and unit reminders. */

import { reportStateSchema } from './reports.js';
import { UNIT_BOARD_MEASURES } from './unit-board.js';
import { z } from './zod.js';

const unitRef = z.object({ id: z.number().int(), code: z.string(), name: z.string() });

const measureSchema = z.enum(UNIT_BOARD_MEASURES);
const countsSchema = z.object(
  Object.fromEntries(UNIT_BOARD_MEASURES.map((m) => [m, z.number().int()])) as Record<
    (typeof UNIT_BOARD_MEASURES)[number],
    z.ZodNumber
  >,
);

export const unitBoardQuerySchema = z.object({
  period: z.string().trim().min(4).max(20).describe('Period code, e.g. 2025-2026'),
  quarter: z.coerce.number().int().min(1).max(8),
});

export const unitBoardSchema = z.object({
  institution: z.object({ code: z.string(), name: z.string() }),
  period: z.string(),
  quarter: z.number().int(),
  deadline: z.string().describe('The deadline that applies to the institution (its extension, if any)'),
  deadlinePassed: z.boolean(),
  total: countsSchema.describe("The institution's counts: the sum over the rows"),
  rows: z.array(
    z.object({
      unit: unitRef
        .extend({ shortName: z.string().nullable(), active: z.boolean() })
        .nullable()
        .describe('null: targets no unit is responsible for'),
      contributorCount: z.number().int(),
      remindedAt: z.string().nullable().describe('When its contributors were last reminded'),
      counts: countsSchema,
      targets: z
        .array(
          z.object({
            targetCode: z.string(),
            output: z.object({ code: z.string(), name: z.string() }),
            reportId: z.number().int().nullable(),
            state: reportStateSchema.nullable().describe('null: no report yet'),
            measures: z.array(measureSchema).describe('The counts this target is in'),
          }),
        )
        .describe('The targets behind the counts'),
    }),
  ),
});
export type UnitBoardDto = z.infer<typeof unitBoardSchema>;

export const unitTargetsQuerySchema = z.object({
  period: z.string().trim().min(4).max(20).describe('Period code, e.g. 2025-2026'),
});

export const unitTargetMapSchema = z.object({
  institution: z.object({ code: z.string(), name: z.string() }),
  period: z.string(),
  units: z.array(unitRef.extend({ active: z.boolean() })),
  outputs: z.array(
    z.object({
      code: z.string(),
      name: z.string(),
      targets: z.array(z.object({ code: z.string(), quarter: z.number().int(), unit: unitRef.nullable() })),
    }),
  ),
  history: z
    .array(
      z.object({
        at: z.string(),
        by: z.string(),
        unit: unitRef.nullable().describe('The unit made responsible (null: assignment removed)'),
        targets: z.array(z.object({ code: z.string(), previousUnit: unitRef.nullable() })),
      }),
    )
    .describe('Latest assignments first, from the audit log'),
});
export type UnitTargetMapDto = z.infer<typeof unitTargetMapSchema>;

export const unitReminderRequestSchema = z.object({
  period: z.string().trim().min(4).max(20),
  quarter: z.number().int().min(1).max(8),
});

export const unitReminderResultSchema = z.object({
  reminded: z.number().int().describe('Contributors reached'),
  missing: z.number().int().describe("The unit's targets of the quarter not yet submitted"),
  remindedAt: z.string(),
});
