/**
 * The portal used to live under `/portal`; it is now the site's root (the public front door).
 * Every old address answers 301 with its new path, query string kept, so bookmarks, printed
 * links, e-mails already sent and embedded cards on other sites keep working.
 */
import type { ZodApp } from '../../http/zod-app.js';

const config = { permission: 'public.read' as const };

/** The new address of an old `/portal…` URL: the prefix dropped, the query kept. */
export function withoutPortalPrefix(url: string): string {
  const rest = url.replace(/^\/portal(?=\/|\?|$)/, '');
  return rest === '' || rest.startsWith('?') ? `/${rest}` : rest;
}

export function portalRedirects(app: ZodApp): void {
  const redirect = { config, schema: { hide: true } };
  for (const path of ['/portal', '/portal/*']) {
    app.get(path, redirect, (request, reply) =>
      reply.header('cache-control', 'public, max-age=86400').redirect(withoutPortalPrefix(request.url), 301),
    );
  }
}
