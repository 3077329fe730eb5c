/**
 * The validator's rules one by one, on the smallest content that shows each: one or two events and the actors
 * they name, as strings. The bad-fixture corpus (bad-fixtures.test.ts) checks the same rules against the whole
 * good fixture set; these run in milliseconds and also pin the details the corpus does not reach (which line,
 * which words, which edge of each limit).
 */
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/content/problem.ts';
import { validateContent, type ContentFile, type ValidateOptions } from '../../src/lib/content/validate.ts';

const TODAY = '2026-06-01';

const actor = (id: string, name = 'An Actor'): ContentFile => ({
  path: `content/actors/${id}.md`,
  collection: 'actors',
  text: `---\nname: ${name}\nkind: person\nside: azerbaijan\ndescription: Someone the events name.\n---\n`,
});

interface EventParts {
  readonly id?: string;
  readonly date?: string;
  readonly extra?: string;
  readonly actors?: string;
  readonly sources?: string;
  readonly status?: string;
  readonly body?: string;
}

const SOURCE = [
  '  - id: report',
  '    url: https://example.org/report',
  '    title: A report of the event',
  '    publisher: Example News',
  '    published: "2025-03-01"',
  '    language: en',
  '    kind: original',
].join('\n');

/** An event file: the fields each test needs, the rest valid. */
function event(parts: EventParts = {}): ContentFile {
  const text = [
    '---',
    'title: An event used by the validator rules',
    'summary: A small event for the tests of single validation rules, valid unless a test changes it.',
    `date: ${parts.date ?? '"2025-03-01"'}`,
    'precision: day',
    'type: statement',
    `status: ${parts.status ?? 'confirmed'}`,
    ...(parts.extra ? [parts.extra] : []),
    'actors:',
    parts.actors ?? '  - { id: one, role: initiator }',
    'sources:',
    parts.sources ?? SOURCE,
    '---',
    '',
    parts.body ?? 'Context in a sentence.',
    '',
  ].join('\n');
  return { path: `content/events/${parts.id ?? 'the-event'}.md`, collection: 'events', text };
}

/** The files after the actors "one" (and "two" when asked for), validated as of TODAY unless the options say otherwise. */
const check = (files: ContentFile[], options: Partial<ValidateOptions> = {}, actors = ['one']) =>
  validateContent([...actors.map((id) => actor(id)), ...files], { today: TODAY, ...options });
const report = (files: ContentFile[], options: Partial<ValidateOptions> = {}, actors = ['one']) =>
  check(files, options, actors).problems.map(formatProblem);
/** An event with its precision set. */
const withPrecision = (file: ContentFile, precision: string): ContentFile => ({
  ...file,
  text: file.text.replace('precision: day', `precision: ${precision}`),
});

describe('a valid minimal set', () => {
  it('passes, and publishes the event and the actors', () => {
    const result = check([event({ actors: '  - { id: one, role: initiator }\n  - { id: two, role: target }' })], {}, [
      'one',
      'two',
    ]);
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
    expect([...result.events.keys()]).toEqual(['the-event']);
    expect([...result.actors.keys()]).toEqual(['one', 'two']);
    expect(result.events.get('the-event')?.title).toBe('An event used by the validator rules');
  });
});

