/**
 * The template machinery of src/lib/citation-templates.ts on small inputs: which calls reach citation-js (the
 * month's probes once, the spot check on the first and every SPOT_CHECK_EVERY-th citation), what each format's
 * filled text is, and the fallbacks to citation-js when a format writes the day in a way a template cannot hold.
 * citation-js's output is counted, or replaced where a format it does not have is needed, and each test loads
 * a fresh copy of the module, whose templates and counters are otherwise kept for the whole build.
 * (citation-templates.test.ts compares both paths on the real content and on generated titles.)
 */
import { Cite } from '@citation-js/core';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cslDate, type CslRecord } from '../../src/lib/citation.ts';
import { renderFormat } from '../../src/lib/citation-formats.ts';
import { fakeCitationJs } from '../helpers/citation-js.ts';

function record(id: string, title: string, issued: string, extra: Partial<CslRecord> = {}): CslRecord {
  return {
    id,
    'citation-key': id,
    type: 'webpage',
    title,
    'container-title': 'Site',
    author: [{ literal: 'Site' }],
    URL: `https://x.org/events/${id}/`,
    language: 'en',
    issued: cslDate(issued),
    accessed: cslDate('2027-01-05'),
    ...extra,
  };
}

/** A copy of citation-templates.ts with no template learned and no citation counted yet. */
async function freshTemplates() {
  vi.resetModules();
  return await import('../../src/lib/citation-templates.ts');
}

/** Every call to citation-js's output, passed through. */
const citationJsCalls = () => vi.spyOn(Cite.prototype, 'format');

/** Whether citation-js was asked for a template's probe (the id the templates put in) or for a real record. */
const isProbe = (one: CslRecord) => one.id === 'qqidqq';
const partsOf = (one: CslRecord) => one.issued['date-parts'][0];

afterEach(() => {
  vi.restoreAllMocks();
  // A copy that learned templates from replaced output must not serve the test files that load it next.
  vi.resetModules();
});

