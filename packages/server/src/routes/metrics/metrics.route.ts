/** GET /metrics: Prometheus metrics of this process, for administrators and their scrapers only. */
import type { AppContext } from '../../context.js';
import type { ZodApp } from '../../http/zod-app.js';
import { registerApplicationGauges } from '../../services/operations/metrics.service.js';

/** The Prometheus text exposition format. */
const PROMETHEUS_TEXT = 'text/plain; version=0.0.4; charset=utf-8';

export function metricsRoutes(app: ZodApp, context: AppContext): void {
  registerApplicationGauges(app.metrics, context);
  app.get('/metrics', { config: { permission: 'metrics.read' }, schema: { hide: true } }, async (_request, reply) =>
    reply.type(PROMETHEUS_TEXT).send(await app.metrics.render()),
  );
}
