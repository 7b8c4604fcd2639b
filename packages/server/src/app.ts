/**
 * Builds the Fastify application without listening, so tests can use `app.inject()` and the CLI
 * can listen on the configured address.
 */
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import multipart from '@fastify/multipart';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import type { AppContext } from './context.js';
import { installAccessControl } from './http/access-control.js';
import { installErrorHandler } from './http/error-handler.js';
import { installMetrics } from './http/metrics.js';
import { installPublicApi } from './http/public-api.js';
import { serveWebApp } from './http/web-app.js';
import { assignmentRoutes } from './routes/assignments/assignments.route.js';
import { auditRoutes } from './routes/audit/audit.route.js';
import { authRoutes } from './routes/auth/auth.route.js';
import { catalogueAdminRoutes } from './routes/catalogue-admin/catalogue-admin.route.js';
import { coordinationRoutes } from './routes/coordination/coordination.route.js';
import { dashboardRoutes } from './routes/dashboard/dashboard.route.js';
import { documentRoutes } from './routes/documents/documents.route.js';
import { evidenceRoutes } from './routes/evidence/evidence.route.js';
import { exportRoutes } from './routes/exports/exports.route.js';
import { feedbackExportRoutes } from './routes/exports/feedback-export.route.js';
import { feedbackRoutes } from './routes/feedback/feedback.route.js';
import { healthRoutes } from './routes/health/health.route.js';
import { holidayRoutes } from './routes/holidays/holidays.route.js';
import { importRoutes } from './routes/import/import.route.js';
import { instanceRoutes } from './routes/instance/instance.route.js';
import { institutionRoutes } from './routes/institutions/institutions.route.js';
import { metricsRoutes } from './routes/metrics/metrics.route.js';
import { notificationRoutes } from './routes/notifications/notifications.route.js';
import { operationsRoutes } from './routes/operations/operations.route.js';
import { periodRoutes } from './routes/periods/periods.route.js';
import { portalRoutes } from './routes/portal/portal.route.js';
import { publicRoutes } from './routes/public/public.route.js';
import { publicationRoutes } from './routes/publications/publications.route.js';
import { quarterRoutes } from './routes/quarters/quarters.route.js';
import { reportRoutes } from './routes/reports/reports.route.js';
import { reviewRoutes } from './routes/review/review.route.js';
import { targetRoutes } from './routes/targets/targets.route.js';
import { tokenRoutes } from './routes/tokens/tokens.route.js';
import { userRoutes } from './routes/users/users.route.js';
import { VERSION } from './version.js';

/** Options for `buildApp` beyond the context. */
export interface BuildOptions {
  /** False for no logs (tests); or a stream to write the JSON log lines to. */
  logger?: false | { stream: NodeJS.WritableStream };
}

/** Never written to the logs, whatever a future serializer includes. */
const REDACTED_LOG_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  '*.password',
  '*.token',
];

/** The application with every route registered, ready for `inject()` or `listen()`. */
export async function buildApp(context: AppContext, options: BuildOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger:
      options.logger === false
        ? false
        : {
            level: context.config.logLevel,
            redact: REDACTED_LOG_PATHS,
            ...(options.logger?.stream ? { stream: options.logger.stream } : {}),
          },
    trustProxy: context.config.trustProxy,
    bodyLimit: 1_048_576,
    requestIdHeader: false,
    genReqId: () => crypto.randomUUID(),
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandler(app);
  await app.register(cookie);
  // Files stream to disk as they arrive; nothing beyond the per-file limit is read.
  await app.register(multipart, {
    limits: { fileSize: context.config.maxUploadBytes, files: 1, fields: 10, parts: 12 },
  });
  installAccessControl(app, context);
  installMetrics(app);
  installPublicApi(app);

  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        // blob: lets the verifier's evidence viewer show images and PDFs it fetched (never other origins).
        imgSrc: ["'self'", 'data:', 'blob:'],
        frameSrc: ["'self'", 'blob:'],
        connectSrc: ["'self'"],
        fontSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
      },
    },
    crossOriginEmbedderPolicy: false,
  });
  app.addHook('onSend', async (_request, reply) => {
    reply.header('x-request-id', reply.request.id);
  });

  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Pantau API',
        version: VERSION,
        description:
          'API Pantau: pemantauan dan evaluasi aksi pencegahan korupsi (Stranas PK). ' +
          'Errors use one shape: `{ error: { code, message, details, requestId } }`; messages are in ' +
          'Bahasa Indonesia, or English with `Accept-Language: en` or `?lang=en`.',
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  app.get('/api/openapi.json', { config: { permission: 'system.read' }, schema: { hide: true } }, () => app.swagger());

  healthRoutes(app, context);
  metricsRoutes(app, context);
  instanceRoutes(app, context);
  periodRoutes(app, context);
  institutionRoutes(app, context);
  authRoutes(app, context);
  tokenRoutes(app, context);
  userRoutes(app, context);
  auditRoutes(app, context);
  publicRoutes(app, context);
  feedbackRoutes(app, context);
  holidayRoutes(app, context);
  reportRoutes(app, context);
  evidenceRoutes(app, context);
  reviewRoutes(app, context);
  quarterRoutes(app, context);
  targetRoutes(app, context);
  catalogueAdminRoutes(app, context);
  assignmentRoutes(app, context);
  importRoutes(app, context);
  exportRoutes(app, context);
  feedbackExportRoutes(app, context);
  dashboardRoutes(app, context);
  coordinationRoutes(app, context);
  publicationRoutes(app, context);
  notificationRoutes(app, context);
  documentRoutes(app, context);
  operationsRoutes(app, context);
  portalRoutes(app, context);

  if (context.config.webDist) await serveWebApp(app, context.config.webDist);
  return app;
}