describe('files', () => {
  it('refuses a file that is not valid UTF-8 on the line given, and still checks the rest', () => {
    expect(report([{ ...event(), badUtf8Line: 7 }])).toEqual([
      'content/events/the-event.md:7 error (file): is not valid UTF-8 text\n    fix: Save the file with UTF-8 encoding (in VS Code: "Save with Encoding", UTF-8) and check the letters on this line.',
    ]);
  });

  it('refuses a file name that is no id, suggesting one, or a generic one when nothing is left', () => {
    expect(report([{ ...event(), path: 'content/events/A Big_Event!.md' }])).toEqual([
      'content/events/A Big_Event!.md error (file name): "A Big_Event!" is not lowercase kebab-case; the file name is the entry\'s id\n    fix: Rename the file to "a-big-event.md".',
    ]);
    expect(report([{ ...event(), path: 'content/events/--.md' }])).toEqual([
      'content/events/--.md error (file name): "--" is not lowercase kebab-case; the file name is the entry\'s id\n    fix: Rename the file to "some-id.md".',
    ]);
  });

  it('refuses a file the site would skip for its extension, and checks nothing else in it', () => {
    expect(report([{ ...event(), path: 'content/events/the-event.markdown' }], {}, [])).toEqual([
      'content/events/the-event.markdown error (file): is not a .md file, so the site would silently skip it\n    fix: Rename it to "the-event.md".',
    ]);
  });

  it('asks an event for a body', () => {
    expect(report([event({ body: '   ' })])).toEqual([
      'content/events/the-event.md:19 error (body): is empty\n    fix: Below the closing "---", write a paragraph or two of context in your own words.',
    ]);
  });

  it('tells a frontmatter never closed from a file with none, on the first line', () => {
    const unclosed = { ...event(), text: '---\ntitle: x\n\nA body with no closing line above it.\n' };
    expect(report([unclosed], {}, [])).toEqual([
      'content/events/the-event.md:1 error (frontmatter): opens with "---" but has no closing "---" line\n    fix: Add a line "---" after the last field, before the body text.',
    ]);
    const none =
      'content/events/the-event.md:1 error (frontmatter): has no frontmatter\n    fix: Start the file with a line "---", the fields, then another "---". Copy an existing entry as a template.';
    expect(report([{ ...event(), text: 'Just a body.\n' }], {}, [])).toEqual([none]);
    // A "---" further down is not an opening one; blank lines before it and spaces after it are.
    expect(report([{ ...event(), text: 'A body.\n---\ntitle: x\n' }], {}, [])).toEqual([none]);
    for (const opening of ['\n---\ntitle: x\n', '--- \ntitle: x\n']) {
      expect(report([{ ...event(), text: opening }], {}, [])[0], JSON.stringify(opening)).toContain(
        'has no closing "---" line',
      );
    }
  });

  it('refuses a frontmatter that does not parse, on the line of the fault counted from the top of the file', () => {
    const broken = { ...event(), text: '---\ntitle: x\n  bad: indentation\n---\n\nBody.\n' };
    expect(report([broken], {}, [])).toEqual([
      'content/events/the-event.md:3 error (frontmatter): is not valid YAML: bad indentation of a mapping entry\n    fix: Check the indentation and quoting on this line; put text containing ": " or "#" in quotes.',
    ]);
    expect(check([broken]).ok).toBe(false);
  });

  it('refuses a frontmatter that is a single value or a date rather than fields', () => {
    for (const raw of ['just text', '2025-01-01', 'null']) {
      expect(report([{ ...event(), text: `---\n${raw}\n---\n\nBody.\n` }], {}, []), raw).toEqual([
        'content/events/the-event.md error (frontmatter): is not a set of "field: value" lines\n    fix: Write one "field: value" per line between the "---" lines.',
      ]);
    }
  });

  it('checks pages against the page schema and their bodies, but asks no body of them', () => {
    const page = (text: string): ContentFile => ({ path: 'content/about.md', collection: 'pages', text });
    expect(
      report([
        event(),
        page('---\ntitle: About\ndescription: What the site is and how it is made, for readers.\n---\n'),
      ]),
    ).toEqual([]);
    expect(
      report([
        event(),
        page('---\ntitle: About\ndescription: What the site is and how it is made, for readers.\n---\n\n<b>x</b>\n'),
      ]),
    ).toEqual([
      'content/about.md:6 error (body): contains raw HTML ("<b>", "</b>")\n    fix: Remove the HTML and use Markdown: **bold**, *italic*, [text](https://...), lists, ## headings.',
    ]);
  });

  it('asks a body of a thread, and places body findings on their line in the file', () => {
    const thread = (body: string): ContentFile => ({
      path: 'content/threads/story.md',
      collection: 'threads',
      text: `---\ntitle: A thread of two events\nsummary: A thread that lists two events in the order they happened, for the tests.\nevents: [first, second]\n---\n\n${body}`,
    });
    const events = [event({ id: 'first', date: '"2025-03-01"' }), event({ id: 'second', date: '"2025-03-02"' })];
    expect(report([...events, thread('An introduction.\n')])).toEqual([]);
    expect(check([...events, thread('An introduction.\n')]).threads.has('story')).toBe(true);
    expect(report([...events, thread('\n')])).toEqual([
      'content/threads/story.md:6 error (body): is empty\n    fix: Below the closing "---", write the thread\'s introduction: a paragraph or two, in your own words, on what its events show.',
    ]);
    expect(report([...events, thread('Intro.\n\n# Big\n')])[0]).toMatch(
      /^content\/threads\/story\.md:9 error \(body\): has a level-1 heading/,
    );
  });
});

