/** Maps every error to the one response shape; unknown errors become a logged, generic 500. */
import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { AppError, type ErrorDetail, type LocalizedText } from '../errors.js';
import { requestLocale } from './locale.js';

const INVALID_INPUT: LocalizedText = {
  id: 'Data yang dikirim tidak valid. Periksa kolom yang ditandai lalu kirim ulang.',
  en: 'The data sent is not valid. Check the fields listed and send again.',
};
const INTERNAL: LocalizedText = {
  id: 'Terjadi kesalahan di server. Coba lagi; jika berulang, laporkan kode permintaan ini ke admin.',
  en: 'Something went wrong on the server. Try again; if it persists, give this request id to the admin.',
};
const NOT_FOUND: LocalizedText = { id: 'Alamat tidak ditemukan.', en: 'Route not found.' };
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
