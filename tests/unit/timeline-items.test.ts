import { describe, expect, it } from 'vitest';
import { laneGroups, nextDay, toTimelineItem, type TimelineSource } from '../../src/lib/timeline-items.ts';

const base: TimelineSource = {
  id: 'x',
  title: 'A <b>title</b> & more',
  when: '25 December 2024',
  start: '2024-12-25',
  finish: '2024-12-25',
  precision: 'day',
  hasEnd: false,
  lane: 'azerbaijan',
  background: false,
  importance: 1,
  status: 'disputed',
};

describe('toTimelineItem', () => {
  it('draws a day as a point', () => {
    expect(toTimelineItem(base)).toEqual({
      id: 'x',
      label: 'A <b>title</b> & more',
      tooltip: '25 December 2024: A <b>title</b> & more',
      start: '2024-12-25',
      type: 'point',
      group: 'azerbaijan',
      className: 'precision-day lane-azerbaijan importance-1 status-disputed',
    });
  });

  it('draws a month as a band over the whole month, so it cannot look like a day', () => {
    const item = toTimelineItem({ ...base, precision: 'month', start: '2025-02-01', finish: '2025-02-28' });
    expect([item.type, item.start, item.end]).toEqual(['range', '2025-02-01', '2025-03-01']);
    expect(item.className).toContain('precision-month');
  });

  it('marks an approximate date in its label and class, and a background event by class', () => {
    const item = toTimelineItem({ ...base, precision: 'approximate', background: true });
    expect(item.label).toBe('c. A <b>title</b> & more');
    expect(item.className.split(' ')).toEqual(expect.arrayContaining(['precision-approximate', 'is-background']));
  });

  it('draws a span from its first to its last day', () => {
    const item = toTimelineItem({ ...base, hasEnd: true, finish: '2025-01-06' });
    expect([item.type, item.end]).toEqual(['range', '2025-01-07']);
    expect(item.className).toContain('is-span');
  });
});

describe('nextDay and laneGroups', () => {
  it('steps over month and leap-year ends', () => {
    expect([nextDay('2024-02-28'), nextDay('2024-02-29'), nextDay('2024-12-31')]).toEqual(['2024-02-29', '2024-03-01', '2025-01-01']);
  });
  it('offers the four lanes in order', () => {
    expect(laneGroups().map((group) => group.content)).toEqual(['Azerbaijan', 'Russia', 'Armenia', 'Others']);
  });
});