describe('event dates', () => {
  it('holds each date to its precision, and names the field that sets it', () => {
    expect(report([event({ date: '"2025-03"' })])).toEqual([
      'content/events/the-event.md:4 error date: "2025-03" is written to the month, but precision is "day"\n    fix: Write it as "2025-06-27", or set precision to "month".',
    ]);
    expect(report([event({ extra: 'end: "2025-04"\nendPrecision: day' })])).toEqual([
      'content/events/the-event.md:8 error end: "2025-04" is written to the month, but endPrecision is "day"\n    fix: Write it as "2025-06-27", or set endPrecision to "month".',
    ]);
    // Without endPrecision, the end is held to the precision of the start.
    expect(report([event({ extra: 'end: "2025-04"' })])[0]).toContain('but endPrecision is "day"');
    expect(report([event({ extra: 'end: "2025-04"\nendPrecision: month' })])).toEqual([]);
  });

  it('refuses a start, an end, a publication, a review, an update or a correction after the build date, the build date itself allowed', () => {
    const later = report(
      [
        event({
          date: '"2026-06-02"',
          extra:
            'end: "2026-07-01"\nreviewed: "2026-06-02"\nupdated: "2026-06-04"\ncorrections:\n  - { date: "2026-06-03", change: A detail of the account was corrected., reason: A later report. }',
          sources: SOURCE.replace('"2025-03-01"', '"2026-06-05"'),
        }),
      ],
      { today: '2026-06-01' },
    );
    expect(later).toEqual([
      'content/events/the-event.md:4 error date: "2026-06-02" is after the build date (2026-06-01)\n    fix: Check the year: the chronology records only what has happened.',
      'content/events/the-event.md:8 error end: "2026-07-01" is after the build date (2026-06-01)\n    fix: Check the year: the chronology records only what has happened.',
      'content/events/the-event.md:20 error sources[0].published: "2026-06-05" is after the build date (2026-06-01)\n    fix: Write the date the page shows.',
      'content/events/the-event.md:9 error reviewed: "2026-06-02" is after the build date (2026-06-01)\n    fix: Write the day it actually happened.',
      'content/events/the-event.md:10 error updated: "2026-06-04" is after the build date (2026-06-01)\n    fix: Write the day it actually happened.',
      'content/events/the-event.md:12 error corrections[0].date: "2026-06-03" is after the build date (2026-06-01)\n    fix: Write the day it actually happened.',
    ]);
    expect(
      report(
        [
          event({
            date: '"2026-06-01"',
            extra: 'reviewed: "2026-06-01"',
            sources: SOURCE.replace('"2025-03-01"', '"2026-06-01"'),
          }),
        ],
        {
          today: '2026-06-01',
        },
      ),
    ).toEqual([]);
  });

  it('refuses an end before the start or equal to it, and an end precision without an end', () => {
    expect(report([event({ extra: 'end: "2025-02-28"' })])).toEqual([
      'content/events/the-event.md:8 error end: "2025-02-28" is before the start date "2025-03-01"\n    fix: Swap date and end, or correct the year.',
    ]);
    expect(report([event({ extra: 'end: "2025-03-01"' })])).toEqual([
      'content/events/the-event.md:8 error end: is the same as date\n    fix: Leave out end for an event that happened on one date.',
    ]);
    expect(report([event({ extra: 'end: "2025-03-02"' })])).toEqual([]);
    expect(report([event({ extra: 'endPrecision: day' })])).toEqual([
      'content/events/the-event.md:8 error endPrecision: is set but there is no end\n    fix: Add end, or remove endPrecision.',
    ]);
  });
});

