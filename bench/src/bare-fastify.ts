/**
 * A bare Fastify server, the ceiling the public API is compared with: started as its own process
 * on 127.0.0.1 (a free port), printing its URL. It answers `/hello` with a tiny JSON object and
 * `/same/<n>` with the answer held in the n-th file named on its command line (status 200, the
 * headers and body a public route sent, saved by `lib/throughput.ts`): the same bytes without the
 * work of producing them.
 */
import { readFileSync } from 'node:fs';
import Fastify from 'fastify';

interface SavedAnswer {
  headers: Record<string, string>;
  body: string;
}

const answers = process.argv.slice(2).map((file) => {
  const saved = JSON.parse(readFileSync(file, 'utf8')) as SavedAnswer;
  return { headers: saved.headers, body: Buffer.from(saved.body, 'base64') };
});

const app = Fastify({ logger: false });
app.get('/hello', async () => ({ hello: 'world' }));
app.get<{ Params: { n: string } }>('/same/:n', (request, reply) => {
  const answer = answers[Number(request.params.n)];
  if (!answer) return reply.code(404).send();
  return reply.headers(answer.headers).send(answer.body);
});
await app.listen({ host: '127.0.0.1', port: 0 });
const address = app.server.address();
process.stdout.write(`listening at http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}\n`);
process.once('SIGTERM', () => void app.close().then(() => process.exit(0)));
