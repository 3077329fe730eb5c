import { describe, expect, it } from 'vitest';
import { nameSearchText, searchSpellings } from '../../src/lib/search.ts';
import {
  excerptParts,
  filterOptionText,
  hasSearch,
  pagefindFilters,
  parseSearchState,
  resultsSummary,
  serializeSearchState,
} from '../../src/lib/search-query.ts';

describe('the spellings a page gives the search index', () => {
  it('writes the Azerbaijani letters the ways English-language reports do', () => {
    const spellings = searchSpellings(['İlham Əliyev']);
    expect(spellings).toEqual(expect.arrayContaining(['aliyev', 'eliyev', 'aliev']));
    expect(searchSpellings(['Ayxan Hacızadə'])).toEqual(
      expect.arrayContaining(['aykhan', 'hajizada', 'hajizade', 'hacizada']),
    );
    expect(searchSpellings(['Şahin'])).toEqual(expect.arrayContaining(['shahin', 'sahin']));
    expect(searchSpellings(['Ağayev'])).toEqual(expect.arrayContaining(['aghayev', 'agayev', 'agaev']));
  });

  it('gives -yev surnames their -ev spelling, and leaves English names alone', () => {
    expect(searchSpellings(['Aliyev'])).toEqual(['aliev']);
    expect(searchSpellings(['Mustafayev'])).toEqual(['mustafaev']);
    expect(searchSpellings(['Zakharova'])).toEqual([]);
    // c, x and q are rewritten only in names spelled the Azerbaijani way.
    expect(searchSpellings(['Center for Analysis'])).toEqual([]);
  });

  it('writes the other form of -yeva and -iev endings, and reads names split by any white space', () => {
    expect(searchSpellings(['Mustafayeva'])).toEqual(['mustafaeva']);
    expect(searchSpellings(['Aliev'])).toEqual(['aliyev']);
    // Only -iev gains a y: "Lebedev" has no other spelling.
    expect(searchSpellings(['Lebedev'])).toEqual([]);
    // Only the ending changes, not the same letters earlier in the word.
    expect(searchSpellings(['Yevseyev'])).toEqual(['yevseev']);
    expect(searchSpellings(['Kiev', 'Kievsky'])).toEqual(['kiyev']);
    expect(searchSpellings(['Ilham  Aliyev'])).toEqual(['aliev']);
    expect(searchSpellings(['Ilham\tAliyev'])).toEqual(['aliev']);
  });

  it('repeats no spelling the names already have', () => {
    expect(searchSpellings(['Ilham Aliyev', 'Ilham Aliev'])).toEqual([]);
    const spellings = searchSpellings(['Hikmət Hacıyev', 'Hikmet Hajiyev']);
    expect(new Set(spellings).size).toBe(spellings.length);
    expect(spellings).not.toContain('hajiyev');
    expect(spellings).toContain('hajiev');
  });

  it('writes every spelling of a word, in a fixed order, and the sounds of x, q and c only in Azerbaijani names', () => {
    expect(searchSpellings(['Xəqani'])).toEqual([
      'khagani',
      'khaqani',
      'khegani',
      'kheqani',
      'xagani',
      'xaqani',
      'xegani',
      'xeqani',
    ]);
    expect(searchSpellings(['Cəfər'])).toEqual([
      'jafar',
      'jafer',
      'jefar',
      'jefer',
      'cafar',
      'cafer',
      'cefar',
      'cefer',
    ]);
    expect(searchSpellings(['Əliyeva'])).toEqual(['aliyeva', 'eliyeva', 'alieva', 'elieva']);
    // Capitals are Azerbaijani letters too, and a dotted capital İ is a plain i.
    expect(searchSpellings(['İsmayıl'])).toEqual(['ismayil']);
    expect(searchSpellings(['Xan Qala', 'Ceyhun Bayramov'])).toEqual([]);
  });

  it('keeps at most 16 spellings of a long word', () => {
    const spellings = searchSpellings(['Şəkərçiçəyi']);
    expect(spellings).toHaveLength(16);
    expect(spellings[0]).toBe('shakarchichayi');
    expect(spellings[15]).toBe('shakerciceyi');
  });

  it('puts every alias and spelling of every actor of a page into its search text', () => {
    const text = nameSearchText([
      { name: 'Ilham Aliyev', aliases: ['İlham Əliyev', 'Алиев'] },
      { name: 'Vladimir Putin', aliases: ['Путин'] },
    ]);
    for (const word of ['Алиев', 'Путин', 'İlham Əliyev', 'aliev', 'eliyev']) expect(text).toContain(word);
    // Words are separated by spaces, so that the index reads each one.
    expect(text.split(' ')).toEqual(expect.arrayContaining(['Алиев', 'Путин', 'aliev', 'eliyev']));
  });

  it('gives each alias and spelling once, aliases first', () => {
    expect(
      nameSearchText([
        { name: 'Aliyev', aliases: ['Aliyev', 'Алиев'] },
        { name: 'Ilham Aliyev', aliases: ['Алиев'] },
      ]),
    ).toBe('Aliyev Алиев aliev');
  });
});

