/**
 * Fastify's per-request log lines, with public reads made cheap. Public reads (GET and HEAD of a
 * public route: the portal and the open-data API) are most of the traffic when people watch a
 * deadline, and the same for everyone: their "incoming" and "completed" lines go at debug level,
 * and one completed line in `SAMPLE` at info so production logs still show them. Every other
 * request, and every error, logs as Fastify does by default. The metrics counter (`metrics.ts`)
 * counts every request whatever its level.
 */
import { isPublic } from '@pantau/core';
import { type FastifyBaseLogger, type FastifyReply, type FastifyRequest, LogController } from 'fastify';

const SAMPLE = 100;

function isPublicRead(request: FastifyRequest): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  const permission = request.routeOptions?.config?.permission;
  return permission !== undefined && isPublic(permission);
}

export class RequestLogController extends LogController {
  private publicReads = 0;

  override incomingRequest(request: FastifyRequest, reply: FastifyReply, metadata?: Record<string, unknown>): void {
    if (isPublicRead(request)) request.log.debug({ req: request }, 'incoming request');
    else super.incomingRequest(request, reply, metadata);
  }

  override requestCompleted(
    error: Error | null | undefined,
    request: FastifyRequest,
    reply: FastifyReply,
    metadata?: Record<string, unknown>,
  ): void {
    if (!error && isPublicRead(request) && ++this.publicReads % SAMPLE !== 0) {
      reply.log.debug({ res: reply, responseTime: reply.elapsedTime }, 'request completed');
    } else {
      super.requestCompleted(error, request, reply, metadata);
    }
  }

  /**
   * Logs a public read answered before the framework (`early-answers.ts`), sampled with the
   * others: the framework has no request of its own to log for it.
   */
  answeredEarly(log: FastifyBaseLogger, line: Record<string, unknown>): void {
    if (++this.publicReads % SAMPLE === 0) log.info(line, 'request completed');
    else log.debug(line, 'request completed');
  }
}
