import { describe, expect, it } from 'vitest';
import { axisTicks, percent, rugMarks, rugPaths, shareOf } from '../../src/lib/timeline-axis.ts';

describe('axisTicks', () => {
  it('labels the year in view at the left edge, then each new year and month where it starts', () => {
    const axis = axisTicks({ start: '2024-12-05', end: '2025-03-25' });
    // 110 days; 1 January is 27 days in.
    expect(axis.years).toEqual([
      { key: '2024', label: '2024', at: 0 },
      { key: '2025', label: '2025', at: 27 / 110 },
    ]);
    expect(axis.months.map((tick) => [tick.key, tick.label])).toEqual([
      ['2025-01', 'Jan'],
      ['2025-02', 'Feb'],
      ['2025-03', 'Mar'],
    ]);
    expect(axis.months[1]!.at).toBeCloseTo(58 / 110, 10);
  });

  it('labels a month that starts on the first day of the window', () => {
    expect(axisTicks({ start: '2025-02-01', end: '2025-03-01' }).months).toEqual([
      { key: '2025-02', label: 'Feb', at: 0 },
    ]);
  });

  it('shows years only when months would crowd, and nothing for an empty window', () => {
    const long = axisTicks({ start: '1984-01-01', end: '2026-06-01' });
    expect(long.months).toEqual([]);
    expect(long.years).toHaveLength(43);
    expect(axisTicks({ start: '2025-01-01', end: '2025-01-01' })).toEqual({ years: [], months: [] });
  });
});

describe('rugMarks', () => {
  const window = { start: '2025-01-01', end: '2025-01-11' };

  it('marks each event that starts in the window once per position and lane', () => {
    const marks = rugMarks(
      [
        { start: '2024-12-31', lane: 'russia' },
        { start: '2025-01-01', lane: 'russia' },
        { start: '2025-01-01', lane: 'russia' },
        { start: '2025-01-01', lane: 'armenia' },
        { start: '2025-01-06', lane: 'others' },
        { start: '2025-01-11', lane: 'others' },
      ],
      window,
    );
    expect(marks).toEqual([
      { at: 0, lane: 'russia' },
      { at: 0, lane: 'armenia' },
      { at: 0.5, lane: 'others' },
    ]);
  });

  it('stays within `steps` marks per lane however many events there are', () => {
    const many = Array.from({ length: 5000 }, (_, i) => ({
      start: new Date(Date.UTC(2025, 0, 1) + (i % 240) * 3_600_000).toISOString().slice(0, 10),
      lane: 'azerbaijan' as const,
    }));
    expect(rugMarks(many, window, 20).length).toBeLessThanOrEqual(21);
  });

  it('draws the marks as one path of dots per lane', () => {
    expect(
      rugPaths([
        { at: 0, lane: 'russia' },
        { at: 0.5, lane: 'others' },
        { at: 0.12345, lane: 'russia' },
      ]),
    ).toEqual([
      { lane: 'russia', d: 'M0 5h0M123.5 5h0' },
      { lane: 'others', d: 'M500 5h0' },
    ]);
    expect(rugPaths([])).toEqual([]);
  });

  it('places a day in the window, or nowhere outside it', () => {
    expect(shareOf('2025-01-06', window)).toBe(0.5);
    expect(shareOf('2025-01-11', window)).toBe(1);
    expect(shareOf('2025-01-12', window)).toBeUndefined();
    expect(shareOf('2024-12-31', window)).toBeUndefined();
  });

  it('writes shares as SVG percentages', () => {
    expect(percent(0.123456)).toBe('12.346%');
    expect(percent(0)).toBe('0.000%');
  });
});