describe('event sources', () => {
  const second = (lines: string) => `${SOURCE}\n${lines}`;
  it('refuses a source id or a page used twice', () => {
    expect(report([event({ sources: second(SOURCE.replace('example.org/report', 'example.org/other')) })])).toEqual([
      'content/events/the-event.md:18 error sources[1].id: "report" is used by another source of this event\n    fix: Give each source of an event its own id.',
    ]);
    expect(report([event({ sources: second(SOURCE.replace('id: report', 'id: again')) })])).toEqual([
      'content/events/the-event.md:19 error sources[1].url: is listed twice in this event\n    fix: Keep one source entry per page; cite it from several claims instead.',
    ]);
  });

  it('asks the original publisher of a copy, and only of a copy', () => {
    expect(report([event({ sources: SOURCE.replace('kind: original', 'kind: copy') })])).toEqual([
      'content/events/the-event.md:17 error sources[0].kind: is "copy" but no originalPublisher is given\n    fix: Add originalPublisher: who first published the text (e.g. "Associated Press").',
    ]);
    expect(
      report([event({ sources: SOURCE.replace('kind: original', 'kind: copy\n    originalPublisher: Example Wire') })]),
    ).toEqual([]);
    expect(
      report([
        event({ sources: SOURCE.replace('kind: original', 'kind: analysis\n    originalPublisher: Example Wire') }),
      ]),
    ).toEqual([
      'content/events/the-event.md:18 error sources[0].originalPublisher: is given but the kind is "analysis"\n    fix: Set kind to "copy" if this page reproduces another publisher\'s text; otherwise remove originalPublisher.',
    ]);
  });

  it('refuses a title in square brackets, with the fix that fits whether it is marked as supplied', () => {
    expect(
      report([
        event({ sources: SOURCE.replace('title: A report of the event', 'title: " [A report of the event] "') }),
      ]),
    ).toEqual([
      'content/events/the-event.md:13 error sources[0].title: is a description in square brackets, but titleSupplied is not set\n    fix: Remove the brackets and add "titleSupplied: true", or write the headline as published.',
    ]);
    expect(
      report([
        event({
          sources: SOURCE.replace(
            'title: A report of the event',
            'title: "[A report\n      of the event]"\n    titleSupplied: true',
          ),
        }),
      ]),
    ).toEqual([
      'content/events/the-event.md:13 error sources[0].title: is in square brackets; the site adds them to a supplied title\n    fix: Remove the brackets.',
    ]);
    expect(
      report([event({ sources: SOURCE.replace('title: A report of the event', 'title: "[Part 1] of a report"') })]),
    ).toEqual([]);
  });

  describe('against the publisher list', () => {
    const publishers = [
      { name: 'Example News', aliases: ['Example News Agency'] },
      { name: 'Trend', aliases: [] },
    ];
    const named = (publisher: string, original?: string) =>
      event({
        sources: SOURCE.replace('publisher: Example News', `publisher: ${publisher}`).replace(
          'kind: original',
          original ? `kind: copy\n    originalPublisher: ${original}` : 'kind: original',
        ),
      });
    it('accepts the listed spelling, trimmed, and checks nothing without a list', () => {
      expect(report([named('Example News')], { publishers })).toEqual([]);
      expect(report([named('"Example News "')], { publishers })).toEqual([]);
      expect(report([named('Anyone at All')])).toEqual([]);
    });
    it('names the one spelling for an alias, and suggests the listed name for a near miss', () => {
      expect(report([named('Example News Agency')], { publishers })).toEqual([
        'content/events/the-event.md:14 error sources[0].publisher: "Example News Agency" is another spelling of "Example News"\n    fix: Write "Example News", the one spelling on the publisher list.',
      ]);
      expect(report([named('Example News', 'Trent')], { publishers, contentDir: 'data' })).toEqual([
        'content/events/the-event.md:18 error sources[0].originalPublisher: "Trent" is not on the publisher list (data/publishers.yaml)\n    fix: Did you mean "Trend"? If this is a new publisher, add it to data/publishers.yaml.',
      ]);
      expect(report([named('Example News Agncy')], { publishers })[0]).toContain('fix: Did you mean "Example News"?');
      // A name that holds a listed one whole, or is held by one, gets it too: "Trend News Agency" is "Trend".
      expect(report([named('Trend News Agency')], { publishers })[0]).toContain('fix: Did you mean "Trend"?');
      expect(report([named('Someone Else Entirely')], { publishers })).toEqual([
        'content/events/the-event.md:14 error sources[0].publisher: "Someone Else Entirely" is not on the publisher list (content/publishers.yaml)\n    fix: If this is a new publisher, add "- name: Someone Else Entirely" to content/publishers.yaml; otherwise use the spelling there.',
      ]);
    });
  });
});

