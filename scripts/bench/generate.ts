/**
 * Writes a synthetic chronology of a given size, valid against the real schemas, for the benchmark.
 * Deterministic: the same size always gives the same content.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EVENT_TYPES, ROLES, STATUSES } from '../../src/schemas/event.ts';
import { SIDES } from '../../src/schemas/actor.ts';

/** A small seeded generator (mulberry32), so runs are comparable. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Where every third generated event happened, so that the home page's map has places to list at any size. */
const PLACES = [
  { place: 'Baku', country: 'AZ', lat: 40.41, lon: 49.87 },
  { place: 'Moscow', country: 'RU', lat: 55.76, lon: 37.62 },
  { place: 'Aktau', country: 'KZ', lat: 43.65, lon: 51.16 },
  { place: 'Grozny', country: 'RU', lat: 43.32, lon: 45.69 },
  { place: 'Yekaterinburg', country: 'RU', lat: 56.84, lon: 60.61 },
  { place: 'Yerevan', country: 'AM', lat: 40.18, lon: 44.51 },
] as const;

const WORDS = ['border', 'treaty', 'airline', 'summit', 'embassy', 'court', 'pipeline', 'festival', 'minister', 'agency', 'parliament', 'corridor'];

export interface GeneratedContent {
  readonly events: number;
  readonly busiestActor: { id: string; count: number };
  /** A word that appears in some titles, for the text filter, and how many events it finds. */
  readonly word: string;
  readonly wordMatches: number;
}

export function generateContent(dir: string, count: number): GeneratedContent {
  const next = random(count);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  mkdirSync(join(dir, 'events'), { recursive: true });
  mkdirSync(join(dir, 'actors'), { recursive: true });
  const actors = Array.from({ length: 60 }, (_, i) => `actor-${String(i + 1).padStart(2, '0')}`);
  for (const [i, id] of actors.entries()) {
    writeFileSync(
      join(dir, 'actors', `${id}.md`),
      `---\nname: "Actor ${i + 1}"\nkind: ${i % 3 === 0 ? 'person' : 'government-body'}\nside: ${SIDES[i % SIDES.length]}\ndescription: "A generated actor for the benchmark."\n---\n`,
    );
  }
  const counts = new Map<string, number>();
  let wordMatches = 0;
  const start = Date.UTC(2024, 11, 25);
  const span = Date.UTC(2025, 11, 31) - start;
  const days = Array.from({ length: count }, () => new Date(start + Math.floor(next() * span)).toISOString().slice(0, 10)).sort();
  for (let i = 0; i < count; i += 1) {
    const id = `event-${String(i + 1).padStart(5, '0')}`;
    const day = days[i] ?? '2025-01-01';
    const monthOnly = next() < 0.1;
    // The first actor is in every fifth event, so the busiest actor matches about a fifth of the chronology.
    const cast = new Set([pick(actors), pick(actors), ...(i % 5 === 0 ? [actors[0] ?? 'actor-01'] : [])]);
    for (const actor of cast) counts.set(actor, (counts.get(actor) ?? 0) + 1);
    const word = pick(WORDS);
    if (word === 'treaty') wordMatches += 1;
    const at = i % 3 === 0 ? PLACES[(i / 3) % PLACES.length] : undefined;
    const location = at
      ? `location:\n  place: ${at.place}\n  country: ${at.country}\n  coordinates: { lat: ${at.lat}, lon: ${at.lon} }`
      : '';
    const related = i > 0 && next() < 0.3 ? `related:\n  - { event: event-${String(Math.floor(next() * i) + 1).padStart(5, '0')}, relation: context }\n` : '';
    writeFileSync(
      join(dir, 'events', `${id}.md`),
      [
        '---',
        `title: "Generated event ${i + 1} about the ${word}"`,
        `summary: "A generated summary for event ${i + 1}, long enough to look like a real one in the list."`,
        `date: "${monthOnly ? day.slice(0, 7) : day}"`,
        `precision: ${monthOnly ? 'month' : 'day'}`,
        `type: ${pick(EVENT_TYPES)}`,
        `status: ${pick(STATUSES.filter((status) => status !== 'disputed'))}`,
        `importance: ${1 + Math.floor(next() * 3)}`,
        location,
        'actors:',
        ...[...cast].map((actor) => `  - { id: ${actor}, role: ${pick(ROLES)} }`),
        'sources:',
        `  - { id: s1, url: "https://example.org/${id}", title: "Generated source", titleSupplied: true, publisher: Example, published: "${day}", language: en, kind: original }`,
        related.trimEnd(),
        '---',
        '',
        `Generated body of event ${i + 1}.`,
        '',
      ].filter((line) => line !== '').join('\n'),
    );
  }
  // The About page is built from the content folder's about.md.
  writeFileSync(
    join(dir, 'about.md'),
    '---\ntitle: About this generated chronology\ndescription: A chronology generated for the benchmark and the tests, valid against the real schemas.\n---\n\n## Generated\n\nEvery event here is generated.\n',
  );
  const [id, busiest] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? ['actor-01', 0];
  return { events: count, busiestActor: { id, count: busiest }, word: 'treaty', wordMatches };
}
