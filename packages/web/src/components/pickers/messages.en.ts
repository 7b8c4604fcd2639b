/** Interface text of the pickers in English. */
import type { pickerMessagesId } from './messages.id';

export const pickerMessagesEn: Record<keyof typeof pickerMessagesId, string> = {
  'picker.placeholder': 'Type a name or code…',
  'picker.placeholderMore': 'Type to add…',
  'picker.typeMore': 'Type a name or code to search.',
  'picker.searching': 'Searching…',
  'picker.none': 'Nothing matches. Try other words or the code.',
  'picker.failed': 'The list could not be loaded. Check the connection, then type again.',
  'picker.results.one': '{count} option. Use the up and down arrows, then Enter.',
  'picker.results.other': '{count} options. Use the up and down arrows, then Enter.',
  'picker.chosen': 'Chosen {label}',
  'picker.remove': 'Remove {name}',
};
