/** Request and response shapes of the national media kit and of institutions' publications. */

import { attachmentSchema, institutionRefSchema } from './api-coordination.js';
import { aksiCodeSchema } from './catalogue.js';
import { isIsoDate } from './dates.js';
import { periodCodeSchema } from './period-code.js';
import { z } from './zod.js';

const periodCode = periodCodeSchema;
const webUrl = z
  .url('Tautan harus URL lengkap')
  .max(2000)
  .refine((u) => /^https?:\/\//i.test(u), 'Hanya tautan http atau https');
const page = {
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
};

/** Kinds of national material. */
export const MATERIAL_KINDS = ['infographic', 'video', 'press_release', 'logo_guidance'] as const;
export const materialKindSchema = z.enum(MATERIAL_KINDS);

/** Kinds of an institution's publication (docs/design.md#the-domain). */
export const PUBLICATION_KINDS = ['berita', 'infografis', 'video', 'media_sosial'] as const;
export const publicationKindSchema = z.enum(PUBLICATION_KINDS);

export const materialRequestSchema = z
  .object({
    kind: materialKindSchema,
    title: z.string().trim().min(3).max(200),
    description: z.string().trim().max(50_000).default('').describe('Caption, or the full text of a press release'),
    url: webUrl.optional().describe('Where a video (or other online material) lives'),
    attachmentId: z.number().int().positive().optional().describe('The file, from `POST /api/attachments`'),
    period: periodCode,
    aksi: z
      .array(aksiCodeSchema)
      .max(40)
      .default([])
      .describe('Aksi the material is about (empty: the programme as a whole)'),
  })
  .refine((m) => m.kind !== 'infographic' || m.attachmentId, {
    message: 'Infografis memerlukan berkas gambar',
    path: ['attachmentId'],
  })
  .refine((m) => m.kind !== 'video' || m.url, { message: 'Video memerlukan tautan', path: ['url'] })
  .refine((m) => m.kind !== 'press_release' || m.description.length >= 20, {
    message: 'Siaran pers memerlukan teks (minimal 20 karakter)',
    path: ['description'],
  })
  .refine((m) => m.attachmentId || m.url || m.description.length > 0, {
    message: 'Sertakan berkas, tautan, atau teks',
    path: ['attachmentId'],
  });

export const reachSchema = z.object({
  publications: z.number().int().describe('Published republications of the material'),
  institutions: z.number().int(),
  byProvince: z
    .array(
      z.object({
        provinceCode: z.string().nullable().describe('null: ministries and agencies (K/L)'),
        provinceName: z.string(),
        publications: z.number().int(),
        institutions: z.number().int(),
      }),
    )
    .describe('Most publications first'),
});

export const materialSchema = z.object({
  id: z.number().int(),
  kind: materialKindSchema,
  title: z.string(),
  description: z.string(),
  url: z.string().nullable(),
  file: attachmentSchema.nullable(),
  period: z.string(),
  aksi: z.array(z.string()),
  publishedAt: z.string(),
  publications: z.number().int().describe('Published republications so far'),
});
export type MaterialDto = z.infer<typeof materialSchema>;

export const materialDetailSchema = materialSchema.extend({ reach: reachSchema });

export const materialListQuerySchema = z.object({
  kind: materialKindSchema.optional(),
  period: periodCode.optional(),
  aksi: aksiCodeSchema.optional(),
  q: z.string().trim().min(1).max(100).optional().describe('Search in titles'),
  ...page,
});

export const materialPageSchema = z.object({
  total: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
  items: z.array(materialSchema),
});

export const publicationRequestSchema = z
  .object({
    kind: publicationKindSchema,
    title: z.string().trim().min(3).max(300),
    url: webUrl.optional().describe('Where it was published'),
    attachmentId: z.number().int().positive().optional().describe('The published file, from `POST /api/attachments`'),
    publishedOn: z.string().refine(isIsoDate, 'Tanggal berformat YYYY-MM-DD'),
    materialId: z.number().int().positive().optional().describe('The media-kit material it republishes'),
    period: periodCode.optional().describe('Defaults to the material’s period'),
    aksi: z.array(aksiCodeSchema).max(40).optional().describe('Defaults to the material’s aksi'),
    status: z.enum(['draft', 'published']).default('published'),
  })
  .refine((p) => p.url || p.attachmentId, { message: 'Sertakan tautan atau berkas publikasi', path: ['url'] })
  .refine((p) => !p.aksi?.length || p.period || p.materialId, {
    message: 'Sebutkan periode aksi',
    path: ['period'],
  });

export const publicationSchema = z.object({
  id: z.number().int(),
  institution: institutionRefSchema,
  kind: publicationKindSchema,
  title: z.string(),
  url: z.string().nullable(),
  file: attachmentSchema.nullable(),
  publishedOn: z.string(),
  material: z.object({ id: z.number().int(), title: z.string() }).nullable(),
  period: z.string().nullable(),
  aksi: z.array(z.string()),
  status: z.enum(['draft', 'published']),
  createdAt: z.string(),
  publishedAt: z.string().nullable(),
  story: z
    .object({
      reportId: z.number().int(),
      target: z.string().describe('Code of the target whose accepted report the story tells'),
      quarter: z.number().int(),
      summary: z.string().nullable(),
    })
    .nullable()
    .describe('A process and results story: the accepted report it tells'),
});
export type PublicationDto = z.infer<typeof publicationSchema>;

export const publicationListQuerySchema = z.object({
  institution: z.string().max(20).optional(),
  material: z.coerce.number().int().positive().optional(),
  kind: publicationKindSchema.optional(),
  status: z.enum(['draft', 'published']).optional(),
  ...page,
});

export const publicationPageSchema = z.object({
  total: z.number().int(),
  limit: z.number().int(),
  offset: z.number().int(),
  items: z.array(publicationSchema),
});

/** Starting a story from an accepted report: a draft publication linked to it, for Humas to publish. */
export const storyRequestSchema = z.object({
  kind: publicationKindSchema.default('berita'),
  title: z.string().trim().min(3).max(300),
  summary: z.string().trim().max(2000).optional().describe('The story in a few sentences, shown on the portal'),
  url: webUrl.optional().describe('Where it was (or will be) published'),
});

/** An accepted report of the caller's institution that a story can tell. */
export const storySourceSchema = z.object({
  reportId: z.number().int(),
  period: z.string(),
  quarter: z.number().int(),
  target: z.string(),
  aksi: z.object({ code: z.string(), name: z.string() }),
  output: z.object({ code: z.string(), name: z.string() }),
  successMeasure: z.string(),
  verifiedAt: z.string(),
  stories: z.number().int().describe('Publications already linked to it'),
});
export type StorySourceDto = z.infer<typeof storySourceSchema>;

export const storySourceQuerySchema = z.object({ period: periodCode.optional() });
