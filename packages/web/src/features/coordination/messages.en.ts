/** Interface text of the coordination screens in English. */
import type { coordinationMessagesId } from './messages.id';

export const coordinationMessagesEn: Record<keyof typeof coordinationMessagesId, string> = {};
