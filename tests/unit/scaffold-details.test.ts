/**
 * Details of `npm run new:event`'s checks (src/lib/content/scaffold.ts) that scaffold.test.ts does not reach:
 * the fallbacks when an answer is missing, the wording with one, several or no suggestions, and what the
 * interview says when an answer is left empty.
 */
import { describe, expect, it } from 'vitest';
import {
  actorItems,
  checkAnswer,
  checkAnswers,
  formatAnswerProblem,
  idFromTitle,
  interview,
  sourceIdFor,
  suggestIds,
  withDefaults,
  type Answers,
  type ScaffoldContext,
} from '../../src/lib/content/scaffold.ts';
import { SUMMONS_ANSWERS } from '../helpers/answers.ts';

const context: ScaffoldContext = {
  actorIds: ['ilham-aliyev', 'ilham-aliyev-office', 'vladimir-putin', 'azal'],
  eventIds: ['existing-event'],
  today: '2026-06-01',
};
const ROLES = 'initiator, target, affected, mediator, investigator, participant, commentator';
const check = (flag: Parameters<typeof checkAnswer>[0], answers: Answers, ctx: ScaffoldContext = context) =>
  checkAnswer(flag, answers, ctx).map(formatAnswerProblem);

describe('checkAnswer', () => {
  it('finds nothing in an unanswered or blank question', () => {
    expect(check('title', {})).toEqual([]);
    expect(check('body', { body: '  \n ' })).toEqual([]);
    expect(check('precision', { precision: 'day' })).toEqual([]);
  });

  it('names every close actor id, or says where actor files live when none is close', () => {
    expect(check('actor', { actor: ['ilham-aliev:initiator'] })).toEqual([
      '--actor: refers to actor "ilham-aliev", which does not exist\n    fix: Did you mean "ilham-aliyev" or "ilham-aliyev-office"? Otherwise add content/actors/ilham-aliev.md first.',
    ]);
    expect(check('actor', { actor: ['nobody-known:target'] }, { ...context, contentDir: 'data' })).toEqual([
      '--actor: refers to actor "nobody-known", which does not exist\n    fix: Add data/actors/nobody-known.md first, or use an existing actor id (the file names in data/actors/).',
    ]);
    expect(check('actor', { actor: ['azal:xyz'] })).toEqual([
      `--actor: gives "xyz" as the role of "azal", which is not a role\n    fix: Use one of: ${ROLES}.`,
    ]);
  });

  it('refuses a description in brackets, and an id with nothing kebab-case in it', () => {
    expect(check('source-description', { 'source-description': '[A report]' })).toEqual([
      '--source-description: is in square brackets; the site adds them to a supplied title\n    fix: Remove the brackets.',
    ]);
    expect(check('source-description', { 'source-description': 'A [bracketed] word' })).toEqual([]);
    expect(check('id', { id: '¿?' })).toEqual([
      '--id: "¿?" is not lowercase kebab-case; the id is the file name\n    fix: Use lowercase letters, digits and single hyphens.',
    ]);
  });

  it('holds a publisher to the list, naming the listed spelling of an alias, or how to add a new one', () => {
    const ctx = { ...context, publishers: [{ name: 'Trend', aliases: ['Trend News Agency'] }] };
    expect(check('source-original-publisher', { 'source-original-publisher': 'Trend News Agncy' }, ctx)).toEqual([
      '--source-original-publisher: "Trend News Agncy" is not on the publisher list (content/publishers.yaml)\n    fix: Did you mean "Trend"? If this is a new publisher, add it to content/publishers.yaml first.',
    ]);
    expect(check('source-publisher', { 'source-publisher': 'Wholly Other' }, ctx)).toEqual([
      '--source-publisher: "Wholly Other" is not on the publisher list (content/publishers.yaml)\n    fix: If this is a new publisher, add "- name: Wholly Other" to content/publishers.yaml first; otherwise use the spelling there.',
    ]);
    expect(check('source-publisher', { 'source-publisher': 'Wholly Other' })).toEqual([]);
  });
});

describe('checkAnswers and withDefaults', () => {
  it('derives no source id without a publisher, and no id without a title', () => {
    const filled = withDefaults({ date: '2025-07-01', 'source-published': '2025-07-01' });
    expect(filled['source-id']).toBeUndefined();
    expect(filled.id).toBeUndefined();
    expect(filled.precision).toBe('day');
    expect(withDefaults({ title: 'A title without a date' }).id).toBeUndefined();
    expect(withDefaults({})).toStrictEqual({ status: 'confirmed' }); // strict: no keys left undefined
  });

  it('asks for a missing answer by its flag, without repeating choices the help already lists', () => {
    const problems = checkAnswers({}, context).map(formatAnswerProblem);
    expect(problems).toContain(
      '--type: is missing\n    fix: Give --type (what kind of event it is: incident, security-operation, diplomatic-step, statement, investigation, legal, media, economic, cultural, institutional).',
    );
    expect(problems).toContain(
      '--source-kind: is missing\n    fix: Give --source-kind (original, copy, official-statement or analysis).',
    );
    expect(problems).toContain(
      '--date: is missing\n    fix: Give --date (when it happened, to the precision known: "2025-07-01", "2025-07" or "2025").',
    );
  });

  it('refuses an original publisher when no kind is given', () => {
    expect(checkAnswers({ 'source-original-publisher': 'Example Wire' }, context).map(formatAnswerProblem)).toContain(
      '--source-original-publisher: is given but the source kind is ""\n    fix: Give --source-kind copy if this page reproduces another publisher\'s text; otherwise leave out --source-original-publisher.',
    );
  });
});