describe('event actors and claims', () => {
  const claim = (by: string, stance = 'asserts', sources = '[report]') =>
    `claims:\n  - { by: ${by}, stance: ${stance}, text: Something was said about the event., sources: ${sources} }`;
  /** Two claims: one by `by` with `stance`, then an assertion by `other`. */
  const twoClaims = (by: string, stance: string, other = by) =>
    `${claim(by, stance)}\n  - { by: ${other}, stance: asserts, text: Something else was said about it., sources: [report] }`;

  it('refuses an actor listed twice', () => {
    expect(report([event({ actors: '  - { id: one, role: initiator }\n  - { id: one, role: target }' })])).toEqual([
      'content/events/the-event.md:10 error actors[1].id: "one" is listed twice\n    fix: List each actor once, with its main role.',
    ]);
  });

  it('refuses an unknown actor, suggesting a near one or the file to add', () => {
    expect(report([event({ actors: '  - { id: onee, role: initiator }' })])).toEqual([
      'content/events/the-event.md:9 error actors[0].id: refers to actor "onee", which does not exist\n    fix: Did you mean "one"? Otherwise add content/actors/onee.md.',
      'content/actors/one.md warning (file name): actor "one" is not used by any event\n    fix: Add it to the actors of the events it took part in, or delete the file.',
    ]);
    expect(report([event({ actors: '  - { id: somebody, role: initiator }' })], { contentDir: 'elsewhere' })[0]).toBe(
      'content/events/the-event.md:9 error actors[0].id: refers to actor "somebody", which does not exist\n    fix: Add elsewhere/actors/somebody.md, or use an existing actor id.',
    );
  });

  it('counts an actor as used when it only makes a claim, and refuses a claimant not among the actors', () => {
    expect(report([event({ extra: claim('two') })], {}, ['one', 'two'])).toEqual([
      'content/events/the-event.md:9 error claims[0].by: "two" makes a claim but is not among the event\'s actors\n    fix: Add "- id: two" with a role (e.g. commentator) to actors.',
    ]);
    expect(report([event({ extra: claim('nobody') })])).toContain(
      'content/events/the-event.md:9 error claims[0].by: refers to actor "nobody", which does not exist\n    fix: Add content/actors/nobody.md, or use an existing actor id.',
    );
  });

  it('refuses a claim citing a source the event does not list, naming the ids it has', () => {
    expect(report([event({ extra: claim('one', 'asserts', '[report, tass]') })])).toEqual([
      'content/events/the-event.md:9 error claims[0].sources[1]: cites source "tass", which this event does not list\n    fix: Use one of this event\'s source ids (report), or add the source.',
    ]);
  });

  it('explains a source cited by number or by a group of fields, with the ids to use', () => {
    expect(report([event({ extra: claim('one', 'asserts', '[1]') })])).toEqual([
      "content/events/the-event.md:9 error claims[0].sources[0]: is the number 1; a claim cites a source by its id, not by its place in the list\n    fix: Write the id of the source instead, e.g. sources: [report]. This event's source ids: report.",
    ]);
    expect(report([event({ extra: claim('one', 'asserts', '[{ id: report }]') })])).toEqual([
      "content/events/the-event.md:9 error claims[0].sources[0]: is a group of fields, not a source id\n    fix: Write the id of the source instead, e.g. sources: [report]. This event's source ids: report.",
    ]);
    // Without source ids there is none to name.
    const uncited = event({
      extra: claim('one', 'asserts', '[tass]'),
      sources: SOURCE.replace('  - id: report\n    url:', '  - url:'),
    });
    expect(report([uncited])).toContain(
      'content/events/the-event.md:9 error claims[0].sources[0]: cites source "tass", which this event does not list\n    fix: Use one of this event\'s source ids (none yet), or add the source.',
    );
    const noIds = event({
      extra: claim('one', 'asserts', '[1]'),
      sources: SOURCE.replace('  - id: report\n    url:', '  - url:'),
    });
    expect(report([noIds])).toContain(
      'content/events/the-event.md:9 error claims[0].sources[0]: is the number 1; a claim cites a source by its id, not by its place in the list\n    fix: Give each source of the event an id (e.g. id: trend-2025-07-01), then cite it by that id, e.g. sources: [trend-2025-07-01].',
    );
  });

  it('ties the status to the claims: disputed needs claims, a denial or dispute needs disputed', () => {
    expect(report([event({ status: 'disputed' })])).toEqual([
      'content/events/the-event.md:7 error status: is "disputed" but the event records no claims\n    fix: Add a claim for each side, with its sources, or change the status.',
    ]);
    for (const stance of ['denies', 'disputes']) {
      expect(report([event({ extra: claim('one', stance) })]), stance).toEqual([
        'content/events/the-event.md:7 error status: is "confirmed" but a claim denies or disputes the account\n    fix: Set status to "disputed".',
      ]);
      expect(report([event({ status: 'disputed', extra: twoClaims('one', stance) })]), stance).toEqual([]);
      expect(report([event({ status: 'disputed', extra: claim('one', stance) })]), stance).toEqual([
        'content/events/the-event.md:9 error claims: holds one claim, but the status is "disputed": a dispute has at least two accounts\n    fix: Add the other party\'s account as a second claim, with its sources, or change the status.',
      ]);
    }
    expect(report([event({ extra: claim('one', 'asserts') })])).toEqual([]);
    expect(report([event({ status: 'unverified', extra: claim('one', 'asserts') })])).toEqual([]);
  });
});

