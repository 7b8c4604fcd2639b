/** Interface text of the dashboard screens in Bahasa Indonesia; merged into the main catalogue. */
export const dashboardMessagesId = {} as const;
