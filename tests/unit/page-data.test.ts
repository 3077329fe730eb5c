import { describe, expect, it } from 'vitest';
import { groupByMonth, type EventView } from '../../src/lib/chronology.ts';
import {
  claimRows,
  groupActors,
  listLayout,
  monthHeading,
  monthShort,
  publishedInWords,
  tally,
} from '../../src/lib/page-data.ts';
import { plural } from '../../src/lib/words.ts';
import { actorCountryWords, PAGE_LANGUAGE, placeInWords, sourceTitleLanguage } from '../../src/lib/labels.ts';
import type { Actor } from '../../src/schemas/actor.ts';
import type { Claim } from '../../src/schemas/claim.ts';
import type { ChronologyEvent } from '../../src/schemas/event.ts';
import type { Source } from '../../src/schemas/source.ts';
import { axisTicks } from '../../src/lib/timeline-axis.ts';

const actor = (name: string, side: Actor['side'], kind: Actor['kind']): Actor => ({
  name,
  side,
  kind,
  description: `About ${name}.`,
  aliases: [`${name} alias`],
});
const actors = new Map<string, Actor>([
  ['putin', actor('Vladimir Putin', 'russia', 'person')],
  ['aliyev', actor('Ilham Aliyev', 'azerbaijan', 'person')],
  ['azal', actor('AZAL', 'azerbaijan', 'company')],
  ['bayramov', actor('Jeyhun Bayramov', 'azerbaijan', 'person')],
  ['icao', actor('ICAO', 'international', 'organization')],
]);
const counts = new Map([
  ['aliyev', 3],
  ['bayramov', 5],
  ['putin', 2],
  ['azal', 1],
]);

describe('groupActors', () => {
  it('groups by side in the schema order, then by kind in the schema order, leaving out empty groups', () => {
    const groups = groupActors(actors, counts, 'name');
    expect(groups.map((group) => group.side)).toEqual(['azerbaijan', 'russia', 'international']);
    expect(groups[0]?.kinds.map((group) => group.kind)).toEqual(['person', 'company']);
    expect(groups[0]?.kinds[0]?.actors.map((a) => a.id)).toEqual(['aliyev', 'bayramov']);
  });

  it('orders the busiest first when asked, and gives counts, aliases and descriptions (0 for an actor with no event)', () => {
    const groups = groupActors(actors, counts, 'count');
    expect(groups[0]?.kinds[0]?.actors.map((a) => [a.id, a.count])).toEqual([
      ['bayramov', 5],
      ['aliyev', 3],
    ]);
    expect(groups.at(-1)?.kinds[0]?.actors[0]).toEqual({
      id: 'icao',
      name: 'ICAO',
      aliases: 'ICAO alias',
      description: 'About ICAO.',
      count: 0,
    });
  });

  it('breaks a tie in counts by name', () => {
    const tied = groupActors(
      actors,
      new Map([
        ['aliyev', 2],
        ['bayramov', 2],
      ]),
      'count',
    );
    expect(tied[0]?.kinds[0]?.actors.map((a) => a.id)).toEqual(['aliyev', 'bayramov']);
  });
});

describe('tally', () => {
  it('counts each value once per event', () => {
    const events = [{ type: 'incident' }, { type: 'statement' }, { type: 'incident' }] as ChronologyEvent[];
    expect([...tally(events, (event) => event.type)]).toEqual([
      ['incident', 2],
      ['statement', 1],
    ]);
  });
});

describe('monthHeading', () => {
  it('names the month of a "YYYY-MM" key, and keeps a year key as it is', () => {
    expect(monthHeading('2024-12')).toBe('December 2024');
    expect(monthHeading('2025-01')).toBe('January 2025');
    expect(monthHeading('2026-03')).toBe('March 2026');
    expect(monthHeading('1984')).toBe('1984');
  });

  it('heads each month of an ordered chronology once, in order, and never merges two months of one year', () => {
    const view = (id: string, group: string) => ({ id, group }) as EventView;
    const groups = groupByMonth(
      [view('a', '2025-01'), view('b', '2025-01'), view('c', '2025-02'), view('d', '2026-02')],
      monthHeading,
    );
    expect(groups.map((group) => [group.label, group.events.map((event) => event.id)])).toEqual([
      ['January 2025', ['a', 'b']],
      ['February 2025', ['c']],
      ['February 2026', ['d']],
    ]);
  });
});

