/**
 * Configuration, parsed once from environment variables and frozen. Every variable is listed
 * here and documented in the README's configuration table.
 */
import { resolve } from 'node:path';
import {
  type GradeWeightRule,
  NO_GRADE_WEIGHT,
  parseGradeWeight,
  parseHolidayList,
  parseReminderDays,
  type SecondFactorPolicy,
} from '@pantau/core';
import { z } from 'zod';

const portSchema = z.coerce.number().int().min(0).max(65_535);

const environmentSchema = z.object({
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: portSchema.default(3000),
  DATABASE_URL: z.string().optional(),
  PANTAU_DATA_DIR: z.string().min(1).default('./data'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  PANTAU_DEMO: z.enum(['auto', 'off']).default('auto'),
  PANTAU_DEMO_PASSWORD: z.string().min(12, 'PANTAU_DEMO_PASSWORD harus minimal 12 karakter').optional(),
  PANTAU_WEB_DIST: z.string().optional(),
  PANTAU_TRUST_PROXY: z.enum(['true', 'false']).default('false'),
  PANTAU_PUBLIC_URL: z.url('PANTAU_PUBLIC_URL harus URL lengkap, contoh https://pantau.example.go.id').optional(),
  PANTAU_SESSION_IDLE_MINUTES: z.coerce
    .number()
    .int()
    .min(5)
    .max(24 * 60)
    .default(60),
  PANTAU_SESSION_MAX_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 30)
    .default(12),
  PANTAU_COOKIE_SECURE: z.enum(['auto', 'true', 'false']).default('auto'),
  PANTAU_MAX_UPLOAD_MB: z.coerce.number().positive().max(1024).default(25),
  PANTAU_S3_BUCKET: z.string().min(3).optional(),
  PANTAU_S3_ENDPOINT: z.url().optional(),
  PANTAU_S3_REGION: z.string().min(1).default('us-east-1'),
  PANTAU_S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  PANTAU_S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  PANTAU_S3_FORCE_PATH_STYLE: z.enum(['true', 'false']).default('true'),
  PANTAU_SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/[^\s]+$/, 'PANTAU_SMTP_URL harus berbentuk smtp://user:pass@host:587 atau smtps://…')
    .optional(),
  PANTAU_MAIL_FROM: z.string().min(3).optional(),
  PANTAU_SCHEDULER: z.enum(['on', 'off']).default('on'),
  PANTAU_SCHEDULER_INTERVAL_SECONDS: z.coerce.number().int().min(5).max(3600).default(60),
  PANTAU_REMINDER_DAYS: z
    .string()
    .default('7,3,1')
    .refine((value) => parseReminderDays(value) !== null, 'PANTAU_REMINDER_DAYS berisi hari 1–60, contoh "7,3,1"'),
  PANTAU_AUTO_CLOSE: z.enum(['true', 'false']).default('false'),
  PANTAU_SECRET: z.string().min(32, 'PANTAU_SECRET harus minimal 32 karakter acak').optional(),
  PANTAU_HOLIDAYS: z
    .string()
    .default('')
    .refine((value) => parseHolidayList(value) !== null, 'PANTAU_HOLIDAYS berisi tanggal YYYY-MM-DD dipisah koma'),
  PANTAU_FEEDBACK_POW_BITS: z.coerce.number().int().min(0).max(28).default(16),
  PANTAU_FEEDBACK_PER_HOUR: z.coerce.number().int().min(1).max(1000).default(5),
  PANTAU_FEEDBACK_PER_DAY: z.coerce.number().int().min(1).max(10_000).default(20),
  PANTAU_FEEDBACK_POW_MAX_EXTRA_BITS: z.coerce.number().int().min(0).max(16).default(6),
  PANTAU_FIGURES_MAX_STALE_SECONDS: z.coerce.number().min(0).max(60).default(5),
  PANTAU_OIDC_ISSUER: z
    .url('PANTAU_OIDC_ISSUER harus URL penerbit OpenID Connect, contoh https://sso.example.go.id/realms/pegawai')
    .refine(isSecureOrLoopback, 'PANTAU_OIDC_ISSUER harus https:// (http:// hanya untuk 127.0.0.1/localhost)')
    .optional(),
  PANTAU_OIDC_CLIENT_ID: z.string().min(1).optional(),
  PANTAU_OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  PANTAU_OIDC_NAME: z.string().min(1).max(60).default('SSO instansi'),
  PANTAU_SECOND_FACTOR_REQUIRED: z.enum(['admin-verifier', 'everyone']).default('admin-verifier'),
  PANTAU_ADMINISTRATIF_WEIGHT: z
    .string()
    .default('1')
    .refine(
      (value) => parseGradeWeight(value) !== null,
      'PANTAU_ADMINISTRATIF_WEIGHT berisi angka 0–1 (contoh 0.5), atau 1/off untuk mematikan bobot mutu',
    ),
});

