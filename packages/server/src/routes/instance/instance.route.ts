/** GET /api/instance: facts about this installation the web app shows (e.g. the demo banner). */
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { getSetting } from '../../db/repositories/setting.repository.js';
import type { ZodApp } from '../../http/zod-app.js';
import { DEMO_SETTING } from '../../seed/demo-seed.js';
import { VERSION } from '../../version.js';

const instanceSchema = z.object({
  name: z.literal('Pantau'),
  version: z.string(),
  demo: z.boolean().describe('True when the data is the demo dataset ("data contoh")'),
});

export function instanceRoutes(app: ZodApp, { database }: AppContext): void {
  app.get(
    '/api/instance',
    {
      config: { permission: 'system.read' },
      schema: { tags: ['operations'], summary: 'About this installation', response: { 200: instanceSchema } },
    },
    async () => ({
      name: 'Pantau' as const,
      version: VERSION,
      demo: (await getSetting(database.db, DEMO_SETTING)) === 'true',
    }),
  );
}
