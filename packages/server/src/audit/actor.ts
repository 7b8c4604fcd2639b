/** Who is acting: a signed-in user, or the system itself (CLI, jobs, the demo seed). */
import type { Role } from '@pantau/core';

/** A user acting through a session or an API token. */
export interface UserActor {
  kind: 'user';
  userId: number;
  email: string;
  roles: Role[];
  institutionId: number | null;
  /** Aksi ids a verifier judges. */
  verifierAksiIds: number[];
  /** Output ids a contributor is limited to; empty means all outputs of its institution. */
  contributorOutputIds: number[];
  /** Work-unit ids a contributor is limited to; with outputs, it reaches either. */
  contributorUnitIds: number[];
  /** How the request was authenticated. */
  via: 'session' | 'token';
}

/** The system acting on its own behalf; `label` says which part (e.g. `cli`, `seed`). */
export interface SystemActor {
  kind: 'system';
  label: string;
}

export type Actor = UserActor | SystemActor;

/** A system actor. */
export function systemActor(label: string): SystemActor {
  return { kind: 'system', label };
}

/** How an actor appears in the audit log. */
export function actorLabel(actor: Actor): string {
  return actor.kind === 'user' ? actor.email : `system:${actor.label}`;
}
