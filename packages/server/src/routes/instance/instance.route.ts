/** GET /api/instance: facts about this installation the web app shows (e.g. the demo banner). */
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import type { ZodApp } from '../../http/zod-app.js';
import { instanceInfo } from '../../services/operations/instance.service.js';

const instanceSchema = z.object({
  name: z.literal('Pantau'),
  version: z.string(),
  demo: z.boolean().describe('True when the data is the demo dataset ("data contoh")'),
  singleSignOn: z
    .object({ name: z.string().describe('The identity provider on the sign-in button ("Masuk dengan <name>")') })
    .nullable()
    .describe("Sign-in through the institution's OpenID Connect provider (GET /api/auth/oidc/start); null when off"),
});

export function instanceRoutes(app: ZodApp, context: AppContext): void {
  app.get(
    '/api/instance',
    {
      config: { permission: 'system.read' },
      schema: { tags: ['operations'], summary: 'About this installation', response: { 200: instanceSchema } },
    },
    () => instanceInfo(context),
  );
}
