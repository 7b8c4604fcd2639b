/** The words of each kind of work unit. */
import type { UnitKind } from '@pantau/core';
import type { MessageKey } from '../../i18n/messages.id';

export const UNIT_KIND_LABELS: Record<UnitKind, MessageKey> = {
  opd: 'units.kind.opd',
  eselon_1: 'units.kind.eselon_1',
  other: 'units.kind.otherUnit',
};