describe('listLayout', () => {
  const view = (id: string, group: string, background = false, finish = `${group}-28`) =>
    ({ id, group, background, start: `${group.slice(0, 4)}-01-01`, finish }) as EventView;

  it('puts background events apart, whatever their date, and indexes the other months by year', () => {
    const layout = listLayout([
      view('founded', '1984', true, '1984-12-31'),
      view('a', '2024-12'),
      view('law', '2022-03', true),
      view('b', '2025-01'),
      view('c', '2025-01'),
      view('d', '2025'),
      view('e', '2026-02'),
    ]);
    expect(layout.background?.count).toBe(2);
    expect(layout.background?.years).toBe('1984–2022');
    expect(layout.background?.groups.map((group) => group.label)).toEqual(['1984', 'March 2022']);
    expect(layout.groups.map((group) => [group.key, group.events.map((event) => event.id)])).toEqual([
      ['2024-12', ['a']],
      ['2025-01', ['b', 'c']],
      ['2025', ['d']],
      ['2026-02', ['e']],
    ]);
    expect(layout.index).toEqual([
      { year: '2024', months: [{ key: '2024-12', label: 'Dec', name: 'December 2024' }] },
      {
        year: '2025',
        months: [
          { key: '2025-01', label: 'Jan', name: 'January 2025' },
          { key: '2025', label: 'Year only', name: '2025, year only' },
        ],
      },
      { year: '2026', months: [{ key: '2026-02', label: 'Feb', name: 'February 2026' }] },
    ]);
  });

  it('has no background part without background events, and names a single year once', () => {
    expect(listLayout([view('a', '2025-01')]).background).toBeUndefined();
    expect(listLayout([view('x', '2019-02', true), view('y', '2019-05', true)]).background?.years).toBe('2019');
    expect(monthShort('2025-09')).toBe('Sep');
  });

  it("names a month in the list's index as the timeline's axis does, three letters for each month", () => {
    const keys = Array.from({ length: 12 }, (_, index) => `2025-${String(index + 1).padStart(2, '0')}`);
    const axis = axisTicks({ start: '2025-01-01', end: '2026-01-01' }).months;
    expect(keys.map(monthShort)).toEqual(axis.map((tick) => tick.label));
    expect(keys.map(monthShort)).toEqual([
      'Jan',
      'Feb',
      'Mar',
      'Apr',
      'May',
      'Jun',
      'Jul',
      'Aug',
      'Sep',
      'Oct',
      'Nov',
      'Dec',
    ]);
  });
});

describe('claimRows', () => {
  const sources = [
    { id: 'tass', publisher: 'TASS' },
    { id: 'trend', publisher: 'Trend' },
  ] as Source[];
  const claims: Claim[] = [
    { by: 'putin', stance: 'asserts', text: 'One thing happened.', sources: ['tass'] },
    {
      by: 'aliyev',
      stance: 'denies',
      text: 'It did not.',
      attribution: 'in a TV interview',
      sources: ['trend', 'tass'],
    },
    { by: 'azal', stance: 'disputes', text: 'Another account.', sources: ['trend'] },
  ];

  it('labels each stance by its own word', () => {
    expect(claimRows(claims, sources, actors).map((row) => row.stanceLabel)).toEqual(['Asserts', 'Denies', 'Disputes']);
  });

  it('names the actor and numbers each cited source as in the source list, in that order', () => {
    const [, second] = claimRows(claims, sources, actors);
    expect(second).toMatchObject({ actorName: 'Ilham Aliyev', attribution: 'in a TV interview' });
    expect(second?.citations).toEqual([
      { id: 'tass', number: 1, publisher: 'TASS' },
      { id: 'trend', number: 2, publisher: 'Trend' },
    ]);
  });
});

describe('publishedInWords and plural', () => {
  it('writes a publication date to the precision given, or says it is not shown', () => {
    expect(publishedInWords('2025-07-01')).toBe('1 July 2025');
    expect(publishedInWords('2025-07')).toBe('July 2025');
    expect(publishedInWords('2025')).toBe('2025');
    expect(publishedInWords('unknown')).toBe('no date on the page');
  });

  it('uses the singular only for one', () => {
    expect([plural(0, 'event'), plural(1, 'event'), plural(2, 'event'), plural(2, 'entry', 'entries')]).toEqual([
      '0 events',
      '1 event',
      '2 events',
      '2 entries',
    ]);
  });
});

describe('sourceTitleLanguage', () => {
  it("marks a published headline with its own language when it is not the page's, and our descriptions never", () => {
    expect(PAGE_LANGUAGE).toBe('en');
    expect(sourceTitleLanguage({ language: 'ru' })).toBe('ru');
    expect(sourceTitleLanguage({ language: 'az', titleSupplied: false })).toBe('az');
    expect(sourceTitleLanguage({ language: 'ru', titleSupplied: true })).toBeUndefined();
    expect(sourceTitleLanguage({ language: 'en' })).toBeUndefined();
    expect(sourceTitleLanguage({ language: 'en', titleSupplied: true })).toBeUndefined();
  });
});

describe('header wording', () => {
  it('names a country once, whether it is the place or beside it', () => {
    expect(placeInWords('Baku', 'AZ')).toBe('Baku, Azerbaijan');
    expect(placeInWords('Azerbaijan', 'AZ')).toBe('Azerbaijan');
    expect(placeInWords('Aktau', 'KZ')).toBe('Aktau, Kazakhstan');
  });

  it("leaves an actor's country out when its side already names it", () => {
    expect(actorCountryWords('RU', 'Russia')).toBeUndefined();
    expect(actorCountryWords('RU', 'International bodies')).toBe('Russia');
    expect(actorCountryWords(undefined, 'Other')).toBeUndefined();
  });
});
