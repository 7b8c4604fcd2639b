/** Interface text of the admin screens in English. */
import type { adminMessagesId } from './messages.id';

export const adminMessagesEn: Record<keyof typeof adminMessagesId, string> = {};
