/** Interface text of the dashboard screens in English. */
import type { dashboardMessagesId } from './messages.id';

export const dashboardMessagesEn: Record<keyof typeof dashboardMessagesId, string> = {};
