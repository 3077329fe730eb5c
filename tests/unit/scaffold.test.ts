/** The pure half of `npm run new:event`: answers → checks → frontmatter → file text (src/lib/content/scaffold.ts). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseYaml, splitFile } from '../../src/lib/content/frontmatter.ts';
import {
  checkAnswers,
  defaultPrecision,
  formatAnswerProblem,
  idFromTitle,
  interview,
  kebabCase,
  prepareEvent,
  QUESTIONS,
  scalar,
  sourceIdFor,
  suggestIds,
  usage,
  withDefaults,
  type Answers,
  type ScaffoldContext,
} from '../../src/lib/content/scaffold.ts';
import { validateContent } from '../../src/lib/content/validate.ts';
import { SUMMONS_ANSWERS } from '../helpers/answers.ts';
import { FIXTURE_TODAY, GOOD, readFixture } from '../helpers/fixtures.ts';

const good = readFixture(GOOD);
const ids = (collection: 'events' | 'actors') =>
  good.filter((file) => file.collection === collection).map((file) => file.path.replace(/^.*\/|\.md$/g, ''));

const context: ScaffoldContext = { actorIds: ids('actors'), eventIds: ids('events'), today: FIXTURE_TODAY };

/** A complete, valid set of answers, with a body. */
const answers: Answers = { ...SUMMONS_ANSWERS, body: 'The summons followed the raid of 27 June.' };

const messages = (given: Answers, ctx: ScaffoldContext = context) =>
  checkAnswers(withDefaults(given), ctx).map(formatAnswerProblem);

describe('ids', () => {
  it('writes any text in kebab-case, without accents or apostrophes', () => {
    expect(kebabCase("Chargé d’affaires: Putin's call, 2025!")).toBe('charge-daffaires-putins-call-2025');
    expect(kebabCase('Straße')).toBe('strasse');
    expect(kebabCase('—')).toBe('');
  });

  it('derives an event id from the date and the first words of the title, without articles', () => {
    expect(idFromTitle('2025-07-01', 'Azerbaijan summons the Russian ambassador')).toBe(
      '2025-07-01-azerbaijan-summons-russian-ambassador',
    );
    expect(idFromTitle('2025-02', 'A deputy is barred')).toBe('2025-02-deputy-is-barred');
    expect(idFromTitle('2025', 'Заголовок')).toBe('2025-event');
    const long = idFromTitle('2025-07-01', 'one two three four five six seven eight nine ten eleven');
    expect(long).toBe('2025-07-01-one-two-three-four-five-six-seven-eight');
  });

  it('keeps a derived id valid and short for any title', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (title) => {
        const id = idFromTitle('2025-07-01', title);
        expect(id).toMatch(/^2025-07-01(?:-[a-z0-9]+)+$/);
        expect(id.length).toBeLessThanOrEqual('2025-07-01-'.length + 60 + 1 + 200);
      }),
    );
  });

  it('derives a source id from the publisher and the publication date', () => {
    expect(sourceIdFor('Trend', '2025-07-01')).toBe('trend-2025-07-01');
    expect(sourceIdFor('1news.az', '2025-07')).toBe('1news-az-2025-07');
    expect(sourceIdFor('Example News', 'unknown')).toBe('example-news');
    expect(sourceIdFor('ТАСС', '2025')).toBeUndefined();
  });

  it('defaults the precision from the shape of the date', () => {
    expect(defaultPrecision('2025-07-01')).toBe('day');
    expect(defaultPrecision('2025-07')).toBe('month');
    expect(defaultPrecision('2025')).toBe('year');
    expect(defaultPrecision('2025-02-30')).toBeUndefined();
  });

  it('suggests the closest actor ids: near misses first, then ids sharing a word', () => {
    const actors = ['ilham-aliyev', 'vladimir-putin', 'azal', 'rosaviatsia', 'dmitry-peskov'];
    expect(suggestIds('ilham-aliev', actors)).toEqual(['ilham-aliyev']);
    expect(suggestIds('aliyev', actors)).toEqual(['ilham-aliyev']);
    expect(suggestIds('azl', actors)).toEqual(['azal']);
    expect(suggestIds('putin-vladimir', actors)).toEqual(['vladimir-putin']);
    expect(suggestIds('nobody', actors)).toEqual([]);
  });
});

