/** The validator's behaviour beyond single bad files: reporting everything, warnings, lines, the report. */
import { describe, expect, it } from 'vitest';
import { formatProblem, formatReport } from '../../src/lib/content/problem.ts';
import { validateContent, type ContentFile } from '../../src/lib/content/validate.ts';
import { FIXTURE_TODAY, GOOD, readFixture } from '../helpers/fixtures.ts';

const good = readFixture(GOOD);
const replace = (files: ContentFile[], path: string, edit: (text: string) => string) =>
  files.map((file) => (file.path === path ? { ...file, text: edit(file.text) } : file));

describe('validateContent', () => {
  it('reports every problem in every file in one run', () => {
    const files = replace(
      replace(good, 'content/events/fixture-crash.md', (text) =>
        text.replace('type: incident', 'type: crash').replace('language: en', 'language: english'),
      ),
      'content/events/fixture-apology.md',
      (text) => text.replace('id: ilham-aliyev', 'id: aliyev'),
    );
    const result = validateContent(files, { today: FIXTURE_TODAY });
    expect(result.problems.map((p) => `${p.file} ${p.field}`)).toEqual([
      'content/events/fixture-crash.md type',
      'content/events/fixture-crash.md sources[0].language',
      'content/events/fixture-apology.md actors[1].id',
    ]);
    expect(result.ok).toBe(false);
  });

  it('publishes nothing half-valid: an event that fails its schema is left out of the result', () => {
    const files = replace(good, 'content/events/fixture-crash.md', (text) =>
      text.replace('status: disputed', 'status: contested'),
    );
    const result = validateContent(files, { today: FIXTURE_TODAY });
    expect(result.events.has('fixture-crash')).toBe(false);
    expect(result.ok).toBe(false);
  });

  it('warns about an actor no event uses, without failing', () => {
    const files = [
      ...good,
      {
        path: 'content/actors/icao.md',
        collection: 'actors' as const,
        text: '---\nname: ICAO\nkind: organization\nside: international\ndescription: The UN civil aviation body.\n---\n',
      },
    ];
    const result = validateContent(files, { today: FIXTURE_TODAY });
    expect(result.problems.map(formatProblem)).toEqual([
      'content/actors/icao.md warning (file name): actor "icao" is not used by any event\n    fix: Add it to the actors of the events it took part in, or delete the file.',
    ]);
    expect(result.ok).toBe(true);
  });

  it('counts lines from the top of the file, frontmatter delimiter included', () => {
    const files = replace(good, 'content/events/fixture-apology.md', (text) =>
      text.replace('language: ru', 'language: Russian'),
    );
    const [problem] = validateContent(files, { today: FIXTURE_TODAY }).problems;
    const lines = files.find((f) => f.path === 'content/events/fixture-apology.md')!.text.split('\n');
    expect(lines[(problem?.line ?? 0) - 1]).toContain('language: Russian');
  });

  it('counts body lines from the top of the file', () => {
    const files = replace(
      good,
      'content/events/fixture-month.md',
      (text) => `${text}\nSecond paragraph.\n\n<iframe src="https://example.org"></iframe>\n`,
    );
    const [problem] = validateContent(files, { today: FIXTURE_TODAY }).problems;
    const lines = files.find((f) => f.path === 'content/events/fixture-month.md')!.text.split('\n');
    expect(problem?.field).toBe('(body)');
    expect(lines[(problem?.line ?? 0) - 1]).toContain('<iframe');
  });

  it('treats the build date as the limit for dates, inclusive', () => {
    const files = replace(good, 'content/events/fixture-apology.md', (text) =>
      text.replace('date: "2024-12-28"', 'date: "2026-06-01"'),
    );
    expect(validateContent(files, { today: '2026-06-01' }).ok).toBe(true);
    expect(validateContent(files, { today: '2026-05-31' }).ok).toBe(false);
  });

  it('accepts a same-day response and an approximate end after a month start', () => {
    const files = replace(good, 'content/events/fixture-apology.md', (text) =>
      text.replace('date: "2024-12-28"', 'date: "2024-12-25"'),
    );
    expect(validateContent(files, { today: FIXTURE_TODAY }).problems).toEqual([]);
  });

  it('reads HTML inside code spans and fenced code as text, not markup', () => {
    const files = replace(
      good,
      'content/events/fixture-month.md',
      (text) => `${text}\n\`<script>\`\n\n\`\`\`\n<b>fenced</b>\n\`\`\`\n`,
    );
    expect(validateContent(files, { today: FIXTURE_TODAY }).problems).toEqual([]);
  });

  it.each([
    ['an autolink with a javascript: scheme', '<javascript:alert(1)>'],
    ['a reference definition to a data: URL', '[x]: data:text/html,hi\n\n[see][x]'],
    ['an http link', '[page](http://example.org)'],
    ['a protocol-relative link', '[page](//evil.example/x)'],
    ['a site-relative link', '[page](/events/x/)'],
  ])('refuses %s in a body', (_, markdown) => {
    const files = replace(good, 'content/events/fixture-month.md', (text) => `${text}\n${markdown}\n`);
    const result = validateContent(files, { today: FIXTURE_TODAY });
    expect(result.problems.map((p) => p.field)).toEqual(['(body)']);
  });
});

describe('formatReport', () => {
  it('lists errors before warnings and closes with the counts', () => {
    const report = formatReport(
      [
        { severity: 'warning', file: 'content/actors/a.md', field: '(file name)', message: 'w', fix: 'f' },
        { severity: 'error', file: 'content/events/b.md', line: 3, field: 'title', message: 'e', fix: 'g' },
      ],
      { events: 1, actors: 1 },
    );
    expect(report).toBe(
      [
        'content/events/b.md:3 error title: e',
        '    fix: g',
        'content/actors/a.md warning (file name): w',
        '    fix: f',
        'Content check: 1 error, 1 warning in 1 event and 1 actor.',
      ].join('\n'),
    );
  });
});