describe('the search page state in the URL', () => {
  it('reads words and filters, ignoring unknown and empty parameters', () => {
    expect(parseSearchState('?q=+compensation+&type=Statement&actor=&colour=red')).toEqual({
      query: 'compensation',
      filters: { type: 'Statement' },
    });
    expect(parseSearchState('')).toEqual({ query: '', filters: {} });
  });

  it('cuts over-long values', () => {
    expect(parseSearchState(`?q=${'a'.repeat(500)}`).query).toHaveLength(200);
    expect(parseSearchState(`?actor=${'b'.repeat(500)}`).filters.actor).toHaveLength(120);
  });

  it('writes what it reads, in a fixed order, and nothing for an empty state', () => {
    const state = { query: 'Путин визит', filters: { year: '2025', type: 'Statement' } };
    const text = serializeSearchState(state);
    expect(text).toBe('?q=%D0%9F%D1%83%D1%82%D0%B8%D0%BD+%D0%B2%D0%B8%D0%B7%D0%B8%D1%82&type=Statement&year=2025');
    expect(parseSearchState(text)).toEqual(state);
    expect(serializeSearchState({ query: '', filters: {} })).toBe('');
  });

  it('searches when there are words or a filter, and passes only the filters that are set', () => {
    expect(hasSearch({ query: '', filters: {} })).toBe(false);
    expect(hasSearch({ query: 'x', filters: {} })).toBe(true);
    expect(hasSearch({ query: '', filters: { status: 'disputed' } })).toBe(true);
    expect(pagefindFilters({ query: '', filters: { status: 'disputed', year: '' } })).toEqual({ status: 'disputed' });
  });

  it('says how many results, for which words and filters', () => {
    expect(resultsSummary(0, { query: 'x', filters: {} })).toBe('No results for “x”.');
    expect(resultsSummary(1, { query: '', filters: { type: 'Actor' } })).toBe('1 result (type: Actor).');
    expect(resultsSummary(12, { query: 'visit', filters: { year: '2025', status: 'disputed' } })).toBe(
      '12 results for “visit” (status: disputed, year: 2025).',
    );
  });
});

describe('the choices of the filter lists', () => {
  it('write a status by its label, as the rest of the site does, every other value as indexed, each with its count', () => {
    expect(filterOptionText('status', 'confirmed', 37)).toBe('Confirmed (37)');
    expect(filterOptionText('status', 'disputed', 0)).toBe('Disputed (0)');
    expect(filterOptionText('status', 'unknown', 1)).toBe('unknown (1)');
    expect(filterOptionText('type', 'confirmed', 1)).toBe('confirmed (1)');
    expect(filterOptionText('type', 'Actor', 69)).toBe('Actor (69)');
    expect(filterOptionText('actor', 'ilham Aliyev', 2)).toBe('ilham Aliyev (2)');
    expect(filterOptionText('year', '2025', 40)).toBe('2025 (40)');
  });
});

describe('the excerpt of a result', () => {
  it('keeps the marks and the text, as parts', () => {
    expect(excerptParts('The <mark>compensation</mark> talks and <mark>more</mark>')).toEqual([
      { text: 'The ', marked: false },
      { text: 'compensation', marked: true },
      { text: ' talks and ', marked: false },
      { text: 'more', marked: true },
    ]);
  });

  it('turns escaped markup back into plain text and drops any other tag', () => {
    expect(excerptParts('&lt;script&gt;alert(1)&lt;/script&gt; <b>bold</b> &amp; &#x41;&#66;&quot;')).toEqual([
      { text: '<script>alert(1)</script> bold & AB"', marked: false },
    ]);
    expect(excerptParts('<img src=x onerror=alert(1)><mark>hit</mark>')).toEqual([{ text: 'hit', marked: true }]);
  });

  it('replaces impossible character references instead of failing', () => {
    expect(excerptParts('&#x110000;&#0;')).toEqual([{ text: '\ufffd\ufffd', marked: false }]);
  });
});
