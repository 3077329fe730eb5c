import { describe, expect, it } from 'vitest';
import { dateInWords, monthName, precisionLabel, spanInWords } from '../../src/lib/date-words.ts';

describe('dateInWords', () => {
  it.each([
    ['2024-12-25', 'day', '25 December 2024'],
    ['2024-12', 'month', 'December 2024'],
    ['1984', 'year', '1984'],
    ['2025-06-30', 'approximate', 'around 30 June 2025'],
    ['2025-07', 'approximate', 'around July 2025'],
  ] as const)('writes %s (%s) as "%s"', (date, precision, words) => {
    expect(dateInWords(date, precision)).toBe(words);
  });

  it('does not make a month-precision date look like a day', () => {
    expect(dateInWords('2025-02', 'month')).not.toMatch(/\d+ February/);
  });
});

describe('spanInWords', () => {
  it.each([
    [['2025-07-07', 'day', '2025-07-08', 'day'], '7–8 July 2025'],
    [['2025-06-27', 'day', '2025-07-01', 'day'], '27 June – 1 July 2025'],
    [['2025-02-03', 'day', '2025-02-11', 'day'], '3–11 February 2025'],
    [['2024-12-20', 'day', '2025-01-06', 'day'], '20 December 2024 – 6 January 2025'],
    [['2025-06', 'month', '2025-08', 'month'], 'June–August 2025'],
    [['2025-06-28', 'approximate', '2025-07', 'approximate'], 'around 28 June – around July 2025'],
    [['2025-02', 'month', '2025-03-10', 'approximate'], 'February – around 10 March 2025'],
    [['2025-10-10', 'day', undefined, 'day'], '10 October 2025'],
    // An end that is no date is left out; a start that is no date is given back as written.
    [['2025-01-01', 'day', 'soon', 'day'], '1 January 2025'],
    [['soon', 'day', '2025-01-01', 'day'], 'soon'],
    // Days or months are shortened only when both ends are exact and in one year.
    [['2025-07-07', 'day', '2025-07-08', 'approximate'], '7 July – around 8 July 2025'],
    [['2024-06-28', 'day', '2025-06-02', 'day'], '28 June 2024 – 2 June 2025'],
    [['2024-12', 'month', '2025-02', 'month'], 'December 2024 – February 2025'],
    [['2025-06', 'approximate', '2025-08', 'month'], 'around June – August 2025'],
    [['2025-02-03', 'day', '2025-03', 'month'], '3 February – March 2025'],
    [['2025-03-03', 'day', '2025-03', 'month'], '3 March – March 2025'],
    [['2025-03', 'month', '2025-03-04', 'day'], 'March – 4 March 2025'],
    // A year keeps its number even when the end is in the same year.
    [['2024', 'year', '2025-03', 'month'], '2024 – March 2025'],
    [['2024', 'year', '2024', 'year'], '2024 – 2024'],
  ] as const)('writes %j as "%s"', ([start, precision, end, endPrecision], words) => {
    expect(spanInWords(start, precision, end, endPrecision)).toBe(words);
  });

  it('gives the end the precision of the start unless told otherwise', () => {
    expect(spanInWords('2025-06-28', 'approximate', '2025-07-02')).toBe('around 28 June – around 2 July 2025');
    expect(spanInWords('2025-06-28', 'day', '2025-07-02')).toBe('28 June – 2 July 2025');
  });
});

describe('dateInWords and monthName outside the calendar', () => {
  it('gives back text that is no date, and no name for a month that does not exist', () => {
    expect(dateInWords('soon', 'day')).toBe('soon');
    expect([0, 1, 12, 13].map((month) => monthName(month))).toEqual(['', 'January', 'December', '']);
  });
});

describe('precisionLabel', () => {
  it('names each precision for readers', () => {
    expect(['day', 'month', 'year', 'approximate'].map((p) => precisionLabel(p as 'day'))).toEqual([
      'exact day',
      'month only',
      'year only',
      'approximate date',
    ]);
  });
});
