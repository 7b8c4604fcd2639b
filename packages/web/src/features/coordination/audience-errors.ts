/** Which audience parts to mark, in the user's language: those a form finds missing and those the server refused. */
import { ApiError } from '../../api/client';
import type { MessageKey } from '../../i18n/messages.id';
import { type AudienceFields, type AudiencePart, audiencePartOfPath, missingAudienceParts } from './audience-form';

const MESSAGES: Record<AudiencePart, MessageKey> = {
  roles: 'coordination.audience.invalid.roles',
  recipients: 'coordination.audience.invalid.recipients',
  provinces: 'coordination.audience.invalid.provinces',
  aksi: 'coordination.audience.invalid.aksi',
  institutions: 'coordination.audience.invalid.institutions',
};

/**
 * The marked parts with their messages: what is missing once the person has tried to send
 * (`checked`), and what the server refused under the body field `field` (`audience`, `invitees`).
 */
export function audienceErrors(
  fields: AudienceFields,
  checked: boolean,
  error: unknown,
  names: readonly string[],
  t: (key: MessageKey) => string,
): Partial<Record<AudiencePart, string>> {
  const parts = new Set<AudiencePart>(checked ? missingAudienceParts(fields) : []);
  if (error instanceof ApiError) {
    for (const detail of error.details) {
      for (const name of names) {
        const part = audiencePartOfPath(detail.path, name);
        if (part) parts.add(part);
      }
    }
  }
  return Object.fromEntries([...parts].map((part) => [part, t(MESSAGES[part])]));
}
