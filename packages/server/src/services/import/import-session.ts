/** What each kind's importer works with while applying a file inside the import's transaction. */
import type { ImportCounts, UpsertStatus } from '@pantau/core';
import type { Actor } from '../../audit/actor.js';
import type { AppContext } from '../../context.js';
import type { Executor } from '../../db/database.js';
import type { PendingFigures } from '../figures/pending-figures.js';

/** Entities an import counts. */
export type ImportEntity = 'institution' | 'unit' | 'fokus' | 'aksi' | 'output' | 'target' | 'assignment' | 'user';

/** An invitation link issued for an imported account. */
export interface Invitation {
  email: string;
  url: string;
  expiresAt: string;
}

export class ImportSession {
  readonly details: Partial<Record<ImportEntity, ImportCounts>> = {};
  readonly invitations: Invitation[] = [];

  constructor(
    readonly trx: Executor,
    readonly context: AppContext,
    readonly actor: Actor,
    readonly fileName: string,
    readonly figures: PendingFigures,
  ) {}

  /** Counts what happened to one entity (or `n` rows). */
  count(entity: ImportEntity, status: UpsertStatus, n = 1): void {
    const counts = this.details[entity] ?? { create: 0, update: 0, unchanged: 0 };
    this.details[entity] = counts;
    if (status === 'created') counts.create += n;
    else if (status === 'updated') counts.update += n;
    else counts.unchanged += n;
  }

  /** Whether anything was created or changed. */
  get changed(): boolean {
    return Object.values(this.details).some((c) => c.create + c.update > 0);
  }
}
