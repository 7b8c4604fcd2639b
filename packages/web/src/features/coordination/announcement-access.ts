/** Which side of an announcement the signed-in person is on, by the same rules the server applies. */
import type { Role } from '@pantau/core';

interface Person {
  roles: readonly Role[];
  institution: { code: string } | null;
}

interface Announcement {
  audience: { roles: readonly string[] };
  sender: { institution: { code: string } | null };
}

/** Whether the person follows the announcement's receipts: admin all, a focal point its institution's. */
export function followsReceipts(person: Person, announcement: Announcement): boolean {
  if (person.roles.includes('admin')) return true;
  return (
    person.roles.includes('focal_point') &&
    person.institution !== null &&
    announcement.sender.institution?.code === person.institution.code
  );
}

/**
 * Whether an announcement the person can open is addressed to them: they can open only what
 * reaches their institution or what they oversee as senders (their own institution's), so it is
 * addressed exactly when they belong to an institution and hold one of its roles.
 */
export function isAddressedTo(person: Person, announcement: Announcement): boolean {
  return person.institution !== null && announcement.audience.roles.some((role) => person.roles.includes(role as Role));
}