describe('checking the answers', () => {
  it('accepts a complete set and fills in the defaults', () => {
    expect(messages(answers)).toEqual([]);
    expect(withDefaults(answers)).toMatchObject({
      precision: 'day',
      status: 'confirmed',
      'source-id': 'example-news-2025-07-01',
      id: '2025-07-01-azerbaijan-summons-russian-ambassador-over-raids',
    });
  });

  it('refuses an unknown actor id with the closest existing ids', () => {
    expect(messages({ ...answers, actor: ['ilham-aliev:initiator', 'putin:target'] })).toEqual([
      '--actor: refers to actor "ilham-aliev", which does not exist\n    fix: Did you mean "ilham-aliyev"? Otherwise add content/actors/ilham-aliev.md first.',
      '--actor: refers to actor "putin", which does not exist\n    fix: Did you mean "vladimir-putin"? Otherwise add content/actors/putin.md first.',
    ]);
  });

  it('refuses an actor without a role, an unknown role and the same actor twice', () => {
    expect(
      messages({ ...answers, actor: ['ilham-aliyev', 'vladimir-putin:targt', 'azal:affected,azal:target'] }),
    ).toEqual([
      '--actor: "ilham-aliyev" is not written as id:role\n    fix: Join the actor\'s id and role with a colon, e.g. --actor ilham-aliyev:initiator. Roles: initiator, target, affected, mediator, investigator, participant, commentator.',
      '--actor: gives "targt" as the role of "vladimir-putin", which is not a role\n    fix: Did you mean "target"? Use one of: initiator, target, affected, mediator, investigator, participant, commentator.',
      '--actor: lists "azal" twice\n    fix: List each actor once, with its main role.',
    ]);
  });

  it('words schema problems as the validator does, with "did you mean"', () => {
    expect(
      messages({
        ...answers,
        type: 'diplomatic-stp',
        'source-language': 'English',
        'source-url': 'http://example.org/x',
      }),
    ).toEqual([
      '--type: "diplomatic-stp" is not an allowed value\n    fix: Did you mean "diplomatic-step"? Use one of: incident, security-operation, diplomatic-step, statement, investigation, legal, media, economic, cultural, institutional.',
      '--source-url: "http://example.org/x" is not an https URL\n    fix: Paste the full https:// address of the page. http:, javascript:, data: and relative links are refused.',
      '--source-language: "English" is not a BCP 47 language tag\n    fix: Use the lowercase language code, e.g. "en", "ru", "az", "hy", "uk", "kk".',
    ]);
  });

  it('checks the precision against the shape of the date, and dates against today', () => {
    expect(messages({ ...answers, precision: 'month' })).toEqual([
      '--precision: is "month", but the date "2025-07-01" is written to the day\n    fix: Give --precision day, or write the date as "2025-07".',
    ]);
    expect(messages({ ...answers, date: '2025-07', precision: 'approximate' })).toEqual([]);
    expect(messages({ ...answers, date: '2030-01-01', 'source-published': '2030' })).toEqual([
      '--date: "2030-01-01" is after today (2026-06-01)\n    fix: Check the year: the chronology records only what has happened.',
      '--source-published: "2030" is after today (2026-06-01)\n    fix: Write the date the page shows.',
    ]);
    expect(messages({ ...answers, date: '2025-02-30' })).toEqual([
      '--date: "2025-02-30" is not a calendar date written as YYYY-MM-DD, YYYY-MM or YYYY\n    fix: Write the date in quotes, e.g. "2025-06-27", "2025-02" or "1984", and check that the day exists.',
    ]);
  });

  it('lists every missing answer, and needs a body', () => {
    const { body: _body, summary: _summary, 'source-title': _title, ...rest } = answers;
    expect(messages(rest)).toEqual([
      '--summary: is missing\n    fix: Give --summary (what happened, in one or two sentences).',
      '--source-title: is missing\n    fix: Give --source-title (the headline as published) or, when no headline could be confirmed, --source-description (a short description of the page).',
      '--body: is missing; an event needs context below its frontmatter\n    fix: Give --body with a paragraph or two of context in your own words.',
    ]);
    expect(messages({ ...answers, body: '   \n ' })).toEqual([
      '--body: is missing; an event needs context below its frontmatter\n    fix: Give --body with a paragraph or two of context in your own words.',
    ]);
    expect(messages({ ...answers, body: '<script>alert(1)</script>' })[0]).toMatch(/^--body: line 1 /);
  });

  it('refuses disputed (no claims are written), a copy without its original publisher, and a title in brackets', () => {
    expect(messages({ ...answers, status: 'disputed' })[0]).toMatch(
      /^--status: "disputed" needs a claim for each side/,
    );
    expect(messages({ ...answers, 'source-kind': 'copy' })[0]).toMatch(/^--source-original-publisher: is missing/);
    expect(messages({ ...answers, 'source-original-publisher': 'Example Wire' })).toEqual([
      '--source-original-publisher: is given but the source kind is "original"\n    fix: Give --source-kind copy if this page reproduces another publisher\'s text; otherwise leave out --source-original-publisher.',
    ]);
    expect(messages({ ...answers, 'source-title': '[Report of the summons]' })).toEqual([
      '--source-title: is a description in square brackets\n    fix: Give it without the brackets as --source-description instead; the site adds them.',
    ]);
    expect(messages({ ...answers, 'source-description': 'Report of the summons' })[0]).toMatch(
      /^--source-description: is given together with --source-title/,
    );
  });

  it('refuses an id that is not kebab-case or already used, derived or given', () => {
    expect(messages({ ...answers, id: 'Fixture Crash' })).toEqual([
      '--id: "Fixture Crash" is not lowercase kebab-case; the id is the file name\n    fix: Use lowercase letters, digits and single hyphens, e.g. "fixture-crash".',
    ]);
    expect(messages({ ...answers, id: 'fixture-crash' })).toEqual([
      '--id: "fixture-crash" is already the id of an event in content/events/\n    fix: Nothing was overwritten. Give another id with --id, or edit the existing file.',
    ]);
    const derived = withDefaults(answers).id ?? '';
    expect(messages(answers, { ...context, eventIds: [...context.eventIds, derived] })[0]).toMatch(
      /^--id: ".*" is already the id/,
    );
  });

  it('holds publishers to the publisher list, when there is one', () => {
    const publishers = [
      { name: 'Trend', aliases: ['Trend News Agency'] },
      { name: 'Example News', aliases: [] },
    ];
    const ctx = { ...context, publishers };
    expect(messages(answers, ctx)).toEqual([]);
    expect(messages({ ...answers, 'source-publisher': 'Trend News Agency' }, ctx)).toEqual([
      '--source-publisher: "Trend News Agency" is another spelling of "Trend"\n    fix: Write "Trend", the one spelling on the publisher list.',
    ]);
    expect(messages({ ...answers, 'source-publisher': 'Trnd' }, ctx)).toEqual([
      '--source-publisher: "Trnd" is not on the publisher list (content/publishers.yaml)\n    fix: Did you mean "Trend"? If this is a new publisher, add it to content/publishers.yaml first.',
    ]);
  });
});

