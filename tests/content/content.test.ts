/**
 * The real content in content/: it validates with no error and no warning (the validator holds each event to
 * the editorial rules: background before the crisis, two accounts in a dispute and both sides' between Baku and
 * Moscow, an updated date for a correction), and, checked here again from the parsed data rather than through
 * the validator, its cross-references hold (and an event whose text says "see that entry" has a related link),
 * every single-source event says so in a sourcingNote (a rule for the
 * whole chronology, not for a new file: `npm run new:event` writes a valid event with one source), and the
 * events the two seed articles rely on are all present.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkContent, type ContentCheck } from '../../src/lib/content/check.ts';
import { earliestDay, latestDay, parsePartialDate } from '../../src/lib/dates.ts';
import { ROOT } from '../helpers/build.ts';

let check: ContentCheck;
beforeAll(async () => {
  check = await checkContent(ROOT, { contentDir: 'content' });
});

const events = () => [...check.result.events.entries()];

describe('the content', () => {
  it('validates with no errors and no warnings', () => {
    expect(check.result.problems, check.report).toEqual([]);
  });

  it('has every event and actor file parsed (nothing skipped)', () => {
    expect(check.report).toMatch(new RegExp(`in ${check.result.events.size} events and ${check.result.actors.size} actors\\.$`));
    expect(check.result.events.size).toBeGreaterThanOrEqual(48);
  });

  it('uses every actor', () => {
    const used = new Set(events().flatMap(([, event]) => [...event.actors.map((a) => a.id), ...event.claims.map((c) => c.by)]));
    expect([...check.result.actors.keys()].filter((id) => !used.has(id))).toEqual([]);
  });

  it('cites in every claim only sources of its own event', () => {
    for (const [id, event] of events()) {
      const sourceIds = new Set(event.sources.map((source) => source.id));
      for (const claim of event.claims) for (const source of claim.sources) expect(sourceIds, `${id}: ${source}`).toContain(source);
    }
  });

  it('links related events that exist, and never responds to or follows from a later one', () => {
    for (const [id, event] of events()) {
      for (const link of event.related) {
        const other = check.result.events.get(link.event);
        expect(other, `${id} → ${link.event}`).toBeDefined();
        if (link.relation !== 'context' && other) {
          expect(earliestDay(parsePartialDate(other.date)!) <= latestDay(parsePartialDate(event.date)!), `${id} ${link.relation} ${link.event}`).toBe(true);
        }
      }
    }
  });

  it('gives a related link to every event whose text sends the reader to another entry ("see that entry")', () => {
    const pointing = events().filter(([id]) => {
      const text = readFileSync(join(ROOT, 'content', 'events', `${id}.md`), 'utf8');
      const body = text.slice(text.indexOf('\n---', 4) + 4);
      return /\bsee (?:also )?(?:that|the|those|this) [^)]*entr(?:y|ies)\b/i.test(body);
    });
    expect(pointing.length).toBeGreaterThan(10);
    expect(pointing.filter(([, event]) => event.related.length === 0).map(([id]) => id)).toEqual([]);
  });
});

describe('sources a reader can trust', () => {
  it('has a publisher list, so that every publisher is spelt one way (the check enforces it)', () => {
    expect(check.report).toMatch(/, \d+ publishers\./);
  });

  it('gives every event a second source, or says plainly that only one report was found', () => {
    const thin = events().filter(([, event]) => event.sources.length === 1 && !event.sourcingNote).map(([id]) => id);
    expect(thin).toEqual([]);
  });


  it('keeps supplied titles (descriptions instead of headlines) from growing past the share of November 2026', () => {
    const sources = events().flatMap(([, event]) => event.sources);
    const supplied = sources.filter((source) => source.titleSupplied).length;
    // A ratchet, not the goal (15%): the stored copies of many pages do not show their headline. Lower it as
    // headlines are confirmed; never raise it.
    expect(supplied / sources.length).toBeLessThanOrEqual(0.48);
  });
});

/** The events the two seed articles rely on; the chronology must not lose any of them. */
const SEED_EVENTS = {
  'the Flight 8243 crash': 'azal-8243-crash',
  "Aliyev's demands": 'aliyev-aztv-demands',
  'the Yekaterinburg raid': 'yekaterinburg-raids',
  'the summons over Yekaterinburg': 'azerbaijan-summons-russian-charge',
  'the criminal case over the Safarov deaths': 'safarov-autopsy-criminal-case',
  'the Sputnik Azerbaijan office closure': 'sputnik-office-liquidated',
  'the Sputnik Azerbaijan raid and arrests': 'sputnik-baku-raid',
  'the cancelled visits': 'visits-and-parliamentary-session-cancelled',
  'the cancelled cultural events': 'russian-cultural-events-cancelled',
  "Aliyev's absence from the Victory Day parade": 'aliyev-skips-victory-day',
  'the Russian House closure': 'russian-house-closed',
  'the ENA dispute in Armenia': 'armenia-ena-nationalisation-law',
  'the Jamestown article': 'huseynov-jamestown-article',
  'the Oriental Review response': 'oriental-review-critique',
  'the state media campaign': 'azerbaijani-state-media-campaign',
  "Mironov's appeal": 'mironov-appeal',
  "Kiriyenko's Armenia portfolio": 'kiriyenko-takes-armenia-portfolio',
  'the Armenian arrests': 'armenia-coup-plot-arrests',
  'the Washington summit (Zangezur/TRIPP)': 'washington-summit-tripp',
} as const;

describe('the events the seed articles rely on', () => {
  it.each(Object.entries(SEED_EVENTS))('include %s', (_, id) => {
    expect(check.result.events.has(id), `content/events/${id}.md is missing`).toBe(true);
  });
});