describe('editorial rules on an event', () => {
  it('holds background to the crisis start: set before 25 December 2024, refused on or after it', () => {
    expect(report([event({ date: '"2024-12-24"' })])).toEqual([
      'content/events/the-event.md:4 error date: "2024-12-24" is before 25 December 2024, when the crisis the chronology follows begins, but background is not set\n    fix: Add "background: true" (the site shows such events apart, as context), or correct the date.',
    ]);
    expect(report([event({ date: '"2024-12-24"', extra: 'background: true' })])).toEqual([]);
    expect(report([event({ date: '"2024-12-25"', extra: 'background: true' })])).toEqual([
      'content/events/the-event.md:8 error background: is true, but the event\'s date "2024-12-25" is not before 25 December 2024\n    fix: Remove "background: true": only context from before the crisis is background.',
    ]);
    expect(report([event({ date: '"2024-12-25"', extra: 'background: false' })])).toEqual([]);
    // A month or a year counts by its last day: December 2024 reaches into the crisis, 2023 does not.
    expect(report([withPrecision(event({ date: '"2024-12"' }), 'month')])).toEqual([]);
    expect(report([withPrecision(event({ date: '"2023"', extra: 'background: true' }), 'year')])).toEqual([]);
    expect(report([withPrecision(event({ date: '"2023"' }), 'year')])[0]).toContain('background is not set');
    // A date that is no date is the date rule's to report, with or without background.
    expect(report([event({ date: '"2025-02-30"', extra: 'background: true' })]).join('\n')).not.toContain('background');
  });

  it('asks an updated date of a corrected event, no earlier than its latest correction', () => {
    const corrections = (updated: string) =>
      `${updated}corrections:\n  - { date: "2025-05-02", change: A detail of the account was corrected., reason: A later report. }\n  - { date: "2025-04-01", change: Another detail was corrected., reason: Another report. }`;
    expect(report([event({ extra: corrections('') })])).toEqual([
      'content/events/the-event.md:9 error corrections: records a correction, but the event has no updated date\n    fix: Add updated: "2025-05-02" (the day of the latest correction, or later).',
    ]);
    expect(report([event({ extra: corrections('updated: "2025-05-01"\n') })])).toEqual([
      'content/events/the-event.md:8 error updated: "2025-05-01" is earlier than the correction of 2025-05-02\n    fix: Set updated to "2025-05-02" or later: a correction changes the entry in substance.',
    ]);
    expect(report([event({ extra: corrections('updated: "2025-05-02"\n') })])).toEqual([]);
    expect(report([event({ extra: corrections('updated: "2025-06-01"\n') })])).toEqual([]);
    // The latest of three, whatever their order in the file.
    const three = `updated: "2025-04-15"\n${corrections('').replace('corrections:\n', 'corrections:\n  - { date: "2025-04-15", change: A third detail was corrected., reason: A third report. }\n')}`;
    expect(report([event({ extra: three })])[0]).toContain('"2025-04-15" is earlier than the correction of 2025-05-02');
    // A correction whose date is not a day is the schema's to report; it sets no requirement on updated.
    const undated =
      'updated: "2025-04-01"\ncorrections:\n  - { date: "2025-13-45", change: A detail of the account was corrected., reason: A later report. }';
    expect(report([event({ extra: undated })]).filter((line) => line.includes('updated'))).toEqual([]);
  });

  it("asks a dispute between Azerbaijan and Russia for both sides' accounts, or a balanceNote", () => {
    const sided = (id: string, side: string): ContentFile => ({
      path: `content/actors/${id}.md`,
      collection: 'actors',
      text: `---\nname: An Actor\nkind: person\nside: ${side}\ndescription: Someone the events name.\n---\n`,
    });
    const actors = [sided('baku', 'azerbaijan'), sided('moscow', 'russia'), sided('kyiv', 'ukraine')];
    const between = '  - { id: baku, role: initiator }\n  - { id: moscow, role: target }';
    const claims = (first: string, second: string) =>
      `claims:\n  - { by: ${first}, stance: denies, text: Something was denied., sources: [report] }\n  - { by: ${second}, stance: asserts, text: Something was said., sources: [report] }`;
    const run = (parts: EventParts) =>
      validateContent([...actors, event({ status: 'disputed', actors: between, ...parts })], {
        today: TODAY,
      })
        .problems.filter((problem) => problem.file === 'content/events/the-event.md')
        .map(formatProblem);
    expect(run({ extra: claims('baku', 'moscow') })).toEqual([]);
    expect(run({ extra: claims('moscow', 'moscow') })).toEqual([
      'content/events/the-event.md:9 error claims: give no account from Baku\'s side, though the event is disputed between Azerbaijan and Russia\n    fix: Add a claim by an actor of that side, with its sources, or a balanceNote saying why its account is missing (e.g. "Moscow has not commented publicly.").',
    ]);
    expect(run({ extra: claims('baku', 'baku') })[0]).toContain("no account from Moscow's side");
    // Neither side's account: both are named.
    const withThree = `${between}\n  - { id: kyiv, role: commentator }`;
    expect(run({ actors: withThree, extra: claims('kyiv', 'kyiv') })[0]).toContain(
      "give no account from Baku's or Moscow's side",
    );
    // Only a disputed event asks for both accounts.
    expect(run({ status: 'confirmed', extra: claims('moscow', 'moscow').replace('denies', 'asserts') })).toEqual([]);
    expect(run({ extra: `balanceNote: Moscow has not commented publicly.\n${claims('baku', 'baku')}` })).toEqual([]);
    // Not between the two: a dispute between Baku and Kyiv asks nothing more.
    const withKyiv = '  - { id: baku, role: initiator }\n  - { id: kyiv, role: target }';
    expect(run({ actors: withKyiv, extra: claims('baku', 'baku') })).toEqual([]);
    // Fewer than two claims is the claims rule's to report, once.
    expect(
      run({ extra: 'claims:\n  - { by: baku, stance: denies, text: Something was denied., sources: [report] }' })
        .length,
    ).toBe(1);
  });
});