describe('the file written', () => {
  const prepare = (given: Answers) => {
    const prepared = prepareEvent(withDefaults(given), context);
    if (!prepared.ok) throw new Error(prepared.problems.map(formatAnswerProblem).join('\n'));
    return prepared;
  };

  it('holds exactly the frontmatter, with dates in quotes, and the body', () => {
    const prepared = prepare(answers);
    expect(prepared.text).toBe(`---
title: Azerbaijan summons the Russian ambassador over the raids
summary: The foreign ministry in Baku summoned the Russian ambassador after a police raid left two men dead.
date: "2025-07-01"
precision: day
type: diplomatic-step
status: confirmed
actors:
  - { id: ilham-aliyev, role: initiator }
  - { id: vladimir-putin, role: target }
sources:
  - id: example-news-2025-07-01
    url: https://example.org/2025/07/summons
    title: Russian ambassador summoned to the foreign ministry
    publisher: Example News
    published: "2025-07-01"
    language: en
    kind: original
---

The summons followed the raid of 27 June.
`);
    const split = splitFile(prepared.text);
    expect(parseYaml(split.raw ?? '')).toEqual({ ok: true, data: prepared.frontmatter });
  });

  it('marks a description as a supplied title, names the original publisher of a copy, keeps a sourcing note', () => {
    const { 'source-title': _title, ...rest } = answers;
    const prepared = prepare({
      ...rest,
      'source-description': 'Report of the summons: "no comment" # from Moscow',
      'source-kind': 'copy',
      'source-original-publisher': 'Example Wire',
      'source-published': 'unknown',
      'sourcing-note': 'Only one report of the summons was found.',
    });
    expect(prepared.frontmatter.sources[0]).toEqual({
      id: 'example-news',
      url: 'https://example.org/2025/07/summons',
      title: 'Report of the summons: "no comment" # from Moscow',
      titleSupplied: true,
      publisher: 'Example News',
      originalPublisher: 'Example Wire',
      published: 'unknown',
      language: 'en',
      kind: 'copy',
    });
    expect(prepared.text).toContain(
      '    title: "Report of the summons: \\"no comment\\" # from Moscow"\n    titleSupplied: true\n',
    );
    expect(prepared.text).toContain('    published: "unknown"\n');
    expect(prepared.text).toContain('sourcingNote: Only one report of the summons was found.\n---\n');
    expect(parseYaml(splitFile(prepared.text).raw ?? '')).toEqual({ ok: true, data: prepared.frontmatter });
  });

  it('passes the validator next to the good fixture set, with no problem at all', () => {
    const before = { ...answers, date: '2024-11-03', 'source-published': '2024-11-03', id: 'before-the-crash' };
    for (const given of [
      answers,
      { ...answers, date: '2025', 'source-kind': 'analysis', status: 'unverified' },
      before,
    ]) {
      const prepared = prepare(given);
      const result = validateContent(
        [...good, { path: `content/events/${prepared.id}.md`, collection: 'events', text: prepared.text }],
        { today: FIXTURE_TODAY },
      );
      expect(result.problems).toEqual([]);
      expect(result.events.has(prepared.id)).toBe(true);
    }
  });

  it('marks an event before the crisis began as background, and no other', () => {
    expect(prepare({ ...answers, date: '2024-12-24', 'source-published': '2024-12-24' }).text).toContain(
      '    kind: original\nbackground: true\n---\n',
    );
    expect(prepare({ ...answers, date: '2024-12-25', 'source-published': '2024-12-25' }).text).not.toContain(
      'background',
    );
    // December 2024 as a month reaches into the crisis; 2024 as a year too.
    expect(prepare({ ...answers, date: '2024-12', 'source-published': '2024-12-25' }).text).not.toContain('background');
    expect(prepare({ ...answers, date: '2023', 'source-published': '2023-05-01' }).frontmatter.background).toBe(true);
  });

  it('writes any string so that YAML reads back the same string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (text) => {
        expect(parseYaml(`key: ${scalar(text)}\n`)).toEqual({ ok: true, data: { key: text } });
      }),
      { numRuns: 2000 },
    );
    for (const text of [
      'no',
      'Yes',
      'null',
      '~',
      'true',
      '2025-07-01',
      '1984',
      '0x1F',
      '.inf',
      'a: b',
      'a #b',
      'ends:',
      '- item',
      '[x]',
      '&anchor',
      '*alias',
      '!tag',
      '>folded',
      "'quoted'",
      ' padded ',
    ]) {
      expect(parseYaml(`key: ${scalar(text)}\n`), text).toEqual({ ok: true, data: { key: text } });
    }
  });
});

