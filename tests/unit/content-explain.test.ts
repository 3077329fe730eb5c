/**
 * How the validator words a schema problem (explain.ts) and where it places and names it (frontmatter.ts,
 * problem.ts, json-schema.ts), on single values: each kind of zod issue, the "did you mean" helpers, the
 * frontmatter split, the YAML locator and the field paths.
 */
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import {
  closest,
  closestPublishers,
  closestIds,
  editDistance,
  explainIssue,
  preview,
  type ExplainContext,
} from '../../src/lib/content/explain.ts';
import { parseYaml, publishedBody, splitFile, yamlLocator } from '../../src/lib/content/frontmatter.ts';
import { idFromPath, isValidId } from '../../src/lib/content/ids.ts';
import { fieldRows, keysAt, toJsonSchema, type JsonSchema } from '../../src/lib/content/json-schema.ts';
import { renderFieldTable, updateFieldTables } from '../../src/lib/content/reference.ts';
import { fieldPath, formatReport, sortProblems, type Problem } from '../../src/lib/content/problem.ts';
import { eventSchema } from '../../src/schemas/event.ts';

const REFERENCE = 'See the field reference in CONTRIBUTING.md.';
const NONE: ExplainContext = { siblings: () => [], source: () => undefined };

/** The explanations of every issue zod finds in `input`. */
function explain(schema: z.ZodType, input: unknown, context: ExplainContext = NONE) {
  const result = schema.safeParse(input, { reportInput: true });
  if (result.success) return [];
  return result.error.issues.flatMap((issue) => explainIssue(issue, context));
}

describe('closestPublishers', () => {
  // Not in the order of any answer, so that the answers show their own order.
  const publishers = [
    { name: 'Example News', aliases: ['Example News Agency'] },
    { name: 'News.ru', aliases: [] },
    { name: 'News.az', aliases: [] },
    { name: 'TASS', aliases: [] },
    { name: 'Trend', aliases: ['Trend News'] },
  ];
  it('names a publisher within two edits first, then one whose words the name holds or that holds its words', () => {
    expect(closestPublishers('Trent', publishers)).toEqual(['Trend']);
    expect(closestPublishers('Trend News Agency', publishers)).toEqual(['Trend']);
    expect(closestPublishers('Russian news agency TASS', publishers)).toEqual(['TASS']);
    expect(closestPublishers('news.az', publishers)).toEqual(['News.az', 'News.ru']);
    expect(closestPublishers('Example', publishers)).toEqual(['Example News']);
    // An alias counts as the publisher it belongs to, named once by its listed name.
    expect(closestPublishers('Trend Newz', publishers)).toEqual(['Trend']);
    expect(closestPublishers('Someone Else Entirely', publishers)).toEqual([]);
    // A name with no words at all matches nothing (rather than everything).
    expect(closestPublishers('—', publishers)).toEqual([]);
    // Several that hold the word, nearest spelling first ("Trend News" is nearer "News" than "Example News"), up to the limit.
    expect(closestPublishers('News', publishers)).toEqual(['Trend', 'Example News']);
    expect(closestPublishers('News', publishers, 1)).toEqual(['Trend']);
  });
});

describe('preview', () => {
  it('quotes text, shortens long text, and names other values', () => {
    expect(preview('abc')).toBe('"abc"');
    expect(preview('a'.repeat(60))).toBe(JSON.stringify('a'.repeat(60)));
    expect(preview('a'.repeat(61))).toBe(JSON.stringify(`${'a'.repeat(57)}...`));
    expect(preview(new Date('2025-02-03T10:00:00Z'))).toBe('the date 2025-02-03');
    expect(preview(new Date('nonsense'))).toBe('an invalid date');
    expect(preview(null)).toBe('an empty value');
    expect(preview([1])).toBe('a list');
    expect(preview({ a: 1 })).toBe('a group of fields');
    expect(preview(5)).toBe('5');
    expect(preview(true)).toBe('true');
  });
});

