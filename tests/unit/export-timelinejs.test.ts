/** The TimelineJS3 export: its documented shape, dates to their precision, and no raw content in its HTML. */
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { describe, expect, it } from 'vitest';
import { escapeMarkup } from '../../src/lib/escape.ts';
import { timelineDate, timelineDocument } from '../../src/lib/export/timelinejs.ts';
import { AT_ROOT, HOSTILE, dataWith, hostileEvent } from '../helpers/export.ts';

type Node = DefaultTreeAdapterMap['node'];

/** The element names and the text of an HTML fragment, as a browser's parser reads it. */
function readHtml(html: string): { elements: string[]; text: string } {
  const elements: string[] = [];
  let text = '';
  const walk = (node: Node) => {
    if (node.nodeName === '#text') text += (node as DefaultTreeAdapterMap['textNode']).value;
    else if (!node.nodeName.startsWith('#')) elements.push(node.nodeName);
    for (const child of 'childNodes' in node ? node.childNodes : []) walk(child);
  };
  walk(parseFragment(html));
  return { elements, text };
}

describe('escapeMarkup', () => {
  it('escapes the five characters that matter in content and attributes', () => {
    expect(escapeMarkup(`<a href="x" onclick='y'>&amp;</a>`)).toBe(
      '&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;',
    );
  });

  it.each(Object.entries(HOSTILE))('leaves %s as text only, once parsed', (_, value) => {
    const read = readHtml(escapeMarkup(value));
    expect(read.elements).toEqual([]);
    expect(read.text).toBe(value.replace(/\r\n?/g, '\n'));
  });
});

describe('timelineDate', () => {
  it.each([
    ['2025-06-27', { year: 2025, month: 6, day: 27 }],
    ['2025-02', { year: 2025, month: 2 }],
    ['1984', { year: 1984 }],
  ])('maps %s to the parts it is written to', (date, parts) => expect(timelineDate(date)).toEqual(parts));

  it('refuses a date that is not one', () => expect(() => timelineDate('2025-13')).toThrow());
});

describe('timelinejs.json', () => {
  const data = dataWith({ 'hostile-event': hostileEvent() });
  const doc = timelineDocument(data, AT_ROOT);

  it('has the documented shape: a title slide and one slide per event with start_date, text, group and unique_id', () => {
    expect(Object.keys(doc)).toEqual(['title', 'events']);
    expect(doc.title.text.headline).toBe('Azerbaijan–Russia crisis chronology');
    expect(doc.events.map((slide) => slide.unique_id)).toEqual(data.ordered.map((view) => view.id));
    for (const slide of doc.events) {
      expect(Object.keys(slide).sort()).toEqual(
        [
          'display_date',
          'group',
          'start_date',
          'text',
          'unique_id',
          ...('end_date' in slide ? ['end_date'] : []),
        ].sort(),
      );
      expect(typeof slide.start_date.year).toBe('number');
      expect(Object.keys(slide.text).sort()).toEqual(['headline', 'text']);
    }
  });

  it('writes dates to their precision, with end_date only for spans', () => {
    const month = doc.events.find((slide) => slide.unique_id === 'fixture-month')!;
    expect(month.start_date).toEqual({ year: 2025, month: 2 });
    expect(month.end_date).toEqual({ year: 2025, month: 3, day: 10 });
    expect(month.display_date).toBe('February – around 10 March 2025');
    const crash = doc.events.find((slide) => slide.unique_id === 'fixture-crash')!;
    expect(crash.start_date).toEqual({ year: 2024, month: 12, day: 25 });
    expect('end_date' in crash).toBe(false);
    expect(crash.group).toBe('Azerbaijani side');
  });

  it('escapes every piece of content: hostile text parses back to text, inside only the paragraphs and link it writes', () => {
    const slide = doc.events.find((s) => s.unique_id === 'hostile-event')!;
    const title = hostileEvent().title;
    expect(readHtml(slide.text.headline)).toEqual({ elements: [], text: title.replace(/\r\n?/g, '\n') });
    const body = readHtml(slide.text.text);
    expect(body.elements).toEqual(['p', 'p', 'p', 'a']);
    expect(body.text).toContain(hostileEvent().summary.replace(/\r\n?/g, '\n'));
    expect(slide.text.text).not.toMatch(/<script/i);
    for (const s of [...doc.events, doc.title]) {
      const all = readHtml(`${s.text.headline}${s.text.text}`).elements;
      expect(all.every((name) => name === 'p' || name === 'a')).toBe(true);
    }
    expect(slide.text.text).toContain('<a href="https://chronology.example.org/events/hostile-event/">');
  });
});
