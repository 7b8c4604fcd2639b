/** Maps every error to the one response shape; unknown errors become a logged, generic 500. */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, type ErrorDetail, type LocalizedText } from '../errors.js';
import { requestLocale } from './locale.js';
import { baselineSecurityHeaders } from './security-headers.js';

const INVALID_INPUT: LocalizedText = {
  id: 'Data yang dikirim tidak valid. Periksa kolom yang ditandai lalu kirim ulang.',
  en: 'The data sent is not valid. Check the fields listed and send again.',
};
const INTERNAL: LocalizedText = {
  id: 'Terjadi kesalahan di server. Coba lagi; jika berulang, laporkan kode permintaan ini ke admin.',
  en: 'Something went wrong on the server. Try again; if it persists, give this request id to the admin.',
};
const NOT_FOUND: LocalizedText = { id: 'Alamat tidak ditemukan.', en: 'Route not found.' };
const BAD_URL: LocalizedText = {
  id: 'Alamat tidak valid (mengandung karakter yang tidak dapat dibaca). Periksa tautannya.',
  en: 'The address is not valid (it contains characters that cannot be read). Check the link.',
};
const CLIENT: Record<number, LocalizedText> = {
  413: { id: 'Data yang dikirim terlalu besar.', en: 'The request body is too large.' },
  415: { id: 'Jenis konten tidak didukung.', en: 'Unsupported content type.' },
};

/** Installs the error and not-found handlers on `app`. */
export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const locale = requestLocale(request);
    const send = (status: number, code: string, text: LocalizedText, details: ErrorDetail[] = []) =>
      reply.status(status).send({ error: { code, message: text[locale], details, requestId: request.id } });

    const retryAfter = (error as { retryAfterSeconds?: unknown }).retryAfterSeconds;
    if (typeof retryAfter === 'number' && retryAfter > 0) reply.header('retry-after', String(Math.ceil(retryAfter)));
    if (error instanceof AppError) return send(error.status, error.code, error.text, error.details);
    if (hasZodFastifySchemaValidationErrors(error)) {
      const details = error.validation.map((issue) => ({
        path: [error.validationContext, ...String(issue.instancePath).split('/').filter(Boolean)].join('.'),
        message: issue.message ?? 'invalid',
      }));
      return send(400, 'invalid_input', INVALID_INPUT, details);
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      const text = CLIENT[status] ?? { id: error.message, en: error.message };
      return send(status, error.code?.toLowerCase() ?? 'bad_request', text);
    }
    request.log.error({ err: error }, 'unhandled error');
    return send(500, 'internal', INTERNAL);
  });

  app.setNotFoundHandler((request, reply) => {
    reply.status(404).send({
      error: { code: 'not_found', message: NOT_FOUND[requestLocale(request)], details: [], requestId: request.id },
    });
  });
}

/**
 * Errors Fastify meets before routing (a URL that cannot be decoded, a body it cannot parse):
 * the same shape and security headers as every other answer.
 */
export function answerFrameworkError(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const badUrl = error.code === 'FST_ERR_BAD_URL';
  const status = badUrl ? 400 : (error.statusCode ?? 400);
  const text = badUrl ? BAD_URL : (CLIENT[status] ?? INVALID_INPUT);
  reply
    .headers({ ...baselineSecurityHeaders(), 'x-request-id': request.id })
    .status(status)
    .send({
      error: {
        code: badUrl ? 'bad_url' : 'bad_request',
        message: text[requestLocale(request)],
        details: [],
        requestId: request.id,
      },
    });
}