describe('editDistance and closest', () => {
  it('counts single-letter edits', () => {
    expect(editDistance('', '')).toBe(0);
    expect(editDistance('abc', '')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('flaw', 'lawn')).toBe(2);
    expect(editDistance('same', 'same')).toBe(0);
  });
  it('picks the nearest candidate within two edits, a case-insensitive match first', () => {
    expect(closest('initator', ['target', 'initiator'])).toBe('initiator');
    expect(closest('abcd', ['abxy', 'abcx'])).toBe('abcx');
    expect(closest('RUSSIA', ['russian', 'russia'])).toBe('russia');
    expect(closest('abcde', ['vwxyz'])).toBeUndefined();
    expect(closest('abc', ['xyz', 'abxyz'])).toBeUndefined();
    expect(closest('abc', ['ab', 'a'])).toBe('ab');
    expect(closest('x', [])).toBeUndefined();
  });
});

describe('closestIds', () => {
  it('counts an id as contained in a typed one, or the other way round, from four letters on', () => {
    expect(closestIds('raid', ['yekaterinburg-raids'])).toEqual(['yekaterinburg-raids']);
    expect(closestIds('rai', ['yekaterinburg-raids'])).toEqual([]);
    expect(closestIds('azal-crash-report-x', ['azal', 'cra'])).toEqual(['azal']);
  });
  it('matches the words of a typed id, ignoring stray hyphens, and nothing when it has no words', () => {
    expect(closestIds('raids-yekaterinburg-', ['yekaterinburg-raids'])).toEqual(['yekaterinburg-raids']);
    expect(closestIds('-', ['ab-cd'])).toEqual([]);
  });
});

