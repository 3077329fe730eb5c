/** The publisher list: one spelling per publisher, other spellings answered with the name to use. */
import { describe, expect, it } from 'vitest';
import { validateContent } from '../../src/lib/content/validate.ts';
import type { Publisher } from '../../src/schemas/publisher.ts';
import { FIXTURE_TODAY, GOOD, readFixture } from '../helpers/fixtures.ts';

const LIST: Publisher[] = [
  { name: 'Example News', aliases: [] },
  { name: 'Example Daily', aliases: ['Example Daily Online'] },
  { name: 'Example Wire', aliases: [] },
  { name: 'Example Government', aliases: [] },
];

const withPublisher = (name: string) =>
  readFixture(GOOD).map((file) =>
    file.path.endsWith('fixture-crash.md')
      ? { ...file, text: file.text.replace('publisher: Example News', `publisher: ${name}`) }
      : file,
  );

describe('the publisher list', () => {
  it('accepts the good fixture set, whose publishers are all listed', () => {
    expect(validateContent(readFixture(GOOD), { today: FIXTURE_TODAY, publishers: LIST }).problems).toEqual([]);
  });

  it('answers a known other spelling with the one to use', () => {
    const { problems } = validateContent(withPublisher('Example Daily Online'), {
      today: FIXTURE_TODAY,
      publishers: LIST,
    });
    expect(problems.map((p) => `${p.field}: ${p.message} / ${p.fix}`)).toEqual([
      'sources[0].publisher: "Example Daily Online" is another spelling of "Example Daily" / Write "Example Daily", the one spelling on the publisher list.',
    ]);
  });

  it('suggests the closest listed publisher for a misspelling, and says where to add a new one', () => {
    const [typo] = validateContent(withPublisher('Exampel News'), { today: FIXTURE_TODAY, publishers: LIST }).problems;
    expect(typo?.message).toBe('"Exampel News" is not on the publisher list (content/publishers.yaml)');
    expect(typo?.fix).toBe(
      'Did you mean "Example News"? If this is a new publisher, add it to content/publishers.yaml.',
    );
    const [unknown] = validateContent(withPublisher('Completely Different'), {
      today: FIXTURE_TODAY,
      publishers: LIST,
    }).problems;
    expect(unknown?.fix).toBe(
      'If this is a new publisher, add "- name: Completely Different" to content/publishers.yaml; otherwise use the spelling there.',
    );
  });

  it('checks originalPublisher too', () => {
    const files = readFixture(GOOD).map((file) => ({
      ...file,
      text: file.text.replace('originalPublisher: Example Wire', 'originalPublisher: Example Wires'),
    }));
    expect(validateContent(files, { today: FIXTURE_TODAY, publishers: LIST }).problems.map((p) => p.field)).toEqual([
      'sources[1].originalPublisher',
    ]);
  });
});
