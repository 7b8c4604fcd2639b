/**
 * The worker thread of `figures-offload.ts`: opens its own read-only connection to the SQLite file
 * and answers figures tasks with the same functions the serving thread would run.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { AppContext } from '../../context.js';
import { openSqliteReader } from '../../db/database.js';
import { computeNationalView } from './dashboard.service.js';
import { frameOf } from './dashboard-frame.service.js';
import type { FiguresAnswer, FiguresTask } from './figures-offload.js';

const database = openSqliteReader((workerData as { file: string }).file);
// The figures read the database only.
const context = { database } as AppContext;

async function run(task: FiguresTask): Promise<unknown> {
  switch (task.kind) {
    case 'national':
      return computeNationalView(context, await frameOf(context, task.shown));
  }
}

parentPort?.on('message', (message: { id: number; task: FiguresTask }) => {
  run(message.task).then(
    (value) => parentPort?.postMessage({ id: message.id, value } satisfies FiguresAnswer),
    (error: unknown) =>
      parentPort?.postMessage({
        id: message.id,
        error: error instanceof Error ? error.message : String(error),
      } satisfies FiguresAnswer),
  );
});
