/** The TimelineJS3 export: its documented shape, dates to their precision, and no raw content in its HTML. */
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { describe, expect, it } from 'vitest';
import { escapeMarkup } from '../../src/lib/escape.ts';
import { timelineDate, timelineDocument, timelineOf } from '../../src/lib/export/timelinejs.ts';
import { AT_ROOT, HOSTILE, dataWith, handRecord, hostileEvent } from '../helpers/export.ts';

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
  ])('maps %s to the parts it is written to, and no others', (date, parts) =>
    expect(timelineDate(date)).toStrictEqual(parts),
  );

  it('refuses a date that is not one, naming it', () =>
    expect(() => timelineDate('2025-13')).toThrow('not a date: 2025-13'));
});

describe('timelinejs.json', () => {
  // Built in each test, not when the file loads, so that a mutant of the export code is on when it runs.
  const build = () => {
    const data = dataWith({ 'hostile-event': hostileEvent() });
    return { data, doc: timelineDocument(data, AT_ROOT) };
  };

  it('has the documented shape: a title slide and one slide per event with start_date, text, group and unique_id', () => {
    const { data, doc } = build();
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
    const { doc } = build();
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
    const { doc } = build();
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

describe('a slide and the title, word by word', () => {
  const DATA_PAGE = 'https://chronology.example.org/data/';

  it('writes the summary, the date with its precision and status, and a link naming its one source', () => {
    const [slide] = timelineOf([handRecord()], DATA_PAGE).events;
    expect(slide).toEqual({
      unique_id: 'talks-in-baku',
      start_date: { year: 2025, month: 7, day: 1 },
      display_date: '1 July 2025',
      text: {
        headline: 'Talks in Baku',
        text:
          '<p>The two ministers met.</p><p>1 July 2025 (exact day). Status: Confirmed.</p>' +
          '<p><a href="https://chronology.example.org/events/talks-in-baku/">Full entry with its source</a></p>',
      },
      group: 'Azerbaijani side',
    });
  });

  it('counts several sources, and gives a span its end date', () => {
    const one = handRecord().sources[0]!;
    const record = handRecord({
      sources: [one, { ...one, id: 'two' }, { ...one, id: 'three' }],
      end: '2025-08',
      endPrecision: 'month',
      status: 'disputed',
    });
    const [slide] = timelineOf([record], DATA_PAGE).events;
    expect(slide?.end_date).toEqual({ year: 2025, month: 8 });
    expect(slide?.text.text).toContain('Status: Disputed.</p>');
    expect(slide?.text.text).toContain('>Full entry with its 3 sources</a></p>');
  });

  it('titles the document with the dataset, the number of events, the licence and the data page', () => {
    const doc = timelineOf([handRecord(), handRecord({ id: 'second' })], DATA_PAGE);
    expect(doc.title).toEqual({
      text: {
        headline: 'Azerbaijan–Russia crisis chronology',
        text:
          '<p>A sourced chronology of 2 events. Text and data under CC BY 4.0; cite it with the address of its data page: ' +
          '<a href="https://chronology.example.org/data/">https://chronology.example.org/data/</a></p>',
      },
    });
  });
});
