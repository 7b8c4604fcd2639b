/** Interface text of the holidays screen in English. */
import type { holidaysMessagesId } from './messages.id';

export const holidaysMessagesEn: Record<keyof typeof holidaysMessagesId, string> = {
  'holidays.title': 'Holidays',
  'holidays.lead':
    'National holidays and collective leave days are skipped when working days are counted, e.g. the 7 working days to answer public feedback. Due dates already set do not change.',
  'holidays.tool': 'Holidays',
  'holidays.tool.text': 'National holidays and collective leave that working-day deadlines skip.',
  'holidays.year': 'Year',
  'holidays.list': 'Holidays in {year}',
  'holidays.none': 'No holidays for this year yet.',
  'holidays.kind.national': 'National holiday',
  'holidays.kind.collective_leave': 'Collective leave',
  'holidays.kind.otherDay': 'Other',
  'holidays.kind.config': 'From the configuration (PANTAU_HOLIDAYS)',
  'holidays.add.heading': 'Add or rename a holiday',
  'holidays.add.date': 'Date',
  'holidays.add.name': 'Name',
  'holidays.add.nameHint': 'E.g. Christmas collective leave. A date already listed is renamed.',
  'holidays.add.kind': 'Kind',
  'holidays.add.submit': 'Save the holiday',
  'holidays.add.saved': '{date} saved as a holiday: {name}.',
  'holidays.remove': 'Remove',
  'holidays.remove.confirm': 'Remove {date} from the holidays?',
  'holidays.remove.yes': 'Yes, remove',
  'holidays.remove.no': 'Cancel',
  'holidays.removed': '{date} is no longer a holiday.',
  'holidays.validation.date': 'Choose a date.',
  'holidays.validation.name': 'Give the holiday a name of at least 3 characters.',
};
