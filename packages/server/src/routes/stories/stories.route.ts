/** Process and results stories: start one from an accepted report (publicist or focal point), list what can be told. */
import { publicationSchema, storyRequestSchema, storySourceQuerySchema, storySourceSchema } from '@pantau/core';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { callerOf, errorResponses, idParams } from '../../http/route-kit.js';
import type { ZodApp } from '../../http/zod-app.js';
import { startStory, storySources } from '../../services/coordination/story.service.js';

const errors = errorResponses(400, 401, 403, 404, 409);
const tags = ['publications'];

export function storyRoutes(app: ZodApp, context: AppContext): void {
  app.post(
    '/api/reports/:id/story',
    {
      config: { permission: 'story.start' },
      schema: {
        tags,
        summary: 'Start a story from an accepted report of my institution: a draft publication linked to it',
        description:
          'Humas publish it with `POST /api/publications/:id/publish`; the portal shows it beside the result.',
        params: idParams,
        body: storyRequestSchema,
        response: { 201: publicationSchema, ...errors },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await startStory(context, callerOf(request), request.params.id, request.body)),
  );

  app.get(
    '/api/stories/sources',
    {
      config: { permission: 'story.start' },
      schema: {
        tags,
        summary: 'Accepted reports of my institution that a story can tell, latest verified first',
        querystring: storySourceQuerySchema,
        response: { 200: z.array(storySourceSchema), ...errors },
      },
    },
    (request) => storySources(context, callerOf(request), request.query.period),
  );
}
