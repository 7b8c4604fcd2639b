/** Interface text of the admin screens in Bahasa Indonesia; merged into the main catalogue. */
export const adminMessagesId = {} as const;
