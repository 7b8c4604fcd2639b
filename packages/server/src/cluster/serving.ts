/**
 * One process serving requests: the app listening on the configured address, the scheduler
 * started and stopped on demand, and a graceful close. `pantau serve` runs one; with `--workers N`
 * each worker runs one and the supervisor says which worker runs the scheduler.
 */
import { Server as NetServer } from 'node:net';
import { setTimeout as pause } from 'node:timers/promises';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app.js';
import type { Clock } from '../clock.js';
import type { Config } from '../config.js';
import type { Database } from '../db/database.js';
import { Scheduler } from '../jobs/scheduler.js';
import type { BlobStore } from '../storage/blob-store.js';

/**
 * How long a stopping process goes on answering requests on its open connections (each answer
 * closing its connection) before it closes the connections left idle.
 */
const DRAIN_MS = 1_000;

/** A listening app with its scheduler switch. */
export interface Serving {
  app: FastifyInstance;
  /** The port it listens on (the configured one, or the one chosen for PORT=0). */
  port: number;
  /** Starts the scheduler in this process (no-op when PANTAU_SCHEDULER=off or already running). */
  startScheduler(): void;
  /** Stops the scheduler after its running tick. */
  stopScheduler(): Promise<void>;
  /**
   * Stops the scheduler and taking connections, drains the open ones (see `drain`) and closes
   * the database.
   */
  close(): Promise<void>;
}

/** Builds the app on an open, migrated database and listens. */
export async function startServing(context: {
  config: Readonly<Config>;
  database: Database;
  clock: Clock;
  blobs: BlobStore;
}): Promise<Serving> {
  const { config, database } = context;
  const app = await buildApp(context);
  let scheduler: Scheduler | null = null;
  let draining = false;
  app.addHook('onSend', async (_request, reply) => {
    if (draining) reply.header('connection', 'close');
  });
  app.metrics.gauge('pantau_scheduler_running', 'Whether this process runs the scheduler (1) or not (0).', () =>
    scheduler ? 1 : 0,
  );
  await app.listen({ host: config.host, port: config.port });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : config.port;

  const stopScheduler = async () => {
    const running = scheduler;
    scheduler = null;
    await running?.stop();
  };
  let closing: Promise<void> | null = null;
  return {
    app,
    port,
    startScheduler() {
      if (scheduler || closing || !config.scheduler.enabled) return;
      scheduler = new Scheduler(context, { logger: app.log });
      scheduler.start();
      app.log.info({}, 'scheduler started in this process');
    },
    stopScheduler,
    close() {
      closing ??= (async () => {
        await stopScheduler();
        draining = true;
        await drain(app);
        await app.close();
        await database.close();
      })();
      return closing;
    },
  };
}

/**
 * Closes the listening socket without dropping a request. http.Server#close also closes every
 * idle keep-alive connection at once, and a client sending its next request on one at that moment
 * sees the connection reset (an HTTP/1.1 race no client can tell from a crash). So the socket is
 * closed first (no new connections: the supervisor hands them to the other workers), requests on
 * the open connections are answered for a moment, each answer closing its connection, and only
 * then are the connections still idle closed; it resolves once the last connection has ended.
 */
async function drain(app: FastifyInstance): Promise<void> {
  const server = app.server;
  if (!server.listening) return;
  const ended = new Promise<void>((resolve) => server.once('close', () => resolve()));
  NetServer.prototype.close.call(server);
  await pause(DRAIN_MS);
  server.closeIdleConnections();
  await ended;
}
