/** Interface text of the downloads screens in English. */
import type { downloadsMessagesId } from './messages.id';

export const downloadsMessagesEn: Record<keyof typeof downloadsMessagesId, string> = {};
