import { describe, expect, it } from 'vitest';
import { child, children, parseXml } from '../test-support/xml.js';
import { atomFeed, type FeedDocument, jsonFeed, xmlText } from './feeds.js';

const FEED: FeedDocument = {
  id: 'tag:pantau.example,2019:umpan',
  title: 'Pantau: cerita & hasil',
  homeUrl: 'https://pantau.example/',
  atomUrl: 'https://pantau.example/feed.atom',
  jsonUrl: 'https://pantau.example/feed.json',
  language: 'id',
  updated: '2026-11-27T03:00:00.000Z',
  items: [
    {
      id: 'https://pantau.example/cerita/7',
      url: 'https://pantau.example/cerita/7?x=1&y=2',
      title: 'Loket <daring> & "cepat"\u0007',
      text: 'Ringkasan\u0000 dengan </summary> di dalamnya',
      updated: '2026-11-20T02:00:00.000Z',
      published: '2026-11-20T02:00:00.000Z',
      author: 'Kota Semarang',
      tags: ['cerita', 'aksi-1'],
    },
  ],
};

describe('feeds', () => {
  it('escapes markup and drops characters XML forbids', () => {
    expect(xmlText('a & b < c > "d" \'e\'\u0001')).toBe('a &amp; b &lt; c &gt; &quot;d&quot; &apos;e&apos;');
  });

  it('writes a well-formed Atom document with the elements RFC 4287 requires', () => {
    const feed = parseXml(atomFeed(FEED));
    expect(feed.name).toBe('feed');
    expect(feed.attributes.xmlns).toBe('http://www.w3.org/2005/Atom');
    expect(child(feed, 'id')?.text).toBe(FEED.id);
    expect(child(feed, 'title')?.text).toBe('Pantau: cerita & hasil');
    expect(child(feed, 'updated')?.text).toBe(FEED.updated);
    expect(children(feed, 'link').map((l) => l.attributes.rel)).toEqual(['self', 'alternate']);
    const [entry] = children(feed, 'entry');
    if (!entry) throw new Error('no entry');
    expect(child(entry, 'id')?.text).toBe('https://pantau.example/cerita/7');
    expect(child(entry, 'title')?.text).toBe('Loket <daring> & "cepat"');
    expect(child(entry, 'summary')?.text).toBe('Ringkasan dengan </summary> di dalamnya');
    expect(child(entry, 'link')?.attributes.href).toBe('https://pantau.example/cerita/7?x=1&y=2');
    expect(child(entry, 'updated')?.text).toBe('2026-11-20T02:00:00.000Z');
    expect(child(child(entry, 'author') ?? entry, 'name')?.text).toBe('Kota Semarang');
    expect(() => parseXml('<feed><id>a & b</id></feed>')).toThrow();
  });

  it('writes JSON Feed 1.1', () => {
    expect(jsonFeed(FEED)).toMatchObject({
      version: 'https://jsonfeed.org/version/1.1',
      title: FEED.title,
      feed_url: FEED.jsonUrl,
      items: [
        { id: FEED.items[0]?.id, date_modified: '2026-11-20T02:00:00.000Z', authors: [{ name: 'Kota Semarang' }] },
      ],
    });
  });
});
