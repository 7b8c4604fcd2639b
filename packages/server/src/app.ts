/**
 * Builds the Fastify application without listening, so tests can use `app.inject()` and the CLI
 * can listen on the configured address.
 */
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { AppContext } from './context.js';
import { installAccessControl } from './http/access-control.js';
import { EarlyAnswers } from './http/early-answers.js';
import { answerFrameworkError, installErrorHandler } from './http/error-handler.js';
import { installMetrics } from './http/metrics.js';
import { openapiHeader, transformOperation } from './http/openapi-document.js';
import { installPublicApi } from './http/public-api.js';
import { installCachedAnswers } from './http/public-cache.js';
import { RequestLogController } from './http/request-log.js';
import { installSecurityHeaders } from './http/security-headers.js';
import { serveWebApp } from './http/web-app.js';
import { accountRoutes } from './routes/account/account.route.js';
import { assignmentRoutes } from './routes/assignments/assignments.route.js';
import { auditRoutes } from './routes/audit/audit.route.js';
import { authRoutes } from './routes/auth/auth.route.js';
import { oidcRoutes } from './routes/auth/oidc.route.js';
import { passwordForgotRoutes } from './routes/auth/password-forgot.route.js';
import { secondFactorRoutes } from './routes/auth/second-factor.route.js';
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
import { leaderRoutes } from './routes/leader/leader.route.js';
import { metricsRoutes } from './routes/metrics/metrics.route.js';
import { notificationRoutes } from './routes/notifications/notifications.route.js';
import { operationsRoutes } from './routes/operations/operations.route.js';
import { periodRoutes } from './routes/periods/periods.route.js';
import { portalRoutes } from './routes/portal/portal.route.js';
import { publicRoutes } from './routes/public/public.route.js';
import { recognitionRoutes } from './routes/public/recognition.route.js';
import { publicationRoutes } from './routes/publications/publications.route.js';
import { quarterRoutes } from './routes/quarters/quarters.route.js';
import { reportRoutes } from './routes/reports/reports.route.js';
import { reviewRoutes } from './routes/review/review.route.js';
import { storyRoutes } from './routes/stories/stories.route.js';
import { supportRoutes } from './routes/support/support.route.js';
import { targetRoutes } from './routes/targets/targets.route.js';
import { tokenRoutes } from './routes/tokens/tokens.route.js';
import { unitBoardRoutes } from './routes/units/unit-board.route.js';
import { unitRoutes } from './routes/units/units.route.js';
import { userRoutes } from './routes/users/users.route.js';

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
  const requestLog = new RequestLogController();
  const earlyAnswers = new EarlyAnswers();
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
    // Public reads log at debug level (see `http/request-log.ts`).
    logController: requestLog,
    serverFactory: earlyAnswers.serverFactory,
    genReqId: () => crypto.randomUUID(),
    frameworkErrors: answerFrameworkError,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  installErrorHandler(app);
  await app.register(cookie);
  // Files stream to disk as they arrive; nothing beyond the per-file limit is read.
  await app.register(multipart, {
    limits: { fileSize: context.config.maxUploadBytes, files: 1, fields: 10, parts: 12 },
  });
  installMetrics(app);
  // Before access control, so 401 and 403 answers carry the security headers too.
  installSecurityHeaders(app);
  // After the security headers, before sessions: a current cached public answer needs nothing else.
  installCachedAnswers(app, context);
  // And before the framework, for answers the cache has sent already.
  earlyAnswers.install(app, context, requestLog);
  installAccessControl(app, context);
  installPublicApi(app);
  app.addHook('onSend', async (_request, reply) => {
    reply.header('x-request-id', reply.request.id);
  });

  await app.register(swagger, { openapi: openapiHeader(context.config), transform: transformOperation });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  app.get('/api/openapi.json', { config: { permission: 'system.read' }, schema: { hide: true } }, () => app.swagger());

  healthRoutes(app, context);
  metricsRoutes(app, context);
  instanceRoutes(app, context);
  periodRoutes(app, context);
  institutionRoutes(app, context);
  authRoutes(app, context);
  oidcRoutes(app, context);
  accountRoutes(app, context);
  secondFactorRoutes(app, context);
  passwordForgotRoutes(app, context);
  tokenRoutes(app, context);
  userRoutes(app, context);
  auditRoutes(app, context);
  publicRoutes(app, context);
  recognitionRoutes(app, context);
  feedbackRoutes(app, context);
  holidayRoutes(app, context);
  unitRoutes(app, context);
  unitBoardRoutes(app, context);
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
  storyRoutes(app, context);
  notificationRoutes(app, context);
  documentRoutes(app, context);
  operationsRoutes(app, context);
  portalRoutes(app, context);
  supportRoutes(app, context);
  leaderRoutes(app, context);

  if (context.config.webDist) await serveWebApp(app, context.config.webDist);
  return app;
}
