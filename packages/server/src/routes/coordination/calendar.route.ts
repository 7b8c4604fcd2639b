/** One's calendar of meetings and deadlines as iCalendar, for download or subscription. */
import { calendarFeedQuerySchema } from '@pantau/core';
import type { FastifyReply } from 'fastify';
import type { AppContext } from '../../context.js';
import { callerOf, errorResponses } from '../../http/route-kit.js';
import type { ZodApp } from '../../http/zod-app.js';
import { calendarFeed, calendarOf } from '../../services/coordination/calendar.service.js';

const sendCalendar = (reply: FastifyReply, text: string) =>
  reply
    .header('content-type', 'text/calendar; charset=utf-8')
    .header('content-disposition', 'inline; filename="pantau.ics"')
    .header('cache-control', 'private, no-store')
    .send(text);

export function calendarRoutes(app: ZodApp, context: AppContext): void {
  app.get(
    '/api/calendar.ics',
    {
      config: { permission: 'calendar.read' },
      schema: {
        tags: ['calendar'],
        summary: 'My meetings and deadlines as iCalendar (.ics)',
        produces: ['text/calendar'],
        response: { ...errorResponses(401) },
      },
    },
    async (request, reply) => sendCalendar(reply, await calendarOf(context, callerOf(request))),
  );

  app.get(
    '/api/calendar/feed.ics',
    {
      config: { permission: 'calendar.feed' },
      // The address carries a credential: keep it out of the request log lines.
      logLevel: 'warn',
      schema: {
        tags: ['calendar'],
        summary: 'Subscription address for calendar apps: my calendar, authenticated by an API token in the query',
        description:
          'Calendar apps cannot send headers, so the token travels in the address. Create a dedicated token ' +
          '(POST /api/tokens, e.g. named "Kalender") and revoke it if the address leaks.',
        querystring: calendarFeedQuerySchema,
        produces: ['text/calendar'],
        response: { ...errorResponses(400, 401) },
      },
    },
    async (request, reply) => sendCalendar(reply, await calendarFeed(context, request.query.token)),
  );
}
