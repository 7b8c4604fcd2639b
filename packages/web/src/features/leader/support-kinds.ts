/** The message key naming each kind of support. */
import type { SupportKind } from '@pantau/core';

export const SUPPORT_KIND_KEYS = {
  visit: 'support.kind.visit',
  meeting: 'support.kind.meeting',
  review: 'support.kind.review',
  training: 'support.kind.training',
} as const satisfies Record<SupportKind, string>;