describe('asking in a terminal', () => {
  it('asks only what the flags left out, asks again after a refused answer, and takes defaults on Enter', async () => {
    const { actor: _actor, summary: _summary, ...given } = answers;
    const replies = ['', 'ilham-aliev:initiator', 'ilham-aliyev:initiator', '', answers.summary ?? '', '', '', ''];
    const prompts: string[] = [];
    const said: string[] = [];
    const result = await interview(
      given,
      context,
      async (prompt) => {
        prompts.push(prompt);
        return replies.shift();
      },
      (line) => said.push(line),
    );
    expect(prompts.map((prompt) => prompt.replace(/ [([].*$/s, '').replace(/: $/, ''))).toEqual([
      'Precision',
      'Actors, as id:role separated by spaces',
      'Actors, as id:role separated by spaces',
      'Status',
      'Summary',
      'Source id',
      'Sourcing note',
      'Id',
    ]);
    expect(said).toEqual([
      '  refers to actor "ilham-aliev", which does not exist\n    fix: Did you mean "ilham-aliyev"? Otherwise add content/actors/ilham-aliev.md first.',
    ]);
    expect(result).toBeDefined();
    expect(checkAnswers(withDefaults(result ?? {}), context)).toEqual([]);
    expect(result).toMatchObject({
      actor: ['ilham-aliyev:initiator'],
      status: 'confirmed',
      precision: 'day',
      id: '2025-07-01-azerbaijan-summons-russian-ambassador-over-raids',
    });
  });

  it('asks for a description when no headline is given, and stops when the input ends', async () => {
    const { 'source-title': _title, ...given } = answers;
    const prompts: string[] = [];
    const replies = ['', 'Report of the summons'];
    const result = await interview(
      {
        ...given,
        status: 'confirmed',
        precision: 'day',
        'source-id': 'report',
        id: 'new-event',
        'sourcing-note': 'Only one report was found.',
      },
      context,
      async (prompt) => {
        prompts.push(prompt);
        return replies.shift();
      },
      () => undefined,
    );
    expect(prompts.map((prompt) => prompt.split(' (')[0])).toEqual([
      'Source headline as published',
      'Short description of the page instead',
    ]);
    expect(result?.['source-description']).toBe('Report of the summons');
    expect(
      await interview(
        {},
        context,
        async () => undefined,
        () => undefined,
      ),
    ).toBeUndefined();
  });

  it('documents every question as a flag in --help', () => {
    const help = usage();
    for (const question of QUESTIONS) expect(help).toContain(`--${question.flag} `);
  });
});
