/** The language of a response: Bahasa Indonesia unless the caller asks for English. */
import type { FastifyRequest } from 'fastify';

export type Locale = 'id' | 'en';

/** Picks the locale from `?lang=` or the Accept-Language header. */
export function requestLocale(request: FastifyRequest): Locale {
  const query = request.query as { lang?: unknown } | undefined;
  if (query?.lang === 'en' || query?.lang === 'id') return query.lang;
  const header = request.headers['accept-language'];
  return typeof header === 'string' && /^en\b/i.test(header.trim()) ? 'en' : 'id';
}