describe('templates', () => {
  it('fill every format of a plain record with its title as each format writes it', async () => {
    const { renderFormatFast, templatable } = await freshTemplates();
    const one = record('an-event', 'Baku and the talks of Russia–Azerbaijan in 2025', '2025-03-07');
    expect(templatable(one)).toBe(true);
    expect(renderFormatFast(one, 'apa')).toBe(
      'Site. (2025, March 7). Baku and the talks of Russia–Azerbaijan in 2025. Site. https://x.org/events/an-event/',
    );
    expect(renderFormatFast(one, 'chicago')).toBe(
      'Site. 2025. “Baku and the Talks of Russia–Azerbaijan in 2025.” Site. March 7, 2025. https://x.org/events/an-event/.',
    );
    expect(renderFormatFast(one, 'mla')).toBe(
      'Site. “Baku and the Talks of Russia–Azerbaijan in 2025.” Site, 7 Mar. 2025, https://x.org/events/an-event/.',
    );
    expect(renderFormatFast(one, 'bibtex')).toBe(
      [
        '@misc{an-event,',
        '\tnote = {[Online; accessed 2027-01-05]},',
        '\tauthor = {{Site}},',
        '\tyear = {2025},',
        '\tmonth = {mar 7},',
        '\ttitle = {Baku and the talks of {Russia}–{Azerbaijan} in 2025},',
        '\turl = {https://x.org/events/an-event/},',
        '\thowpublished = {https://x.org/events/an-event/},',
        '}',
      ].join('\n'),
    );
    expect(JSON.parse(renderFormatFast(one, 'csl-json'))).toEqual([one]);
  });

  it('fill a second record of the month without citation-js, title, id, address and day replaced', async () => {
    const { renderFormatFast } = await freshTemplates();
    const first = record('first-event', 'Talks in Baku', '2025-03-14');
    const second = record('second-event', 'Talks of the two sides in Moscow', '2025-03-09', {
      URL: '/events/second-event/',
    });
    const calls = citationJsCalls();
    for (const format of ['apa', 'chicago', 'mla', 'bibtex', 'csl-json'] as const) {
      renderFormatFast(first, format);
      calls.mockClear();
      const text = renderFormatFast(second, format);
      expect(calls, format).not.toHaveBeenCalled();
      expect(text, format).toBe(renderFormat(second, format));
    }
    calls.mockClear();
    expect(renderFormatFast(second, 'chicago')).toBe(
      'Site. 2025. “Talks of the Two Sides in Moscow.” Site. March 9, 2025. /events/second-event/.',
    );
    expect(renderFormatFast(second, 'mla')).toBe(
      'Site. “Talks of the Two Sides in Moscow.” Site, 9 Mar. 2025, /events/second-event/.',
    );
    expect(calls).not.toHaveBeenCalled();
  });

  it('ask citation-js for two probes a month (and the 5th once per format), and spot-check the first citation', async () => {
    const { renderFormatFast } = await freshTemplates();
    const calls = citationJsCalls();
    // The 14th, the 25th, the 5th (whether the day is padded), then the first citation itself.
    renderFormatFast(record('one', 'One', '2025-03-07'), 'apa');
    expect(calls).toHaveBeenCalledTimes(4);
    calls.mockClear();
    renderFormatFast(record('two', 'Two', '2025-03-21'), 'apa');
    expect(calls).not.toHaveBeenCalled();
    // Another month: its two probes; the padding is known.
    expect(renderFormatFast(record('three', 'Three', '2025-11-02'), 'apa')).toBe(
      'Site. (2025, November 2). Three. Site. https://x.org/events/three/',
    );
    expect(calls).toHaveBeenCalledTimes(2);
    calls.mockClear();
    // The same month for a record that differs elsewhere (its site's name): a template of its own.
    const other = record('four', 'Four', '2025-03-08', { 'container-title': 'Other site' });
    expect(renderFormatFast(other, 'apa')).toBe('Site. (2025, March 8). Four. Other Site. https://x.org/events/four/');
    expect(calls).toHaveBeenCalledTimes(2);
    calls.mockClear();
    // Another format: its own probes, its own padding and its own first spot check.
    renderFormatFast(record('five', 'Five', '2025-03-07'), 'mla');
    expect(calls).toHaveBeenCalledTimes(4);
  });

  it('spot-check every SPOT_CHECK_EVERY-th citation of a format against citation-js', async () => {
    const { renderFormatFast, SPOT_CHECK_EVERY } = await freshTemplates();
    expect(SPOT_CHECK_EVERY).toBe(500);
    const calls = citationJsCalls();
    renderFormatFast(record('event-0', 'Event', '2025-03-07'), 'apa');
    calls.mockClear();
    for (let n = 1; n < SPOT_CHECK_EVERY; n++) renderFormatFast(record(`event-${n}`, 'Event', '2025-03-07'), 'apa');
    expect(calls).not.toHaveBeenCalled();
    renderFormatFast(record('event-500', 'Event', '2025-03-07'), 'apa');
    expect(calls).toHaveBeenCalledTimes(1);
    renderFormatFast(record('event-501', 'Event', '2025-03-07'), 'apa');
    expect(calls).toHaveBeenCalledTimes(1);
  });

  it('stop the build when a spot-checked citation differs from citation-js’s', async () => {
    const { renderFormatFast } = await freshTemplates();
    fakeCitationJs((one) => {
      const [year, month, day] = partsOf(one);
      return `${one.title}. ${one.id}, ${year}/${month}/${day}.${isProbe(one) ? '' : ' Changed.'}`;
    });
    expect(() => renderFormatFast(record('an-event', 'A title', '2025-03-07'), 'apa')).toThrow(
      "an-event: the apa citation filled from its template differs from citation-js's:\n" +
        'A title. an-event, 2025/3/7.\nA title. an-event, 2025/3/7. Changed.',
    );
    // The citations between two spot checks are not compared.
    expect(renderFormatFast(record('another', 'Another title', '2025-03-09'), 'apa')).toBe(
      'Another title. another, 2025/3/9.',
    );
  });

  it('write the day with two digits when the format does', async () => {
    const { renderFormatFast } = await freshTemplates();
    const fake = fakeCitationJs((one) => {
      const [year, month, day] = partsOf(one);
      return `${one.title} (${one.URL}), ${year}-${month}-${String(day).padStart(2, '0')}`;
    });
    expect(renderFormatFast(record('an-event', 'A title', '2025-03-07'), 'bibtex')).toBe(
      'A title (https://x.org/events/an-event/), 2025-3-07',
    );
    fake.mockClear();
    // Filled from the template, not written by citation-js.
    expect(renderFormatFast(record('another', 'Another', '2025-03-04'), 'bibtex')).toBe(
      'Another (https://x.org/events/another/), 2025-3-04',
    );
    expect(fake).not.toHaveBeenCalled();
  });
});

