/** Interface text of process and results stories in English. */
import type { storiesMessagesId } from './messages.id';

export const storiesMessagesEn: Record<keyof typeof storiesMessagesId, string> = {
  'stories.start.heading': 'Process and results story',
  'stories.start.lead':
    'The verifier has accepted this report. Start a story for Humas: it shows on the portal beside the verified result, with the evidence made public.',
  'stories.start.title': 'Story title',
  'stories.start.summary': 'Story summary (shown on the portal)',
  'stories.start.url': 'News link (if there is one already)',
  'stories.start.kind': 'Kind',
  'stories.start.submit': 'Start the story (draft)',
  'stories.start.done': 'Story draft saved. Humas publish it on the Publications page.',
  'stories.start.openPublications': 'Open Publications',
  'stories.start.defaultTitle': '{output}: result {code}',
  'stories.start.invalid.title': 'Write a title of 3–300 characters.',
  'stories.start.invalid.url': 'The link must be a full http(s):// address',
  'stories.sources.heading': 'Start a story from a verified result',
  'stories.sources.lead':
    'Reports of your institution the verifier has accepted. Choose one to start a story draft linked to its result.',
  'stories.sources.none': 'No report accepted by a verifier in this period yet.',
  'stories.sources.target': 'Target',
  'stories.sources.verifiedAt': 'Verified',
  'stories.sources.stories': 'Stories',
  'stories.sources.choose': 'Start a story',
  'stories.sources.chosen': 'Story for {code}',
  'stories.list.tells': 'Story of result {code}',
};
