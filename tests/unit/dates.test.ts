import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  daysInMonth,
  earliestDay,
  exampleFor,
  granularitiesFor,
  latestDay,
  parsePartialDate,
  PRECISIONS,
} from '../../src/lib/dates.ts';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

describe('parsePartialDate', () => {
  it('reads the three granularities', () => {
    expect(parsePartialDate('1984')).toEqual({ year: 1984, granularity: 'year' });
    expect(parsePartialDate('2025-02')).toEqual({ year: 2025, month: 2, granularity: 'month' });
    expect(parsePartialDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29, granularity: 'day' });
  });

  it.each([
    '2025-02-30',
    '2023-02-29',
    '2025-13',
    '2025-00',
    '2025-03-00',
    '2025-04-31',
    '2025-1-5',
    '25-01-01',
    '2025/01/01',
    ' 2025',
    '2025-01-01T00:00',
    '',
    '0999',
  ])('refuses %j instead of rolling it over', (text) => expect(parsePartialDate(text)).toBeNull());

  it('accepts every real calendar day (property)', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1000-01-01'), max: new Date('9999-12-31'), noInvalidDate: true }),
        (date) => {
          const text = date.toISOString().slice(0, 10);
          const parsed = parsePartialDate(text);
          expect(parsed?.granularity).toBe('day');
          expect(earliestDay(parsed!)).toBe(text);
          expect(latestDay(parsed!)).toBe(text);
        },
      ),
    );
  });

  it('refuses every day past the end of its month (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1000, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 9 }),
        (year, month, extra) => {
          const day = daysInMonth(year, month) + extra;
          if (day > 99) return;
          expect(parsePartialDate(`${year}-${pad(month)}-${pad(day)}`)).toBeNull();
        },
      ),
    );
  });

  it('never throws, and whatever it accepts is written to one of the three shapes (property)', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const parsed = parsePartialDate(text);
        if (parsed) expect(text).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
      }),
    );
  });
});

describe('earliestDay and latestDay', () => {
  it('span the whole period a partial date can mean', () => {
    expect([earliestDay(parsePartialDate('2024-02')!), latestDay(parsePartialDate('2024-02')!)]).toEqual([
      '2024-02-01',
      '2024-02-29',
    ]);
    expect([earliestDay(parsePartialDate('1984')!), latestDay(parsePartialDate('1984')!)]).toEqual([
      '1984-01-01',
      '1984-12-31',
    ]);
  });

  it('keep earliest <= latest for any month (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 1, max: 12 }), (year, month) => {
        const date = parsePartialDate(`${year}-${pad(month)}`)!;
        expect(earliestDay(date) <= latestDay(date)).toBe(true);
        expect(latestDay(date).slice(8)).toBe(String(daysInMonth(year, month)));
      }),
    );
  });
});

describe('granularitiesFor', () => {
  it('ties each precision to the shapes it allows', () => {
    expect(Object.fromEntries(PRECISIONS.map((p) => [p, granularitiesFor(p)]))).toEqual({
      day: ['day'],
      month: ['month'],
      year: ['year'],
      approximate: ['day', 'month', 'year'],
    });
  });
});

describe('exampleFor', () => {
  it('shows an editor a date written to each precision, every shape for an approximate one', () => {
    expect(Object.fromEntries(PRECISIONS.map((p) => [p, exampleFor(p)]))).toEqual({
      day: '"2025-06-27"',
      month: '"2025-02"',
      year: '"1984"',
      approximate: '"2025-06-30", "2025-07" or "2025"',
    });
  });

  it("cuts the editor's own date to a coarser precision, and shows a generic date for a finer one", () => {
    const written = parsePartialDate('2025-11-03')!;
    expect(exampleFor('month', written)).toBe('"2025-11"');
    expect(exampleFor('year', written)).toBe('"2025"');
    expect(exampleFor('year', parsePartialDate('2024-12')!)).toBe('"2024"');
    // A day cannot be made up: a month-precision date asked for as a day gets the generic example.
    expect(exampleFor('day', parsePartialDate('2025-11')!)).toBe('"2025-06-27"');
    expect(exampleFor('month', parsePartialDate('2025')!)).toBe('"2025-02"');
    expect(exampleFor('year', parsePartialDate('1990')!)).toBe('"1990"');
  });
});
