/**
 * The worker thread of `figures-offload.ts`: opens its own read-only connection to the SQLite file
 * and answers figures tasks (national, province and institution views) with the same functions the
 * serving thread would run.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { AppContext } from '../../context.js';
import { openSqliteReader } from '../../db/database.js';
import { AppError } from '../../errors.js';
import { computeInstitutionView, computeNationalView, computeProvinceView } from './dashboard.service.js';
import { readFrame } from './dashboard-frame.service.js';
import type { FiguresAnswer, FiguresTask } from './figures-offload.js';

const database = openSqliteReader((workerData as { file: string }).file);
// The figures read the database only; the serving thread stored any missing ones first.
const context = { database } as AppContext;

async function run(task: FiguresTask): Promise<unknown> {
  const frame = await readFrame(context, task.shown);
  switch (task.kind) {
    case 'national':
      return computeNationalView(context, frame);
    case 'province':
      return computeProvinceView(database.db, frame, task.code);
    case 'institution':
      return computeInstitutionView(database.db, frame, task.institution);
  }
}

function failure(id: number, error: unknown): FiguresAnswer {
  if (!(error instanceof Error)) return { id, error: String(error) };
  if (!(error instanceof AppError)) return { id, error: error.message };
  const { status, code, text, details } = error;
  return { id, error: error.message, appError: { status, code, text, details } };
}

parentPort?.on('message', (message: { id: number; task: FiguresTask }) => {
  run(message.task).then(
    (value) => parentPort?.postMessage({ id: message.id, value } satisfies FiguresAnswer),
    (error: unknown) => parentPort?.postMessage(failure(message.id, error)),
  );
});
