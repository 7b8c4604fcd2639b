/**
 * Atom (RFC 4287) and JSON Feed 1.1 documents, written here rather than with the `feed` package:
 * that package writes JSON Feed 1.0 (not 1.1) and no `author` per item, and both formats are small
 * enough to write exactly. Every text goes through `xmlText`, which escapes markup and drops the
 * control characters XML 1.0 forbids, so an institution's title can never break the document.
 */

/** One entry: a story or a newly verified result. */
export interface FeedItem {
  /** Stable and permanent: a URL for a story, a tag: URI for a result. */
  id: string;
  url: string;
  title: string;
  /** Plain text. */
  text: string;
  /** ISO date-time the entry last changed (published story, verification). */
  updated: string;
  published?: string;
  author: string;
  tags: string[];
}

/** A feed: the nation's or one institution's. */
export interface FeedDocument {
  id: string;
  title: string;
  /** The portal page the feed belongs to. */
  homeUrl: string;
  atomUrl: string;
  jsonUrl: string;
  language: 'id' | 'en';
  /** ISO date-time: the latest entry's, or the time of the data when there is none. */
  updated: string;
  items: FeedItem[];
}

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Characters XML 1.0 forbids in a document (C0 controls other than tab and newlines, U+FFFE, U+FFFF). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching exactly those characters is the point
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Text safe in XML element content and attribute values. */
export function xmlText(text: string): string {
  return text.replace(NOT_XML, '').replace(/[&<>"']/g, (c) => XML_ESCAPES[c] ?? c);
}

/** The feed as an Atom 1.0 document. */
export function atomFeed(feed: FeedDocument): string {
  const entries = feed.items.map(
    (item) => `<entry>
<id>${xmlText(item.id)}</id>
<title type="text">${xmlText(item.title)}</title>
<updated>${xmlText(item.updated)}</updated>${item.published ? `\n<published>${xmlText(item.published)}</published>` : ''}
<link rel="alternate" type="text/html" href="${xmlText(item.url)}"/>
<author><name>${xmlText(item.author)}</name></author>
${item.tags.map((tag) => `<category term="${xmlText(tag)}"/>`).join('')}
<summary type="text">${xmlText(item.text)}</summary>
</entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${feed.language}">
<id>${xmlText(feed.id)}</id>
<title type="text">${xmlText(feed.title)}</title>
<updated>${xmlText(feed.updated)}</updated>
<link rel="self" type="application/atom+xml" href="${xmlText(feed.atomUrl)}"/>
<link rel="alternate" type="text/html" href="${xmlText(feed.homeUrl)}"/>
<author><name>Pantau</name></author>
<generator>Pantau</generator>
${entries.join('\n')}
</feed>
`;
}

/** The feed as a JSON Feed 1.1 document. */
export function jsonFeed(feed: FeedDocument) {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: feed.title,
    home_page_url: feed.homeUrl,
    feed_url: feed.jsonUrl,
    language: feed.language,
    authors: [{ name: 'Pantau' }],
    items: feed.items.map((item) => ({
      id: item.id,
      url: item.url,
      title: item.title,
      content_text: item.text,
      date_modified: item.updated,
      ...(item.published ? { date_published: item.published } : {}),
      authors: [{ name: item.author }],
      tags: item.tags,
    })),
  };
}