/** An identity provider must be reached over HTTPS, except one on this machine (tests, a local trial). */
function isSecureOrLoopback(value: string): boolean {
  const url = new URL(value);
  return url.protocol === 'https:' || ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname);
}

/** The application's settings. */
export interface Config {
  host: string;
  port: number;
  /** `sqlite:<file>` or `postgres://…`. */
  databaseUrl: string;
  dataDir: string;
  logLevel: z.infer<typeof environmentSchema>['LOG_LEVEL'];
  /** Load the demo dataset into an empty database at start-up. */
  seedDemoWhenEmpty: boolean;
  /** Fixed password for the demo accounts; generated when absent. */
  demoPassword: string | undefined;
  /** Built web app to serve; null to serve the API only. */
  webDist: string | null;
  /** Trust X-Forwarded-* headers from a reverse proxy. */
  trustProxy: boolean;
  /** Base URL of this installation as users reach it, for links (invitations, password resets). */
  publicUrl: string;
  /** Whether PANTAU_PUBLIC_URL set `publicUrl` (otherwise it is only derived from HOST and PORT). */
  publicUrlSet: boolean;
  /** A session ends after this long without a request… */
  sessionIdleMs: number;
  /** …and at the latest this long after sign-in. */
  sessionMaxMs: number;
  /** Mark the session cookie Secure: always, never, or when the request came over HTTPS. */
  cookieSecure: 'auto' | 'always' | 'never';
  /** Largest evidence file accepted, in bytes. */
  maxUploadBytes: number;
  /** Where evidence files live: a directory on local disk, or an S3-compatible bucket. */
  evidenceStorage: { kind: 'local'; dir: string } | { kind: 's3'; s3: S3Settings };
  /** Outgoing e-mail: the SMTP server (null: mail waits in the outbox as pending) and the sender. */
  mail: { smtpUrl: string | null; from: string };
  /** Scheduled jobs (reminders, escalation, digest, quarter close, mail delivery) run by `pantau serve`. */
  scheduler: SchedulerSettings;
  /** Key for signing (feedback challenges, address hashes); null: generated once and kept in the settings table. */
  secret: string | null;
  /** Who must sign in with an authenticator code: admins and verifiers, or every role. */
  secondFactorRequired: SecondFactorPolicy;
  /** Extra days off (`YYYY-MM-DD`) on top of the holidays table, for working-day deadlines. */
  holidays: readonly string[];
  /** Spam protection of the public feedback form. */
  feedback: FeedbackSettings;
  /**
   * How far behind the latest write the national dashboard figures may be while a fresh view is
   * computed off the request path (0: every read after a write waits for the recomputation).
   */
  figuresMaxStaleMs: number;
  /**
   * The grade-weight rule: an accepted report graded administratif counts its score × this factor
   * in achievement (1: off). Applied to the stored figures at start (`applyGradeWeight`).
   */
  gradeWeight: GradeWeightRule;
  /** Sign-in through the institution's OpenID Connect provider; null when not configured (the default). */
  oidc: OidcSettings | null;
}

/** The OpenID Connect provider Pantau accepts sign-ins from. */
export interface OidcSettings {
  /** The issuer URL; its `/.well-known/openid-configuration` is read on first use. */
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The provider's name on the sign-in button ("Masuk dengan <name>"). */
  name: string;
}

/**
 * Spam protection of the public feedback form: a proof of work that grows with the recent volume
 * from one address (`scaledProofOfWorkBits` in core), never a refusal.
 */
export interface FeedbackSettings {
  /** Leading zero bits the proof of work needs at least (16 ≈ half a second on a phone). */
  powBits: number;
  /** Submissions per client address within an hour still at the base difficulty… */
  perHour: number;
  /** …and within a day. */
  perDay: number;
  /** The most bits added to the base for a busy address (each bit doubles the work). */
  maxExtraBits: number;
}

/** What the in-process scheduler does and how often. */
export interface SchedulerSettings {
  /** Run the scheduler inside `pantau serve`. */
  enabled: boolean;
  /** Time between two ticks. */
  intervalMs: number;
  /** Days before a reporting deadline that reminders go out, largest first. */
  reminderDays: number[];
  /** Close a quarter (and draw its field sample) once its verification window has passed. */
  autoCloseQuarters: boolean;
}

/** Connection settings of an S3-compatible object store. */
export interface S3Settings {
  bucket: string;
  endpoint: string | undefined;
  region: string;
  accessKeyId: string | undefined;
  secretAccessKey: string | undefined;
  forcePathStyle: boolean;
}

/** Thrown when the environment holds an invalid setting; the message names each variable. */
export class ConfigError extends Error {}