describe('across files', () => {
  it('refuses two files with the same id, each naming the other, and resolves references to the first', () => {
    const a = event({ id: 'same' });
    const b = { ...event({ id: 'same' }), path: 'content/events/2025/same.md' };
    expect(report([a, b])).toEqual([
      'content/events/same.md error (file name): id "same" is also used by content/events/2025/same.md\n    fix: Give one of the two files another name; ids must be unique.',
      'content/events/2025/same.md error (file name): id "same" is also used by content/events/same.md\n    fix: Give one of the two files another name; ids must be unique.',
    ]);
    // The same id in two collections is not a clash.
    expect(report([event({ id: 'one' })])).toEqual([]);
  });

  it('refuses a link to the event itself or to an event that does not exist', () => {
    expect(report([event({ extra: 'related:\n  - { event: the-event, relation: context }' })])).toEqual([
      'content/events/the-event.md:9 error related[0].event: refers to the event itself\n    fix: Remove this link.',
    ]);
    expect(report([event({ extra: 'related:\n  - { event: the-evnt, relation: context }' })])).toEqual([
      'content/events/the-event.md:9 error related[0].event: refers to event "the-evnt", which does not exist\n    fix: Did you mean "the-event"?',
    ]);
    expect(report([event({ extra: 'related:\n  - { event: far-away, relation: context }' })])[0]).toContain(
      'fix: Use the file name (without .md) of an event in content/events/.',
    );
    expect(
      report([event({ extra: 'related:\n  - { event: far-away, relation: context }' })], { contentDir: 'data' }),
    ).toEqual([
      'content/events/the-event.md:9 error related[0].event: refers to event "far-away", which does not exist\n    fix: Use the file name (without .md) of an event in data/events/.',
    ]);
  });

  it('lets an event respond to or follow from an earlier or same-day one, and set any event as context', () => {
    const later = event({ id: 'later', date: '"2025-03-05"' });
    const linking = (relation: string, date = '"2025-03-01"') =>
      event({ date, extra: `related:\n  - { event: later, relation: ${relation} }` });
    expect(report([later, linking('responds-to')])).toEqual([
      'content/events/the-event.md:9 error related[0].relation: says this event responds-to "later", which happened later (2025-03-05)\n    fix: An event can only respond to or follow from an earlier one: link it from "later" instead, or use relation "context".',
    ]);
    expect(report([later, linking('follows-from')])[0]).toContain('says this event follows-from "later"');
    expect(report([later, linking('context')])).toEqual([]);
    expect(report([later, linking('responds-to', '"2025-03-05"')])).toEqual([]);
    // A month-precise date ends with its month: an event on the 5th may respond to one "in March".
    expect(report([later, withPrecision(linking('responds-to', '"2025-03"'), 'month')])).toEqual([]);
    expect(
      report([
        withPrecision(event({ id: 'later', date: '"2025-04"' }), 'month'),
        linking('responds-to', '"2025-03-31"'),
      ])[0],
    ).toContain('which happened later (2025-04)');
  });

  it('holds a thread to events that exist, once each, earliest first', () => {
    const thread = (events: string): ContentFile => ({
      path: 'content/threads/story.md',
      collection: 'threads',
      text: `---\ntitle: A thread of several events\nsummary: A thread that lists events for the tests, in the order they happened or not.\nevents:\n${events}\n---\n\nIntro.\n`,
    });
    const events = [
      event({ id: 'first', date: '"2025-03-01"' }),
      event({ id: 'second', date: '"2025-03-02"' }),
      withPrecision(event({ id: 'month', date: '"2025-03"' }), 'month'),
    ];
    expect(report([...events, thread('  - month\n  - first\n  - second')])).toEqual([]);
    expect(report([...events, thread('  - second\n  - first\n  - second\n  - frist\n  - nothing-like-it')])).toEqual([
      'content/threads/story.md:6 error events[1]: "first" (2025-03-01) is listed after "second" (2025-03-02), which happened later\n    fix: List the events earliest first: move "first" above "second".',
      'content/threads/story.md:7 error events[2]: lists event "second" a second time (it is also events[0])\n    fix: List each event once; remove this line.',
      'content/threads/story.md:8 error events[3]: refers to event "frist", which does not exist\n    fix: Did you mean "first"?',
      'content/threads/story.md:9 error events[4]: refers to event "nothing-like-it", which does not exist\n    fix: Use the file name (without .md) of an event in content/events/.',
    ]);
  });

  it('warns, without failing, about an actor no event names', () => {
    const result = check([event()], {}, ['one', 'two']);
    expect(result.problems.map(formatProblem)).toEqual([
      'content/actors/two.md warning (file name): actor "two" is not used by any event\n    fix: Add it to the actors of the events it took part in, or delete the file.',
    ]);
    expect(result.ok).toBe(true);
  });
});
