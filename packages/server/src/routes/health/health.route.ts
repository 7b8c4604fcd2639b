/** GET /api/health: liveness plus a round trip to the database. */
import { healthSchema } from '@pantau/core';
import { sql } from 'kysely';
import type { AppContext } from '../../context.js';
import type { ZodApp } from '../../http/zod-app.js';
import { VERSION } from '../../version.js';

export function healthRoutes(app: ZodApp, { database, clock }: AppContext): void {
  app.get(
    '/api/health',
    {
      config: { permission: 'system.read' },
      schema: {
        tags: ['operations'],
        summary: 'Health check (includes a database round trip)',
        response: { 200: healthSchema },
      },
    },
    async () => {
      await sql`select 1`.execute(database.db);
      return {
        status: 'ok' as const,
        database: database.dialect.name,
        time: clock.now().toISOString(),
        version: VERSION,
      };
    },
  );
}