describe('citation-js whole', () => {
  it('writes a record whose day the probes cannot place, every time', async () => {
    const { renderFormatFast } = await freshTemplates();
    const WORDS: Record<number, string> = { 14: 'the fourteenth', 25: 'the twenty-fifth' };
    const fake = fakeCitationJs((one) => {
      const [year, month, day] = partsOf(one);
      return `${one.title}, ${WORDS[day] ?? day} of ${month}, ${year}`;
    });
    expect(renderFormatFast(record('an-event', 'A title', '2025-03-07'), 'apa')).toBe('A title, 7 of 3, 2025');
    // The two probes, then the record itself.
    expect(fake).toHaveBeenCalledTimes(3);
    fake.mockClear();
    // The month is known to have no template: only the record.
    expect(renderFormatFast(record('another', 'Another', '2025-03-25'), 'apa')).toBe(
      'Another, the twenty-fifth of 3, 2025',
    );
    expect(fake).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['the 14th', 14],
    ['the 25th', 25],
  ])('writes a record whose format writes %s in words, every time', async (_name, inWords) => {
    const { renderFormatFast } = await freshTemplates();
    const fake = fakeCitationJs((one) => {
      const [year, month, day] = partsOf(one);
      return `${one.title}, ${day === inWords ? 'a day in words' : day}.${month}.${year}`;
    });
    expect(renderFormatFast(record('an-event', 'A title', '2025-03-07'), 'apa')).toBe('A title, 7.3.2025');
    fake.mockClear();
    expect(renderFormatFast(record('another', 'Another', '2025-03-09'), 'apa')).toBe('Another, 9.3.2025');
    expect(fake).toHaveBeenCalledTimes(1);
  });

  it('writes a record whose format writes the 5th in neither way, and remembers that for every month', async () => {
    const { renderFormatFast } = await freshTemplates();
    const fake = fakeCitationJs((one) => {
      const [year, month, day] = partsOf(one);
      return `${one.title}, ${day === 5 ? 'fifth' : day}.${month}.${year}`;
    });
    expect(renderFormatFast(record('an-event', 'A title', '2025-03-07'), 'mla')).toBe('A title, 7.3.2025');
    // The 14th, the 25th, the 5th, then the record itself.
    expect(fake).toHaveBeenCalledTimes(4);
    fake.mockClear();
    expect(renderFormatFast(record('another', 'Another', '2025-04-05'), 'mla')).toBe('Another, fifth.4.2025');
    // A new month: its two probes (the 5th is not asked again), then the record.
    expect(fake).toHaveBeenCalledTimes(3);
  });

  it('writes a record whose id, key, address or title is not plain', async () => {
    const { renderFormatFast, templatable } = await freshTemplates();
    const plain = record('an-event', 'A title', '2025-03-07');
    expect(templatable(plain)).toBe(true);
    expect(templatable({ ...plain, URL: '/events/an-event/' })).toBe(true);
    expect(templatable({ ...plain, URL: 'http://localhost:4321/events/an-event/' })).toBe(true);
    const notPlain = [
      { ...plain, 'citation-key': 'another-key' },
      { ...plain, id: 'an-event-', 'citation-key': 'an-event-' },
      { ...plain, URL: 'https://x.org' },
      { ...plain, URL: 'https://x.org/events/an event/' },
      { ...plain, title: 'A title.' },
    ];
    for (const one of notPlain) {
      expect(templatable(one), JSON.stringify(one)).toBe(false);
      const fake = fakeCitationJs((given) => `${given.id} ${given['citation-key']} ${given.URL} ${given.title}`);
      expect(renderFormatFast(one, 'apa')).toBe(`${one.id} ${one['citation-key']} ${one.URL} ${one.title}`);
      expect(fake).toHaveBeenCalledTimes(1);
      vi.restoreAllMocks();
    }
  });
});