describe('interview', () => {
  it('says an answer is required, and that an event needs context, when the reply is empty', async () => {
    const said: string[] = [];
    const replies = ['', '2025-07-01']; // the date, asked first; then the input ends
    await interview(
      {},
      context,
      async () => replies.shift(),
      (line) => said.push(line),
    );
    expect(said).toEqual(['  This answer is required.']);

    const saidForBody: string[] = [];
    const given: Answers = {
      ...SUMMONS_ANSWERS,
      actor: ['azal:affected'],
      'source-title': 'Russian ambassador summoned',
      'sourcing-note': 'Only one report was found.',
    };
    const bodyReplies = ['', '', '', ''];
    await interview(
      given,
      context,
      async () => bodyReplies.shift(),
      (line) => saidForBody.push(line),
    );
    expect(saidForBody).toEqual(['  An event needs context; write a paragraph.']);
  });
});

describe('idFromTitle', () => {
  const id = (title: string, date = '2025-07-01') => idFromTitle(date, title);
  it('takes at most eight words', () => {
    expect(id('one two three four five six seven eight nine ten')).toBe(
      '2025-07-01-one-two-three-four-five-six-seven-eight',
    );
  });
  it('takes words while they fit in 60 characters with their hyphens, the first one whatever its length', () => {
    const [a, b, c, d, e] = ['a', 'b', 'c', 'd', 'e'].map((letter) => letter.repeat(10));
    expect(id(`${a} ${b} ${c} ${d} ${e} ffffff`)).toBe(`2025-07-01-${a}-${b}-${c}-${d}-${e}`);
    expect(id(`${'a'.repeat(29)} ${'b'.repeat(30)} c`)).toBe(`2025-07-01-${'a'.repeat(29)}-${'b'.repeat(30)}`);
    expect(id(`${'a'.repeat(30)} ${'b'.repeat(29)} c`)).toBe(`2025-07-01-${'a'.repeat(30)}-${'b'.repeat(29)}`);
    expect(id(`${'a'.repeat(30)} ${'b'.repeat(30)}`)).toBe(`2025-07-01-${'a'.repeat(30)}`);
    expect(id('x'.repeat(70))).toBe(`2025-07-01-${'x'.repeat(70)}`);
  });
  it('says "event" when the title has no words but articles, and leaves out an empty date', () => {
    expect(id('The, a... an!')).toBe('2025-07-01-event');
    expect(id('Summit', '')).toBe('summit');
  });
});

describe('sourceIdFor and suggestIds', () => {
  it('adds the publication date to the publisher only when it is a date', () => {
    expect(sourceIdFor('Trend', '2025-07')).toBe('trend-2025-07');
    for (const published of ['', 'unknown', 'May 2025'])
      expect(sourceIdFor('Trend', published), published).toBe('trend');
    expect(sourceIdFor('', '2025')).toBeUndefined();
  });
  it('suggests at most the number asked for', () => {
    expect(suggestIds('abc', ['abd', 'abe', 'abf', 'abg'])).toEqual(['abd', 'abe', 'abf']);
    expect(suggestIds('abc', ['abd', 'abe', 'abf', 'abg'], 1)).toEqual(['abd']);
  });
});

describe('more of suggestIds and the answers', () => {
  it('adds ids that share a word of three letters or more, up to the number asked for', () => {
    expect(suggestIds('zz-aliyev', ['ilham-aliyev', 'zz-other'])).toEqual(['ilham-aliyev']);
    expect(suggestIds('tass-abc', ['abc-news', 'xyz-news'])).toEqual(['abc-news']);
    expect(suggestIds('zz-aliyev', ['ilham-aliyev', 'aliyev-office', 'aliyev-x-y', 'aliyev-z'], 2)).toEqual([
      'ilham-aliyev',
      'aliyev-office',
    ]);
  });
  it('splits actor answers on spaces and commas, dropping empty items', () => {
    expect(actorItems({ actor: [' azal:affected ,, ilham-aliyev:initiator ', ''] })).toEqual([
      'azal:affected',
      'ilham-aliyev:initiator',
    ]);
    expect(actorItems({})).toEqual([]);
  });
  it('accepts a date of today, and explains why disputed cannot be chosen here', () => {
    expect(check('date', { date: '2026-06-01' })).toEqual([]);
    expect(check('date', { date: '2026-06-02' })).toEqual([
      '--date: "2026-06-02" is after today (2026-06-01)\n    fix: Check the year: the chronology records only what has happened.',
    ]);
    expect(check('status', { status: 'disputed' })).toEqual([
      '--status: "disputed" needs a claim for each side, and this command writes no claims\n    fix: Create the event as "unverified" (or "confirmed"), then add each side\'s claim with its sources and set status: disputed by hand (see "Attribute what is contested" in CONTRIBUTING.md).',
    ]);
    expect(check('status', { status: 'unverified' })).toEqual([]);
  });
});

describe('brackets in a headline or a description', () => {
  it('refuses only a value wholly in square brackets', () => {
    for (const flag of ['source-title', 'source-description'] as const) {
      for (const text of ['[Part 1] of a report', 'A report [sic]', 'A [bracketed] word'])
        expect(check(flag, { [flag]: text }), text).toEqual([]);
      expect(check(flag, { [flag]: '[A report]' })).toHaveLength(1);
      expect(check(flag, { [flag]: '[A report\nover two lines]' })).toHaveLength(1);
    }
  });
});

describe('actor answers with more than one colon', () => {
  it('refuses them as not written as id:role', () => {
    expect(
      check('actor', { actor: ['azal:affected:extra', ':azal:affected'] }).map((line) => line.split('\n')[0]),
    ).toEqual([
      '--actor: "azal:affected:extra" is not written as id:role',
      '--actor: ":azal:affected" is not written as id:role',
    ]);
  });
});
