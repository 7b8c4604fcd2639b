/** Interface text of the downloads screens in Bahasa Indonesia; merged into the main catalogue. */
export const downloadsMessagesId = {} as const;
