/**
 * The security headers of every answer, set before access control so refusals carry them too:
 * helmet's on pages and the officials' API; the shorter set of a data API on the open-data API
 * (`API_HEADERS`); answers Fastify gives before routing (a URL that cannot be decoded) get
 * `baselineSecurityHeaders`.
 */
import type { FastifyInstance } from 'fastify';
import helmet from 'helmet';
import { PUBLIC_PREFIX } from './public-api.js';

/** The Content-Security-Policy of the API and the web app. */
export const CSP_DIRECTIVES: Record<string, string[]> = {
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
};

/** The directives as one header value, as helmet writes it. */
export function cspHeaderValue(): string {
  return Object.entries(CSP_DIRECTIVES)
    .map(([name, values]) => `${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)} ${values.join(' ')}`)
    .join(';');
}

/** The headers an answer given outside the routes must still carry. */
export function baselineSecurityHeaders(): Record<string, string> {
  return {
    'content-security-policy': cspHeaderValue(),
    'x-content-type-options': 'nosniff',
    'x-frame-options': 'SAMEORIGIN',
    'referrer-policy': 'no-referrer',
  };
}

/**
 * The headers of the open-data API's answers (`/api/public/`), as OWASP's REST Security Cheat
 * Sheet lists them for a data API: JSON, CSV and file downloads for programs and other sites,
 * never a page, so nothing may run, load or frame from them. A third of the bytes of helmet's
 * page headers, which a small cached answer would otherwise mostly consist of.
 */
export const API_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
  'strict-transport-security': 'max-age=31536000; includeSubDomains',
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
};

/**
 * Sets the security headers on every routed answer: the API set on the open-data API, helmet's
 * elsewhere. The middleware is built once: building it parses the policy, which per request cost
 * a public answer served from the cache a sixth of its time.
 */
export function installSecurityHeaders(app: FastifyInstance): void {
  const setHeaders = helmet({
    contentSecurityPolicy: { directives: { ...CSP_DIRECTIVES } },
    crossOriginEmbedderPolicy: false,
  });
  app.addHook('onRequest', (request, reply, done) => {
    if ((request.routeOptions.url ?? '').startsWith(PUBLIC_PREFIX)) {
      reply.headers(API_HEADERS);
      done();
      return;
    }
    // helmet throws rather than passing an error on.
    setHeaders(request.raw, reply.raw, () => done());
  });
}