describe('explainIssue', () => {
  const fields = z
    .object({
      title: z.string(),
      tags: z.array(z.string()),
      location: z.object({ place: z.string() }),
      count: z.number(),
    })
    .strict();

  it('names a missing field and where to add it', () => {
    expect(explain(z.object({ title: z.string() }), {})).toEqual([
      { path: ['title'], message: 'is missing', fix: `Add "title:" to the frontmatter. ${REFERENCE}` },
    ]);
    expect(explain(z.object({ location: z.object({ place: z.string() }) }), { location: {} })).toEqual([
      { path: ['location', 'place'], message: 'is missing', fix: `Add "place:" under "location". ${REFERENCE}` },
    ]);
    expect(explain(z.object({ items: z.array(z.object({ id: z.string() })) }), { items: [{}] })).toEqual([
      { path: ['items', 0, 'id'], message: 'is missing', fix: `Add "id:" under "items[0]". ${REFERENCE}` },
    ]);
    expect(explain(z.array(z.string()), [undefined])).toEqual([
      { path: [0], message: 'is missing', fix: `Add "this field:" to the frontmatter. ${REFERENCE}` },
    ]);
  });

  it('asks for quotes around a date YAML read as a timestamp, quoting what was typed', () => {
    const typed: ExplainContext = {
      siblings: () => [],
      source: (path) => (path[0] === 'title' ? '2025-02-30' : undefined),
    };
    expect(explain(z.object({ title: z.string() }), { title: new Date('2025-03-02') }, typed)).toEqual([
      {
        path: ['title'],
        message: '2025-02-30 is read by YAML as a timestamp, not as text',
        fix: 'Put the date in quotes: title: "2025-02-30".',
      },
    ]);
    expect(explain(z.object({ title: z.string() }), { title: new Date('2025-03-02') })[0]?.fix).toBe(
      'Put the date in quotes: title: "YYYY-MM-DD".',
    );
  });

  it('asks for quotes around a number or a yes/no where text is expected', () => {
    expect(explain(z.object({ title: z.string() }), { title: 12 })).toEqual([
      { path: ['title'], message: 'is the number 12, not text', fix: 'Put the value in quotes: title: "12".' },
    ]);
    expect(explain(z.object({ title: z.string() }), { title: false })).toEqual([
      { path: ['title'], message: 'is the boolean false, not text', fix: 'Put the value in quotes: title: "false".' },
    ]);
  });

  it('asks for a list or a group of fields, naming what was written instead', () => {
    expect(explain(fields.pick({ tags: true }), { tags: 'one' })).toEqual([
      {
        path: ['tags'],
        message: 'must be a list, not a string',
        fix: 'Write each item on its own line, starting with "- ".',
      },
    ]);
    expect(explain(fields.pick({ tags: true }), { tags: new Date('2025-01-01') })[0]?.message).toBe(
      'must be a list, not a date',
    );
    expect(explain(fields.pick({ tags: true }), { tags: null })[0]?.message).toBe('is empty');
    expect(explain(fields.pick({ tags: true }), { tags: 5 })[0]?.message).toBe('must be a list, not a number');
    expect(explain(fields.pick({ location: true }), { location: ['x'] })).toEqual([
      {
        path: ['location'],
        message: 'must be a group of fields, not a list',
        fix: `Indent the fields of "location" below it. ${REFERENCE}`,
      },
    ]);
    expect(explain(fields.pick({ count: true }), { count: 'many' })).toEqual([
      {
        path: ['count'],
        message: 'is the text "many", not a number',
        fix: `Write a number, without quotes. ${REFERENCE}`,
      },
    ]);
    expect(explain(fields.pick({ title: true }), { title: ['a'] })[0]).toEqual({
      path: ['title'],
      message: 'must be a string, not a list (got a list)',
      fix: `Write a string. ${REFERENCE}`,
    });
    // Only text is named as text: a true where a number belongs is not.
    expect(explain(fields.pick({ count: true }), { count: true })[0]?.message).toBe(
      'must be a number, not a boolean (got true)',
    );
  });

  it('says a field left empty is empty, and how to write it, for every kind of value', () => {
    const kinds = z.object({ title: z.string(), on: z.boolean(), count: z.number(), tags: z.array(z.string()) });
    expect(explain(kinds, { title: null, on: null, count: null, tags: null })).toEqual([
      { path: ['title'], message: 'is empty', fix: `Write the text after the colon. ${REFERENCE}` },
      { path: ['on'], message: 'is empty', fix: `Write true or false, without quotes. ${REFERENCE}` },
      { path: ['count'], message: 'is empty', fix: `Write a number, without quotes. ${REFERENCE}` },
      {
        path: ['tags'],
        message: 'is empty',
        fix: `Write each item on its own line below it, starting with "- ". ${REFERENCE}`,
      },
    ]);
    // A quoted empty text is text; its length is the string rules' to judge.
    expect(explain(z.object({ title: z.string().min(3) }), { title: '' })[0]?.message).toContain('too short');
  });

  it('tells a quoted true, false or number from the value itself', () => {
    expect(explain(z.object({ on: z.boolean() }), { on: 'yes' })).toEqual([
      {
        path: ['on'],
        message: 'is the text "yes", not true or false',
        fix: `Write true or false, without quotes. ${REFERENCE}`,
      },
    ]);
    expect(explain(z.object({ on: z.boolean() }), { on: ' ' })[0]?.message).toBe('is empty');
  });

  it('asks for an item of a list as a group of fields, with the fields it takes', () => {
    const actors = z.object({ actors: z.array(z.object({ id: z.string(), role: z.string() })) });
    const context: ExplainContext = {
      siblings: (path) => (path.length === 2 ? ['id', 'role'] : []),
      source: () => undefined,
    };
    expect(explain(actors, { actors: ['azerbaijan-mfa'] }, context)).toEqual([
      {
        path: ['actors', 0],
        message: 'must be a group of fields, not a string',
        fix: `Write this item of "actors" as a group of fields, e.g. { id: …, role: … }. ${REFERENCE}`,
      },
    ]);
    // At most three fields in the example.
    const many: ExplainContext = { siblings: () => ['id', 'url', 'title', 'publisher'], source: () => undefined };
    expect(explain(actors, { actors: ['x'] }, many)[0]?.fix).toContain('e.g. { id: …, url: …, title: … }.');
    expect(explain(actors, { actors: ['azerbaijan-mfa'] })[0]?.fix).toBe(
      `Write this item of "actors" as a group of fields, one "field: value" per indented line. ${REFERENCE}`,
    );
  });

  it('lists the allowed values, with the nearest one first when it is close', () => {
    const kind = z.object({ kind: z.enum(['original', 'copy', 'analysis']) });
    expect(explain(kind, { kind: 'orignal' })).toEqual([
      {
        path: ['kind'],
        message: '"orignal" is not an allowed value',
        fix: 'Did you mean "original"? Use one of: original, copy, analysis.',
      },
    ]);
    expect(explain(kind, { kind: 'nothing-like' })[0]?.fix).toBe('Use one of: original, copy, analysis.');
    expect(explain(kind, { kind: 7 })[0]).toEqual({
      path: ['kind'],
      message: '7 is not an allowed value',
      fix: 'Use one of: original, copy, analysis.',
    });
    expect(explain(kind, {})).toEqual([
      { path: ['kind'], message: 'is missing', fix: 'Add "kind:" with one of: original, copy, analysis.' },
    ]);
    for (const empty of [null, '', '  ']) {
      expect(explain(kind, { kind: empty }), String(empty)).toEqual([
        { path: ['kind'], message: 'is empty', fix: 'Write one of: original, copy, analysis.' },
      ]);
    }
  });

  it('names an unknown field, suggesting the near one or listing the known ones', () => {
    const context: ExplainContext = {
      siblings: (path) => (path.length === 0 ? ['title', 'tags'] : ['place']),
      source: () => undefined,
    };
    expect(
      explain(fields.pick({ title: true, tags: true }).strict(), { title: 'x', tags: [], titel: 'y', zzz: 1 }, context),
    ).toEqual([
      { path: ['titel'], message: 'is not a known field', fix: 'Did you mean "title"? Rename it.' },
      { path: ['zzz'], message: 'is not a known field', fix: 'Remove it. Known fields here: title, tags.' },
    ]);
    expect(
      explain(
        z.object({ location: z.object({ place: z.string() }).strict() }),
        { location: { place: 'x', plaec: 'y' } },
        context,
      ),
    ).toEqual([
      { path: ['location', 'plaec'], message: 'is not a known field', fix: 'Did you mean "place"? Rename it.' },
    ]);
  });

  it('gives the size of a list or text that is too short or too long, and the limit of a number', () => {
    expect(explain(z.array(z.string()).min(2), ['a'])).toEqual([
      { path: [], message: 'lists 1 item; at least 2 needed', fix: `Add at least 2 items. ${REFERENCE}` },
    ]);
    expect(explain(z.array(z.string()).min(1), [])[0]).toEqual({
      path: [],
      message: 'lists 0 items; at least 1 needed',
      fix: `Add at least 1 item. ${REFERENCE}`,
    });
    expect(explain(z.string().min(10), 'short')).toEqual([
      { path: [], message: 'is too short (5 characters; at least 10)', fix: 'Write at least 10 characters.' },
    ]);
    expect(explain(z.string().min(2), 'a')[0]?.message).toBe('is too short (1 character; at least 2)');
    expect(explain(z.number().min(1), 0)).toEqual([
      { path: [], message: 'is 0, below the minimum of 1', fix: 'Use a value of at least 1.' },
    ]);
    expect(explain(z.string().max(3), 'abcd')).toEqual([
      {
        path: [],
        message: 'is too long (4 characters; at most 3)',
        fix: 'Shorten it to 3 characters or fewer; detail belongs in the body.',
      },
    ]);
    expect(explain(z.array(z.string()).max(1), ['a', 'b'])).toEqual([
      { path: [], message: 'lists too many items (at most 1)', fix: 'Keep at most 1 items.' },
    ]);
    expect(explain(z.number().max(3), 5)).toEqual([
      { path: [], message: 'is 5, above the maximum of 3', fix: 'Use a value of at most 3.' },
    ]);
  });

  it("passes on a custom check's own message and fix, quoting the text it refused", () => {
    const withFix = z
      .string()
      .refine(() => false, { message: 'is not allowed here', params: { fix: 'Write something else.' } });
    expect(explain(withFix, 'bad')).toEqual([
      { path: [], message: '"bad" is not allowed here', fix: 'Write something else.' },
    ]);
    const withoutFix = z.number().refine(() => false, { message: 'is not allowed here' });
    expect(explain(withoutFix, 3)).toEqual([{ path: [], message: 'is not allowed here', fix: REFERENCE }]);
    const oddFix = z.string().refine(() => false, { message: 'is odd', params: { fix: 42 } });
    expect(explain(oddFix, 'x')[0]?.fix).toBe(REFERENCE);
  });

  it("asks for a whole number, and passes any other issue on with zod's own words", () => {
    expect(explain(eventSchema.shape.importance, 1.5)).toEqual([
      { path: [], message: '1.5 must be a whole number', fix: 'Write a whole number, e.g. 2.' },
    ]);
    expect(explain(z.number().multipleOf(2), 3)).toEqual([
      { path: [], message: '3 must be a whole number', fix: 'Write a whole number, e.g. 2.' },
    ]);
    const other = explain(z.string().regex(/^a/), 'b');
    expect(other).toEqual([{ path: [], message: 'Invalid string: must match pattern /^a/', fix: REFERENCE }]);
  });
});

