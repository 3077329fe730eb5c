import { describe, expect, it } from 'vitest';
import { framing } from '../../src/lib/framing.ts';
import { correctionsUrl } from '../../src/lib/site-config.ts';
import type { ChronologyEvent } from '../../src/schemas/event.ts';

const event = (fields: Partial<ChronologyEvent>): ChronologyEvent =>
  ({ date: '2025-01-01', precision: 'day', background: false, corrections: [], ...fields }) as ChronologyEvent;

describe('framing', () => {
  it('counts crisis and background events and names the latest day any crisis event reaches', () => {
    const scope = framing([
      event({ date: '1984', precision: 'year', background: true }),
      event({ date: '2024-12-25' }),
      event({ date: '2025-06', precision: 'month' }),
      event({ date: '2026-02-11', end: '2026-03-05' }),
    ]);
    expect(scope).toMatchObject({
      crisisEvents: 3,
      backgroundEvents: 1,
      latestEvent: '2026-03-05',
      since: 'since December 2024',
    });
    expect(scope.lede).toBe(
      'From the downing of Azerbaijan Airlines Flight 8243 on 25 December 2024 to 5 March 2026: 3 events, with 1 background event for context. Last brought up to date on 5 March 2026.',
    );
  });

  it('dates the last update by the latest updated or reviewed date when it is later than any event', () => {
    const scope = framing([
      event({ date: '2026-03-11', reviewed: '2026-11-30' }),
      event({ date: '2025-07-01', updated: '2026-11-29' }),
    ]);
    expect(scope.lastUpdated).toBe('2026-11-30');
    expect(scope.lede).toContain('Last brought up to date on 30 November 2026.');
  });

  it('reads a month-precision event as reaching the end of its month', () => {
    expect(framing([event({ date: '2026-03', precision: 'month' })]).latestEvent).toBe('2026-03-31');
  });
});

describe('correctionsUrl', () => {
  it('accepts an https page or a mailto address, and nothing else', () => {
    expect(correctionsUrl({ CORRECTIONS_URL: 'https://example.org/issues' })).toBe('https://example.org/issues');
    expect(correctionsUrl({ CORRECTIONS_URL: ' mailto:ed@example.org ' })).toBe('mailto:ed@example.org');
    for (const bad of [
      '',
      'javascript:alert(1)',
      'http://example.org',
      'mailto:nobody',
      'ed@example.org',
      'https://',
    ]) {
      expect(correctionsUrl({ CORRECTIONS_URL: bad }), bad).toBeUndefined();
    }
    expect(correctionsUrl({})).toBeUndefined();
  });
});
