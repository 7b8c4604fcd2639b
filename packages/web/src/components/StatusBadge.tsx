import type { ReactNode } from 'react';

export type BadgeTone = 'neutral' | 'open' | 'planned' | 'accent';

/** A small label such as a quarter's status. The text carries the meaning; colour only supports it. */
export function StatusBadge({ tone, children }: { tone: BadgeTone; children: ReactNode }) {
  return <span className={`badge badge--${tone}`}>{children}</span>;
}