describe('splitFile and publishedBody', () => {
  it('splits the frontmatter from the body and counts the lines before each', () => {
    expect(splitFile('---\ntitle: x\n---\nBody\n')).toEqual({
      raw: '\ntitle: x\n',
      rawLineOffset: 0,
      body: '\nBody\n',
      bodyLineOffset: 2,
    });
    expect(splitFile('\n\n---\na: 1\nb: 2\n---\n\nBody')).toEqual({
      raw: '\na: 1\nb: 2\n',
      rawLineOffset: 2,
      body: '\n\nBody',
      bodyLineOffset: 5,
    });
    expect(splitFile('\uFEFF---\na: 1\n---\n').raw).toBe('\na: 1\n');
    expect(splitFile('No frontmatter\n---\na: 1\n---\n')).toEqual({
      raw: undefined,
      rawLineOffset: 0,
      body: 'No frontmatter\n---\na: 1\n---\n',
      bodyLineOffset: 0,
    });
  });

  it('gives the body as the site publishes it, trimmed, with the lines before it', () => {
    expect(publishedBody('---\ntitle: x\n---\n\n    indented first line\n\nmore\n\n')).toEqual({
      body: 'indented first line\n\nmore',
      lineOffset: 4,
    });
    expect(publishedBody('---\ntitle: x\n---\n\n  \n')).toEqual({ body: '', lineOffset: 5 });
    expect(publishedBody('Just text.')).toEqual({ body: 'Just text.', lineOffset: 0 });
    expect(publishedBody('\n\nText after blank lines.')).toEqual({ body: 'Text after blank lines.', lineOffset: 2 });
    // A frontmatter that repeats later in the body is blanked only where it stands.
    expect(publishedBody('---\na: 1\n---\nSee:\n---\na: 1\n---\n')?.body).toBe('See:\n---\na: 1\n---');
    expect(publishedBody('+++\na = 1\n+++\nToml.')?.body).toBe('Toml.');
  });
});