/** Reads and validates the configuration from `env`. */
export function loadConfig(
  env: NodeJS.ProcessEnv = process.env,
  defaultWebDist: string | null = null,
): Readonly<Config> {
  const parsed = environmentSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Konfigurasi tidak valid / invalid configuration:\n  ${lines.join('\n  ')}`);
  }
  const e = parsed.data;
  const dataDir = resolve(e.PANTAU_DATA_DIR);
  return Object.freeze({
    host: e.HOST,
    port: e.PORT,
    databaseUrl: e.DATABASE_URL ?? `sqlite:${resolve(dataDir, 'pantau.db')}`,
    dataDir,
    logLevel: e.LOG_LEVEL,
    seedDemoWhenEmpty: e.PANTAU_DEMO === 'auto',
    demoPassword: e.PANTAU_DEMO_PASSWORD,
    webDist: e.PANTAU_WEB_DIST ?? defaultWebDist,
    trustProxy: e.PANTAU_TRUST_PROXY === 'true',
    publicUrl: (e.PANTAU_PUBLIC_URL ?? `http://${e.HOST}:${e.PORT}`).replace(/\/$/, ''),
    publicUrlSet: e.PANTAU_PUBLIC_URL !== undefined,
    sessionIdleMs: e.PANTAU_SESSION_IDLE_MINUTES * 60_000,
    sessionMaxMs: e.PANTAU_SESSION_MAX_HOURS * 3_600_000,
    cookieSecure: ({ auto: 'auto', true: 'always', false: 'never' } as const)[e.PANTAU_COOKIE_SECURE],
    maxUploadBytes: Math.round(e.PANTAU_MAX_UPLOAD_MB * 1024 * 1024),
    evidenceStorage: e.PANTAU_S3_BUCKET
      ? {
          kind: 's3' as const,
          s3: {
            bucket: e.PANTAU_S3_BUCKET,
            endpoint: e.PANTAU_S3_ENDPOINT,
            region: e.PANTAU_S3_REGION,
            accessKeyId: e.PANTAU_S3_ACCESS_KEY_ID,
            secretAccessKey: e.PANTAU_S3_SECRET_ACCESS_KEY,
            forcePathStyle: e.PANTAU_S3_FORCE_PATH_STYLE === 'true',
          },
        }
      : { kind: 'local' as const, dir: resolve(dataDir, 'evidence') },
    mail: {
      smtpUrl: e.PANTAU_SMTP_URL ?? null,
      from: e.PANTAU_MAIL_FROM ?? `Pantau <no-reply@${new URL(e.PANTAU_PUBLIC_URL ?? `http://${e.HOST}`).hostname}>`,
    },
    scheduler: {
      enabled: e.PANTAU_SCHEDULER === 'on',
      intervalMs: e.PANTAU_SCHEDULER_INTERVAL_SECONDS * 1000,
      reminderDays: parseReminderDays(e.PANTAU_REMINDER_DAYS) ?? [7, 3, 1],
      autoCloseQuarters: e.PANTAU_AUTO_CLOSE === 'true',
    },
    secret: e.PANTAU_SECRET ?? null,
    holidays: Object.freeze(parseHolidayList(e.PANTAU_HOLIDAYS) ?? []),
    feedback: {
      powBits: e.PANTAU_FEEDBACK_POW_BITS,
      perHour: e.PANTAU_FEEDBACK_PER_HOUR,
      perDay: e.PANTAU_FEEDBACK_PER_DAY,
      maxExtraBits: e.PANTAU_FEEDBACK_POW_MAX_EXTRA_BITS,
    },
    figuresMaxStaleMs: e.PANTAU_FIGURES_MAX_STALE_SECONDS * 1000,
    oidc: oidcSettings(e),
    secondFactorRequired: e.PANTAU_SECOND_FACTOR_REQUIRED,
    gradeWeight: parseGradeWeight(e.PANTAU_ADMINISTRATIF_WEIGHT) ?? { ...NO_GRADE_WEIGHT },
  });
}

/** The OpenID Connect settings: all three of issuer, client id and secret, or none of them. */
function oidcSettings(e: z.infer<typeof environmentSchema>): OidcSettings | null {
  const { PANTAU_OIDC_ISSUER: issuer, PANTAU_OIDC_CLIENT_ID: clientId, PANTAU_OIDC_CLIENT_SECRET: clientSecret } = e;
  if (!issuer && !clientId && !clientSecret) return null;
  if (!issuer || !clientId || !clientSecret) {
    throw new ConfigError(
      'Konfigurasi tidak valid / invalid configuration:\n  PANTAU_OIDC_ISSUER, PANTAU_OIDC_CLIENT_ID dan PANTAU_OIDC_CLIENT_SECRET harus diisi bersama',
    );
  }
  return Object.freeze({ issuer, clientId, clientSecret, name: e.PANTAU_OIDC_NAME });
}

/** A database URL safe to print: the password is masked. */
export function redactDatabaseUrl(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
}
