import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/client';
import type { MessageKey } from '../../i18n/messages.id';
import { audienceErrors } from './audience-errors';
import { EMPTY_AUDIENCE } from './audience-form';

const t = (key: MessageKey) => `«${key}»`;

describe('audience errors', () => {
  it('marks nothing before the person tries to send', () => {
    expect(audienceErrors(EMPTY_AUDIENCE, false, null, ['audience'], t)).toEqual({});
  });

  it('marks what is missing once sending was tried, in the catalogue’s words', () => {
    expect(audienceErrors(EMPTY_AUDIENCE, true, null, ['audience'], t)).toEqual({
      roles: '«coordination.audience.invalid.roles»',
      recipients: '«coordination.audience.invalid.recipients»',
    });
  });

  it('marks the part the server refused, never showing its path', () => {
    const refused = new ApiError(400, 'invalid_input', 'Aksi 42 tidak ada pada periode 2025-2026.', 'r1', [
      { path: 'audience.aksi.codes', message: '42' },
      { path: 'body.title', message: 'Judul minimal 3 karakter' },
    ]);
    const fields = { ...EMPTY_AUDIENCE, roles: ['focal_point' as const], aksiCodes: ['42'], aksiPeriod: '2025-2026' };
    expect(audienceErrors(fields, true, refused, ['invitees', 'audience'], t)).toEqual({
      aksi: '«coordination.audience.invalid.aksi»',
    });
  });
});