describe('parseYaml and yamlLocator', () => {
  it('gives the data, or the reason and line of a syntax error', () => {
    expect(parseYaml('a: 1\nb: [x]\n')).toEqual({ ok: true, data: { a: 1, b: ['x'] } });
    expect(parseYaml('a: 1\n  b: 2\n')).toEqual({ ok: false, reason: 'bad indentation of a mapping entry', line: 2 });
  });

  it('finds the line of the deepest part of a path that exists, and what was typed there', () => {
    const raw = 'title: x\nsources:\n  - id: one\n    url: https://example.org\n  - id: two\ndate: 2025-02-30\n';
    const locator = yamlLocator(raw);
    expect(locator.line(['title'])).toBe(1);
    expect(locator.line(['sources', 0, 'url'])).toBe(4);
    expect(locator.line(['sources', 1, 'url'])).toBe(5);
    // A list item that does not exist: the line where the list starts.
    expect(locator.line(['sources', 7])).toBe(3);
    expect(locator.line(['missing', 'deeper'])).toBe(1);
    expect(locator.line([])).toBe(1);
    // Nothing on the path: the first line, not the line where the fields start.
    expect(yamlLocator('\n\ntitle: x\n').line(['nothing'])).toBe(1);
    expect(yamlLocator('\n\ntitle: x\n').line(['title'])).toBe(3);
    expect(locator.source(['date'])).toBe('2025-02-30');
    expect(locator.source(['sources', 1, 'id'])).toBe('two');
    expect(locator.source(['sources'])).toBeUndefined();
    expect(locator.source(['nothing'])).toBeUndefined();
  });
});

