/**
 * Data for the export tests: the good fixtures through the real validator, plus a hostile event built directly
 * (bypassing the content check, which would refuse markup) so that the builders are proved safe on their own.
 */
import { eventSchema, type ChronologyEvent } from '../../src/schemas/event.ts';
import { actorSchema } from '../../src/schemas/actor.ts';
import { validateContent } from '../../src/lib/content/validate.ts';
import { exportData, type ExportData, type ExportOptions } from '../../src/lib/export/common.ts';
import type { EventRecord } from '../../src/lib/export/events-json.ts';
import { FIXTURE_TODAY, GOOD, readFixture } from './fixtures.ts';

export const fixtures = validateContent(readFixture(GOOD), { today: FIXTURE_TODAY });

export const AT_ROOT: ExportOptions = { site: new URL('https://chronology.example.org'), base: '/' };
export const UNDER_SUBPATH: ExportOptions = { site: undefined, base: '/chronology/' };

/** Text that breaks naive HTML, CSV and iCalendar writers. */
export const HOSTILE = {
  script: '</script><script>alert(1)</script>',
  quotes: 'He said "no", then \'yes\'',
  commas: 'Baku, Moscow; Aktau\\Grozny',
  newlines: 'first line\nsecond line\r\nthird\rfourth',
  emoji: 'Plane ✈️ down 🇦🇿🇷🇺 — 👨‍👩‍👧',
  rtl: 'بیان رسمی עברית and Latin',
  formula: '=HYPERLINK("https://evil.example","x")',
  plus: '+7 495 000',
  at: '@SUM(A1)',
  tab: '\tindented',
} as const;

const hostileText = Object.values(HOSTILE).join(' | ');

/** A valid-shaped event whose every text field holds hostile text. */
export function hostileEvent(overrides: Partial<ChronologyEvent> = {}): ChronologyEvent {
  // Parsed with the schema's defaults, then the text overwritten: the schema itself would refuse the markup.
  const base = eventSchema.parse({
    title: 'A placeholder title',
    summary: 'A placeholder summary that is long enough to pass the schema check.',
    date: '2025-06-27',
    precision: 'day',
    type: 'statement',
    actors: [{ id: 'hostile-actor', role: 'initiator' }],
    status: 'disputed',
    sources: [
      {
        id: 'src-one',
        url: 'https://example.org/a?b=1&c=2',
        title: 'Placeholder',
        publisher: 'Example',
        published: '2025-06-27',
        language: 'en',
        kind: 'original',
      },
    ],
  });
  return {
    ...base,
    title: hostileText,
    // A formula start and a quote in the timeline's label: CSV must defuse and quote it, JSON keep it.
    shortTitle: HOSTILE.formula,
    summary: hostileText,
    location: { place: HOSTILE.commas, country: 'AZ', coordinates: { lat: 40.41, lon: -49.87 } },
    claims: [
      { by: 'hostile-actor', stance: 'denies', text: hostileText, attribution: HOSTILE.formula, sources: ['src-one'] },
    ],
    sources: base.sources.map((source) => ({ ...source, title: hostileText, publisher: HOSTILE.plus })),
    corrections: [{ date: '2026-10-01', change: hostileText, reason: HOSTILE.newlines }],
    updated: '2026-10-01',
    sourcingNote: HOSTILE.at,
    ...overrides,
  };
}

export const hostileActor = actorSchema.parse({
  name: 'Hostile actor',
  kind: 'media',
  side: 'other',
  description: 'An actor for the hostile export tests.',
});

/** The good fixtures plus hostile events (ids given), as export data. */
export function dataWith(extra: Record<string, ChronologyEvent> = {}): ExportData {
  const events = new Map([...fixtures.events, ...Object.entries(extra)]);
  const actors = new Map([...fixtures.actors, ['hostile-actor', { ...hostileActor, name: hostileText }]]);
  const bodies = new Map([...events.keys()].map((id) => [id, `Context of ${id}: ${HOSTILE.script}`]));
  return exportData(events, actors, bodies);
}

/**
 * One export record written by hand (not built by eventRecords), for tests that spell out a format line by line:
 * a located, day-dated event with two actors and one source, unless `overrides` say otherwise.
 */
export function handRecord(overrides: Partial<EventRecord> = {}): EventRecord {
  return {
    id: 'talks-in-baku',
    url: 'https://chronology.example.org/events/talks-in-baku/',
    title: 'Talks in Baku',
    shortTitle: null,
    summary: 'The two ministers met.',
    date: '2025-07-01',
    precision: 'day',
    end: null,
    endPrecision: null,
    firstDay: '2025-07-01',
    lastDay: '2025-07-01',
    when: '1 July 2025',
    type: 'diplomatic-step',
    status: 'confirmed',
    background: false,
    importance: 2,
    tags: [],
    actors: [
      { id: 'az-mfa', name: 'Azerbaijani foreign ministry', side: 'azerbaijan', role: 'initiator' },
      { id: 'ru-mfa', name: 'Russian foreign ministry', side: 'russia', role: 'target' },
    ],
    location: { place: 'Baku', country: 'AZ', coordinates: { lat: 40.4, lon: 49.9 } },
    claims: [],
    sources: [
      {
        id: 'one',
        url: 'https://example.org/one',
        title: 'One',
        titleSupplied: false,
        publisher: 'Example',
        originalPublisher: null,
        published: '2025-07-01',
        language: 'en',
        kind: 'original',
        archive: null,
      },
    ],
    related: [],
    sourcingNote: null,
    balanceNote: null,
    corrections: [],
    updated: null,
    reviewed: null,
    context: null,
    ...overrides,
  };
}
