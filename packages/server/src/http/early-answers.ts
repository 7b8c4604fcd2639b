/**
 * Current cached public answers given by the HTTP server before the framework sees the request.
 * Once this process has sent a public answer from its cache (`public-cache.ts`), a GET of the same
 * URL, for the same data version and encoding, gets that answer again: the same status, headers
 * and body, with its own request id and date. No routing, hooks, session or serialisation run for
 * it: the answer is the same for everyone. It is timed in the metrics and sampled in the log as
 * any public read. Conditional requests, HEAD and every other request go to the framework, as do
 * all requests once the server stops taking connections (the framework then closes each one).
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { FastifyInstance, FastifyServerFactory } from 'fastify';
import type { AppContext } from '../context.js';
import { PUBLIC_PREFIX } from './public-api.js';
import { currentCached, encodingFor, JSON_TYPE, jsonKey, pageKey } from './public-cache.js';
import type { RequestLogController } from './request-log.js';

type Answer = (request: IncomingMessage, response: ServerResponse) => boolean;

/** The HTTP server Fastify serves on, asking `install`'s answer first. */
export class EarlyAnswers {
  private answer: Answer = () => false;

  /** For Fastify's `serverFactory` option: its HTTP server, configured as Fastify configures its own. */
  readonly serverFactory: FastifyServerFactory<Server> = (handler, options) => {
    const server = createServer((options.http ?? {}) as object, (request, response) => {
      if (!this.answer(request, response)) handler(request, response);
    });
    server.keepAliveTimeout = options.keepAliveTimeout as number;
    server.requestTimeout = options.requestTimeout as number;
    server.setTimeout(options.connectionTimeout as number);
    if ((options.maxRequestsPerSocket as number) > 0)
      server.maxRequestsPerSocket = options.maxRequestsPerSocket as number;
    return server;
  };

  /** Answers current cached public reads of `app` from here on. */
  install(app: FastifyInstance, context: AppContext, log: RequestLogController): void {
    const fixedOrigin = context.config.publicUrlSet ? context.config.publicUrl : undefined;
    this.answer = (request, response) => {
      const url = request.url ?? '';
      if (request.method !== 'GET' || request.headers['if-none-match'] !== undefined || !app.server.listening) {
        return false;
      }
      // A page's links depend on the origin it is served at: known here only when configured.
      const publicApi = url.startsWith(PUBLIC_PREFIX);
      if (!publicApi && fixedOrigin === undefined) return false;
      const cached = currentCached(context, publicApi ? jsonKey(url) : pageKey(fixedOrigin as string, url));
      if (!cached?.sent) return false;
      const type = publicApi ? JSON_TYPE : (cached.page?.type ?? '');
      const sent = cached.sent[encodingFor(request.headers['accept-encoding'], type, cached.body.length) ?? 'identity'];
      if (!sent) return false;
      const started = performance.now();
      const id = randomUUID();
      response.writeHead(200, [...sent.headers, 'x-request-id', id]);
      response.end(sent.body);
      const seconds = (performance.now() - started) / 1000;
      app.metrics.observeRequest('GET', sent.route, 200, seconds);
      log.answeredEarly(app.log, {
        reqId: id,
        req: { method: 'GET', url },
        res: { statusCode: 200 },
        responseTime: seconds * 1000,
      });
      return true;
    };
  }
}
