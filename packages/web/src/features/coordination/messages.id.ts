/** Interface text of the coordination screens in Bahasa Indonesia; merged into the main catalogue. */
export const coordinationMessagesId = {} as const;
