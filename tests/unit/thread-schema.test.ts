/** Threads as content: the schema, the suggestions for a mistyped event id, and the validator's thread checks. */
import { describe, expect, it } from 'vitest';
import { closestIds, suggestionFix } from '../../src/lib/content/explain.ts';
import { validateContent, type ContentFile } from '../../src/lib/content/validate.ts';
import { threadSchema } from '../../src/schemas/thread.ts';
import { FIXTURE_TODAY, GOOD, readFixture } from '../helpers/fixtures.ts';

const valid = {
  title: 'The crash and the apology',
  summary: 'A thread that follows the crash to the apology made three days later by telephone.',
  events: ['fixture-crash', 'fixture-apology'],
};

describe('threadSchema', () => {
  it('accepts a title, a summary and two or more event ids', () => {
    expect(threadSchema.parse(valid)).toEqual(valid);
  });

  it.each([
    ['no events', { ...valid, events: [] }, ['events']],
    ['one event', { ...valid, events: ['fixture-crash'] }, ['events']],
    ['an id that is not kebab-case', { ...valid, events: ['fixture-crash', 'Fixture Apology'] }, ['events', 1]],
    ['an unknown field', { ...valid, colour: 'red' }, []],
    ['markup in the title', { ...valid, title: 'The crash <script>alert(1)</script>' }, ['title']],
    ['a summary too short', { ...valid, summary: 'Too short.' }, ['summary']],
    ['a missing title', { summary: valid.summary, events: valid.events }, ['title']],
  ] as const)('refuses %s', (_, input, path) => {
    const result = threadSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path)).toContainEqual(path);
  });
});

describe('closestIds', () => {
  const ids = [
    'azerbaijan-summons-russian-ambassador-january-2025',
    'azerbaijan-summons-russian-ambassador-july-2025',
    'azerbaijan-summons-russian-ambassador-over-zatulin',
    'azerbaijan-summons-russian-charge',
    'yekaterinburg-raids',
    'yekaterinburg-case-verdict-and-sentences',
    'azal-8243-crash',
  ];

  it('puts a near miss first', () => {
    expect(closestIds('yekaterinburg-raid', ids)).toEqual(['yekaterinburg-raids']);
  });

  it('offers every id that contains a shortened one, at most three', () => {
    expect(closestIds('azerbaijan-summons-russian-ambassador', ids)).toEqual([
      'azerbaijan-summons-russian-ambassador-july-2025',
      'azerbaijan-summons-russian-ambassador-january-2025',
      'azerbaijan-summons-russian-ambassador-over-zatulin',
    ]);
    expect(closestIds('azerbaijan-summons', ids, 2)).toHaveLength(2);
  });

  it('finds an id whose words were partly left out or reordered', () => {
    expect(closestIds('azal-crash', ids)).toEqual(['azal-8243-crash']);
    expect(closestIds('raids-yekaterinburg', ids)).toEqual(['yekaterinburg-raids']);
  });

  it('finds an id that a lengthened one contains', () => {
    expect(closestIds('yekaterinburg-raids-june', ids)).toEqual(['yekaterinburg-raids']);
  });

  it('offers nothing for an unrelated id, and nothing for a fragment under four letters', () => {
    expect(closestIds('washington-summit', ids)).toEqual([]);
    expect(closestIds('az', ids)).toEqual([]);
  });
});

describe('suggestionFix', () => {
  it('words one, two or three suggestions', () => {
    expect(suggestionFix([])).toBeUndefined();
    expect(suggestionFix(['a-b'])).toBe('Did you mean "a-b"?');
    expect(suggestionFix(['a', 'b'])).toBe('Did you mean "a" or "b"?');
    expect(suggestionFix(['a', 'b', 'c'])).toBe('Did you mean "a", "b" or "c"?');
  });
});

describe('the validator on threads', () => {
  const good = readFixture(GOOD);
  const thread = (id: string, events: string[], body = 'An introduction.'): ContentFile => ({
    path: `content/threads/${id}.md`,
    collection: 'threads',
    text: `---\ntitle: ${valid.title}\nsummary: ${valid.summary}\nevents:\n${events.map((event) => `  - ${event}`).join('\n')}\n---\n\n${body}\n`,
  });

  it('returns the valid threads', () => {
    const result = validateContent(good, { today: FIXTURE_TODAY });
    expect(result.problems).toEqual([]);
    expect([...result.threads.keys()]).toEqual(['fixture-thread']);
    expect(result.threads.get('fixture-thread')?.events).toEqual(['fixture-crash', 'fixture-apology']);
  });

  it('accepts events of the same first day in either order', () => {
    const files = good.map((file) =>
      file.path === 'content/events/fixture-apology.md'
        ? { ...file, text: file.text.replace('date: "2024-12-28"', 'date: "2024-12-25"') }
        : file,
    );
    const result = validateContent([...files, thread('same-day', ['fixture-apology', 'fixture-crash'])], {
      today: FIXTURE_TODAY,
    });
    expect(result.problems).toEqual([]);
  });

  it('reports a thread id used twice, in both files', () => {
    const result = validateContent(
      [...good, thread('fixture-thread', ['fixture-crash', 'fixture-month'])].map((file) =>
        file.path === 'content/threads/fixture-thread.md' && file.text.includes('fixture-month')
          ? { ...file, path: 'content/threads/2025/fixture-thread.md' }
          : file,
      ),
      { today: FIXTURE_TODAY },
    );
    expect(result.problems.map((problem) => `${problem.file} ${problem.message}`)).toEqual([
      'content/threads/fixture-thread.md id "fixture-thread" is also used by content/threads/2025/fixture-thread.md',
      'content/threads/2025/fixture-thread.md id "fixture-thread" is also used by content/threads/fixture-thread.md',
    ]);
  });

  it('does not count a thread as an event: an event id that is only a thread id is unknown', () => {
    const result = validateContent([...good, thread('story', ['fixture-crash', 'fixture-thread'])], {
      today: FIXTURE_TODAY,
    });
    expect(result.problems.map((problem) => problem.message)).toEqual([
      'refers to event "fixture-thread", which does not exist',
    ]);
  });

  it('leaves out of the result a thread that fails its schema', () => {
    const result = validateContent([...good, thread('story', ['fixture-crash'])], { today: FIXTURE_TODAY });
    expect(result.threads.has('story')).toBe(false);
    expect(result.ok).toBe(false);
  });
});
