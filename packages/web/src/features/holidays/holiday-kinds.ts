/** The names of holiday kinds in the message catalogues (`other` cannot end a key: it reads as a plural form). */
import type { MessageKey } from '../../i18n/messages.id';

export const KIND_LABELS: Record<'national' | 'collective_leave' | 'other' | 'config', MessageKey> = {
  national: 'holidays.kind.national',
  collective_leave: 'holidays.kind.collective_leave',
  other: 'holidays.kind.otherDay',
  config: 'holidays.kind.config',
};
