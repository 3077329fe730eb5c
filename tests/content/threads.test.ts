/**
 * The real threads in content/threads/: the four storylines exist, every one resolves against the real
 * chronology, and their introductions keep to the rules for thread text (no quotations, no links of their own).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildChronology } from '../../src/lib/chronology.ts';
import { checkContent, type ContentCheck } from '../../src/lib/content/check.ts';
import { publishedBody } from '../../src/lib/content/frontmatter.ts';
import { buildThreads, membershipIndex } from '../../src/lib/threads.ts';
import { ROOT } from '../helpers/build.ts';

let check: ContentCheck;
beforeAll(async () => {
  check = await checkContent(ROOT, { contentDir: 'content' });
});

const THREADS = ['flight-8243', 'yekaterinburg-raids-aftermath', 'media-and-culture', 'transport-links-and-trade'];
const introduction = (id: string) =>
  publishedBody(readFileSync(join(ROOT, 'content', 'threads', `${id}.md`), 'utf8'))?.body ?? '';

describe('the threads', () => {
  it('are the four storylines, each resolved against the chronology in order', () => {
    expect([...check.result.threads.keys()].sort()).toEqual([...THREADS].sort());
    const ordered = buildChronology(check.result.events, check.result.actors);
    const views = buildThreads(check.result.threads, ordered);
    const rank = new Map(ordered.map((event, index) => [event.id, index]));
    for (const view of views) {
      expect(view.events.length, view.id).toBe(check.result.threads.get(view.id)?.events.length);
      const ranks = view.events.map((event) => rank.get(event.id) ?? -1);
      expect(ranks, view.id).toEqual([...ranks].sort((a, b) => a - b));
    }
    expect(membershipIndex(views).get('yekaterinburg-raids')?.map((m) => m.thread.id)).toEqual([
      'yekaterinburg-raids-aftermath',
    ]);
  });

  it('follow Flight 8243 from the crash to the latest step on compensation', () => {
    const events = check.result.threads.get('flight-8243')?.events ?? [];
    expect(events[0]).toBe('azal-8243-crash');
    expect(events).toContain('dushanbe-meeting-acknowledgment');
    expect(events).toContain('mustafayev-galuzin-compensation');
    expect(events.at(-1)).toBe('aliyev-receives-overchuk-azal-steps');
  });

  it.each(THREADS)('%s: an introduction in its own words, with no quotation and no link', (id) => {
    const text = introduction(id);
    expect(text.split(/\n\s*\n/).length, id).toBeGreaterThanOrEqual(2);
    expect(text, id).not.toMatch(/["“”«»]/);
    expect(text, id).not.toMatch(/https?:|www\.|\]\(/);
  });
});