describe('ids', () => {
  it('takes the id from the file name, in any folder, without its extension', () => {
    expect(idFromPath('content/events/2025/azal-crash.md')).toBe('azal-crash');
    expect(idFromPath('content\\events\\x.md')).toBe('x');
    expect(idFromPath('content/events/a.b.markdown')).toBe('a.b');
    expect(idFromPath('content/events/noext')).toBe('noext');
    expect(isValidId('azal-8243-crash')).toBe(true);
    expect(isValidId('Azal')).toBe(false);
  });
});

describe('fieldPath, sortProblems and formatReport', () => {
  it('writes a path as an editor reads it', () => {
    expect(fieldPath(['sources', 1, 'url'])).toBe('sources[1].url');
    expect(fieldPath([0, 'id'])).toBe('[0].id');
    expect(fieldPath([])).toBe('(frontmatter)');
  });

  it('sorts errors first, then by file, line, field and message', () => {
    const problem = (
      severity: Problem['severity'],
      file: string,
      line: number | undefined,
      field: string,
      message: string,
    ): Problem => ({ severity, file, line, field, message, fix: '' });
    const sorted = sortProblems([
      problem('warning', 'a', 1, 'f', 'm'),
      problem('error', 'b', 1, 'f', 'm'),
      problem('error', 'a', 10, 'f', 'm'),
      problem('error', 'a', 2, 'f', 'm'),
      problem('error', 'a', undefined, 'z', 'm'),
      problem('error', 'a', 2, 'e', 'm'),
      problem('error', 'a', 2, 'e', 'l'),
    ]);
    expect(sorted.map((p) => `${p.severity} ${p.file}:${p.line ?? '-'} ${p.field} ${p.message}`)).toEqual([
      'error a:- z m',
      'error a:2 e l',
      'error a:2 e m',
      'error a:2 f m',
      'error a:10 f m',
      'error b:1 f m',
      'warning a:1 f m',
    ]);
  });

  it('closes the report with the counts of errors and warnings', () => {
    const warning: Problem = { severity: 'warning', file: 'f', field: 'x', message: 'm', fix: 'g' };
    expect(formatReport([warning, warning], { events: 2, actors: 0 }).split('\n').at(-1)).toBe(
      'Content check: 0 errors, 2 warnings in 2 events and 0 actors.',
    );
    expect(formatReport([], { events: 1, actors: 1 })).toBe(
      'Content check: 0 errors, 0 warnings in 1 event and 1 actor.',
    );
  });
});

