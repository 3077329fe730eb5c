/**
 * The cite panel's formats filled from templates (src/lib/citation-templates.ts) must be exactly what
 * citation-js writes: compared here format by format on the real content's titles, on generated titles mixing
 * small words, capitals, hyphens, dashes, colons, digits, Cyrillic and Azerbaijani letters, on addresses at the
 * root, under a sub-path and without a site, and on page dates in every month; titles that are not plain go to
 * citation-js whole.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cslDate, SITE_NAME, type CslRecord } from '../../src/lib/citation.ts';
import { CITATION_FORMATS, renderCitations, renderFormat } from '../../src/lib/citation-formats.ts';
import { renderFormatFast, templatable } from '../../src/lib/citation-templates.ts';
import { parseYaml, splitFile } from '../../src/lib/content/frontmatter.ts';
import { INERT } from '../fixtures/hostile.ts';

function record(
  id: string,
  title: string,
  issued: string,
  url = `https://chronology.example.org/events/${id}/`,
): CslRecord {
  return {
    id,
    'citation-key': id,
    type: 'webpage',
    title,
    'container-title': SITE_NAME,
    author: [{ literal: SITE_NAME }],
    URL: url,
    language: 'en',
    issued: cslDate(issued),
    accessed: cslDate('2026-11-30'),
  };
}

/** A seeded generator, so a failure names the same titles on every run. */
function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

const WORDS = [
  'the',
  'of',
  'Baku',
  'and',
  'AZAL',
  'a',
  'in',
  'from',
  'after',
  'near',
  'J2-8243',
  'Grozny',
  'Азербайджан',
  'Əliyev',
  'vs',
  'to',
  'on',
  'up',
  'is',
  'iPhone',
  'non-binding',
  'x',
  'Russia–Azerbaijan',
  '2025',
  'at',
  'for',
  'by',
  'over',
  'with',
  'as',
  'but',
  'or',
  'down',
  'via',
  'eBay',
  'de',
  'von',
  'Ölkə',
  'ŞİRKƏT',
  'i',
  'I',
  'é',
];
const JOINS = [' ', ' ', ' ', ' ', ': ', ', ', '; ', ' (', ') ', '/', '-', ' – ', '—', ' - '];

function generatedTitles(count: number): string[] {
  const next = seeded(7);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  return Array.from({ length: count }, () => {
    const words = Array.from({ length: 1 + Math.floor(next() * 9) }, () => pick(WORDS));
    const title = words.map((word, index) => (index < words.length - 1 ? word + pick(JOINS) : word)).join('');
    return next() < 0.3 ? title.toLowerCase() : title;
  });
}

const realTitles = readdirSync('content/events')
  .filter((file) => file.endsWith('.md'))
  .map((file) => {
    const parsed = parseYaml(splitFile(readFileSync(join('content/events', file), 'utf8')).raw ?? '');
    return parsed.ok ? String((parsed.data as { title?: unknown }).title) : '';
  })
  .filter((title) => title !== '');

const ADDRESSES = [
  (id: string) => `https://chronology.example.org/events/${id}/`,
  (id: string) => `https://example.org/chronology/events/${id}/`,
  (id: string) => `/events/${id}/`,
];

function compareAll(titles: readonly string[]): { filled: number; differing: string[] } {
  let filled = 0;
  const differing: string[] = [];
  titles.forEach((title, index) => {
    const day = `${2000 + (index % 27)}-${String(1 + (index % 12)).padStart(2, '0')}-${String(1 + (index % 28)).padStart(2, '0')}`;
    const id = `event-${index}`;
    const one = record(id, title, day, ADDRESSES[index % ADDRESSES.length]?.(id));
    if (templatable(one)) filled += 1;
    for (const format of CITATION_FORMATS) {
      const expected = renderFormat(one, format);
      const actual = renderFormatFast(one, format);
      if (actual !== expected) differing.push(`${format} ${JSON.stringify(title)}:\n${actual}\n${expected}`);
    }
  });
  return { filled, differing };
}

describe('citations filled from templates', () => {
  it('are what citation-js writes for every title of the real content', { timeout: 120_000 }, () => {
    expect(realTitles.length).toBeGreaterThan(10);
    const { filled, differing } = compareAll(realTitles);
    expect(differing).toEqual([]);
    // Some real titles are plain, so the comparison covers the template path, not only the fallback.
    expect(filled).toBeGreaterThan(5);
  });

  it('are what citation-js writes for generated plain titles, addresses and days', { timeout: 240_000 }, () => {
    const titles = generatedTitles(200);
    const { filled, differing } = compareAll(titles);
    expect(differing).toEqual([]);
    expect(filled).toBeGreaterThan(160);
  });

  it('give the same panel, access-date slots included', () => {
    const one = record('yekaterinburg-raids', 'Russian security forces raid homes in Yekaterinburg', '2025-06-27');
    expect(renderCitations(one, renderFormatFast)).toEqual(renderCitations(one));
  });

  it.each([
    ['an apostrophe', "Russia's ambassador is summoned"],
    ['quotation marks', 'Moscow protests "unfriendly actions"'],
    ['final punctuation', 'Who shot the plane down?'],
    ['a full stop', 'The U.S. comments'],
    ['markup', 'A <i>title</i> in italics'],
    ['a LaTeX character', 'Tariffs up 5% & more'],
    ['a double space', 'Two  spaces'],
    ['a space at the end', 'Space at the end '],
    ['a marker of the templates', 'Qqtitleqq'],
  ])('leave a title with %s to citation-js whole', (_, title) => {
    expect(templatable(record('an-event', title, '2025-01-02'))).toBe(title === 'Qqtitleqq');
    const one = record('an-event', title, '2025-01-02');
    for (const format of CITATION_FORMATS) expect(renderFormatFast(one, format)).toBe(renderFormat(one, format));
  });

  it('leave hostile titles, ids and addresses to citation-js whole, with the same texts', () => {
    const titles = INERT.filter((one) => one.field === 'title').map((one) => String(one.value));
    for (const title of titles) {
      const one = record('hostile', title, '2025-03-04');
      for (const format of CITATION_FORMATS) expect(renderFormatFast(one, format)).toBe(renderFormat(one, format));
    }
    expect(templatable(record('Not_Kebab', 'Plain title', '2025-03-04'))).toBe(false);
    expect(templatable(record('plain', 'Plain title', '2025-03-04', 'https://x.org/a?b=c'))).toBe(false);
    expect(templatable(record('plain', 'Plain title', '2025-03-04', 'javascript:alert(1)'))).toBe(false);
  });
});
