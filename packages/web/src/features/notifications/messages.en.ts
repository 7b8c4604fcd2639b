/** Interface text of the notification centre in English. */
import type { notificationsMessagesId } from './messages.id';

export const notificationsMessagesEn: Record<keyof typeof notificationsMessagesId, string> = {
  'notifications.panel.close': 'Close',
  'notifications.lead':
    'Notifications about the reports, public feedback, announcements and meetings that concern you. Choose below which ones reach you in the app, by e-mail, or in a daily digest.',
  'notifications.filter.kind': 'Kind',
  'notifications.filter.allKinds': 'All kinds',
  'notifications.filter.unreadOnly': 'Unread only',
  'notifications.unread.one': '{count} unread',
  'notifications.unread.other': '{count} unread',
  'notifications.count.one': '{count} notification',
  'notifications.count.other': '{count} notifications',
  'notifications.none': 'No notifications.',
  'notifications.noneFiltered': 'No notification matches these choices.',
  'notifications.markRead': 'Mark read',
  'notifications.markedAll.one': '{count} notification marked read.',
  'notifications.markedAll.other': '{count} notifications marked read.',
  'notifications.open': 'Open',
  'notifications.list': 'Notification list',
  'notifications.prefs.heading': 'Notification choices',
  'notifications.prefs.lead':
    'For each kind, choose where notifications go. E-mails can be collected into one daily digest (07:00 WIB). Account invitations and password resets always go by e-mail.',
  'notifications.prefs.channel': 'Send to',
  'notifications.prefs.channel.both': 'App and e-mail',
  'notifications.prefs.channel.in_app': 'App only',
  'notifications.prefs.channel.email': 'E-mail only',
  'notifications.prefs.channel.none': 'Not sent',
  'notifications.prefs.digest': 'E-mail in the daily digest',
  'notifications.prefs.save': 'Save choices',
  'notifications.prefs.saved': 'Notification choices saved.',
  'pager.label': 'List pages',
  'pager.previous': 'Previous',
  'pager.next': 'Next',
  'pager.range': '{from}–{to} of {total}',
};