describe('JSON Schema views', () => {
  const schema = toJsonSchema(eventSchema);
  it('lists the field names at a path, stepping into list items by number', () => {
    expect(keysAt(schema, [])).toContain('title');
    expect(keysAt(schema, ['sources', 0])).toEqual(expect.arrayContaining(['id', 'url', 'publisher']));
    expect(keysAt(schema, ['location'])).toEqual(expect.arrayContaining(['place', 'country']));
    expect(keysAt(schema, ['title'])).toEqual([]);
    expect(keysAt(schema, ['nothing', 'deeper'])).toEqual([]);
    expect(keysAt(schema, ['sources', 'id'])).toEqual([]);
  });

  it('describes each field with its type, whether it is required and its description, depth first', () => {
    const tiny: JsonSchema = {
      type: 'object',
      required: ['a'],
      properties: {
        a: { type: 'string', description: 'A.' },
        b: { type: 'array', items: { type: 'object', properties: { c: { enum: ['x', 'y'] } } } },
        d: { type: 'object', properties: { e: { type: ['string', 'null'] } } },
        f: { type: 'array' },
        g: {},
        h: { type: 'array', items: { type: 'string' } },
      },
    };
    expect(fieldRows(tiny)).toEqual([
      { path: 'a', type: 'string', required: true, description: 'A.' },
      { path: 'b', type: 'list of fields', required: false, description: '' },
      { path: 'b[].c', type: 'x \\| y', required: false, description: '' },
      { path: 'd', type: 'fields', required: false, description: '' },
      { path: 'd.e', type: 'string \\| null', required: false, description: '' },
      { path: 'f', type: 'list of values', required: false, description: '' },
      { path: 'g', type: 'value', required: false, description: '' },
      { path: 'h', type: 'list of string', required: false, description: '' },
    ]);
  });
});

describe('updateFieldTables and renderFieldTable', () => {
  const markers = (name: string) => [
    `<!-- fields:${name}:start (generated by npm run schema:write) -->`,
    `<!-- fields:${name}:end -->`,
  ];
  const all = ['events', 'actors', 'threads', 'pages'].map((name) => markers(name).join('\nstale\n')).join('\n\n');

  it('replaces what stands between each pair of markers with the generated table', () => {
    const updated = updateFieldTables(`Intro\n\n${all}\n\nEnd\n`);
    expect(updated).not.toContain('stale');
    expect(
      updated.startsWith(
        'Intro\n\n<!-- fields:events:start (generated by npm run schema:write) -->\n| Field | Type or values | Required | Meaning |\n',
      ),
    ).toBe(true);
    expect(updated).toContain('| `title` | string | yes |');
    expect(updated.endsWith('<!-- fields:pages:end -->\n\nEnd\n')).toBe(true);
    expect(updateFieldTables(updated)).toBe(updated);
  });

  it('refuses a document without both markers of every table in order, naming the table', () => {
    const [start, end] = markers('actors');
    const without = (text: string) => all.replace(`${start}\nstale\n${end}`, text);
    expect(() => updateFieldTables('# No markers here\n')).toThrow(
      'CONTRIBUTING.md lacks the markers for the events field table',
    );
    expect(() => updateFieldTables(without(`${start}\n`))).toThrow(
      'CONTRIBUTING.md lacks the markers for the actors field table',
    );
    expect(() => updateFieldTables(without(`${end}\n`))).toThrow(
      'CONTRIBUTING.md lacks the markers for the actors field table',
    );
    expect(() => updateFieldTables(without(`${end}\n${start}\n`))).toThrow(
      'CONTRIBUTING.md lacks the markers for the actors field table',
    );
  });

  it('keeps a description with a bar or a line break inside its table cell', () => {
    const schema = z.object({ note: z.string().describe('One | two\nthree') }) as unknown as Parameters<
      typeof renderFieldTable
    >[0];
    expect(renderFieldTable(schema).split('\n').at(-1)).toBe('| `note` | string | yes | One \\| two three |');
  });
});
