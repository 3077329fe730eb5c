/**
 * The open-data files of the built site, read with real parsers (JSON with ajv against the published schema,
 * papaparse, ical.js, parse5) and checked against the content: every event, claim, source and actor is there,
 * with its ids and addresses, at the root (SITE_URL set) and under a sub-path (no SITE_URL).
 */
import ICAL from 'ical.js';
import Papa from 'papaparse';
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildChronology, type EventView } from '../../src/lib/chronology.ts';
import { checkContent } from '../../src/lib/content/check.ts';
import type { ValidationResult } from '../../src/lib/content/validate.ts';
import { CLAIM_COLUMNS, EVENT_COLUMNS, SOURCE_COLUMNS } from '../../src/lib/export/csv.ts';
import { EXPORT_FILES } from '../../src/lib/export/catalog.ts';
import { ROOT } from '../helpers/build.ts';
import { strictValidator } from '../helpers/json-schema.ts';
import { PUBLIC_URL, readPage, SITE_DIR, siteFiles, SUBPATH, SUBPATH_DIR } from '../helpers/site.ts';

let content: ValidationResult;
let ordered: EventView[];
const ids = () => ordered.map((view) => view.id);
const json = <T>(path: string, dir = SITE_DIR) => JSON.parse(readPage(path, dir)) as T;
const csv = (path: string) => {
  const parsed = Papa.parse<Record<string, string>>(readPage(path), { header: true, skipEmptyLines: true });
  expect(parsed.errors, path).toEqual([]);
  return parsed;
};
const calendarEvents = (text: string) =>
  new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
const textOf = (html: string) => {
  let text = '';
  const walk = (node: DefaultTreeAdapterMap['node']) => {
    if (node.nodeName === '#text') text += (node as DefaultTreeAdapterMap['textNode']).value;
    for (const child of 'childNodes' in node ? node.childNodes : []) walk(child);
  };
  walk(parseFragment(html));
  return text;
};

interface EventsJson {
  version: string;
  updated: string;
  eventCount: number;
  events: {
    id: string;
    url: string;
    title: string;
    shortTitle: string | null;
    date: string;
    precision: string;
    status: string;
    claims: { by: string; stance: string; sources: string[] }[];
    sources: { id: string; url: string; kind: string; publisher: string }[];
  }[];
}

beforeAll(async () => {
  content = (await checkContent(ROOT, { contentDir: 'content' })).result;
  ordered = buildChronology(content.events, content.actors);
});

describe('the open-data files', () => {
  it('are all built, at the root and under the sub-path, with one calendar file per event', () => {
    for (const dir of [SITE_DIR, SUBPATH_DIR]) {
      const files = siteFiles(dir);
      for (const file of EXPORT_FILES) expect(files, dir).toContain(file.path);
      expect(files).toContain('data/index.html');
      expect(files.filter((file) => /^data\/events\/[^/]+\.ics$/.test(file)).sort()).toEqual(
        ids()
          .map((id) => `data/events/${id}.ics`)
          .sort(),
      );
    }
  });

  it('events.json validates strictly against the published events.schema.json', () => {
    const validate = strictValidator(json<object>('data/events.schema.json'));
    for (const dir of [SITE_DIR, SUBPATH_DIR]) {
      expect(validate(json('data/events.json', dir)), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    }
    const broken = json<EventsJson>('data/events.json');
    (broken.events[0] as unknown as Record<string, unknown>)['precision'] = 'sometime';
    expect(validate(broken)).toBe(false);
  });

  it('events.json holds every event in order, as the content has it, with its permanent address', () => {
    const doc = json<EventsJson>('data/events.json');
    expect(doc.version).toBe('1.2.0');
    expect(doc.eventCount).toBe(content.events.size);
    expect(doc.events.map((event) => event.id)).toEqual(ids());
    for (const event of doc.events) {
      const source = content.events.get(event.id)!;
      expect(event.url).toBe(`${PUBLIC_URL}/events/${event.id}/`);
      expect(existsSync(join(SITE_DIR, 'events', event.id, 'index.html'))).toBe(true);
      expect([event.title, event.shortTitle, event.date, event.precision, event.status]).toEqual([
        source.title,
        source.shortTitle ?? null,
        source.date,
        source.precision,
        source.status,
      ]);
      expect(event.claims.map((c) => [c.by, c.stance, c.sources])).toEqual(
        source.claims.map((c) => [c.by, c.stance, c.sources]),
      );
      expect(event.sources.map((s) => [s.id, s.url, s.kind, s.publisher])).toEqual(
        source.sources.map((s) => [s.id, s.url, s.kind, s.publisher]),
      );
    }
    const sub = json<EventsJson>('data/events.json', SUBPATH_DIR);
    expect(sub.events[0]?.url).toBe(`${SUBPATH}events/${sub.events[0]?.id}/`);
  });

  it('dates the data by the content, not by the build', () => {
    const days = [...content.events.values()].flatMap((e) => [
      e.updated,
      e.reviewed,
      ...e.corrections.map((c) => c.date),
    ]);
    const latest = days
      .filter((day): day is string => day !== undefined)
      .sort()
      .at(-1);
    expect(json<EventsJson>('data/events.json').updated).toBe(latest);
    expect(json<{ updated: string }>('data/actors.json').updated).toBe(latest);
  });

  it('the CSV files have the documented headers and one row per event, claim and source', () => {
    const events = csv('data/events.csv');
    expect(events.meta.fields).toEqual(Object.keys(EVENT_COLUMNS));
    expect(events.data.map((row) => row['id'])).toEqual(ids());
    expect(events.data.map((row) => row['url'])).toEqual(ids().map((id) => `${PUBLIC_URL}/events/${id}/`));
    expect(events.data.map((row) => row['short_title'])).toEqual(
      ids().map((id) => content.events.get(id)!.shortTitle ?? ''),
    );
    expect(events.data.some((row) => row['short_title'])).toBe(true);

    const claims = csv('data/claims.csv');
    expect(claims.meta.fields).toEqual(Object.keys(CLAIM_COLUMNS));
    const expectedClaims = ordered.flatMap((view) =>
      content.events.get(view.id)!.claims.map((c, i) => [view.id, String(i + 1), c.by, c.stance, c.sources.join(';')]),
    );
    expect(claims.data.map((r) => [r['event_id'], r['claim_index'], r['by'], r['stance'], r['source_ids']])).toEqual(
      expectedClaims,
    );
    for (const row of claims.data) expect(row['actor_side']).toBe(content.actors.get(row['by']!)?.side);

    const sources = csv('data/sources.csv');
    expect(sources.meta.fields).toEqual(Object.keys(SOURCE_COLUMNS));
    const expectedSources = ordered.flatMap((view) =>
      content.events.get(view.id)!.sources.map((s) => [view.id, s.id, s.url, s.kind, String(s.titleSupplied)]),
    );
    expect(sources.data.map((r) => [r['event_id'], r['source_id'], r['url'], r['kind'], r['title_supplied']])).toEqual(
      expectedSources,
    );
  });

  it('no CSV cell starts a spreadsheet formula, apart from numbers', () => {
    for (const path of ['data/events.csv', 'data/claims.csv', 'data/sources.csv']) {
      for (const row of csv(path).data) {
        for (const cell of Object.values(row)) {
          if (/^[=+\-@\t\r]/.test(cell)) expect(Number.isFinite(Number(cell)), `${path}: ${cell}`).toBe(true);
        }
      }
    }
  });

  it('actors.json lists every actor with its event count', () => {
    const doc = json<{ actors: { id: string; name: string; side: string; eventCount: number }[] }>('data/actors.json');
    expect(doc.actors.map((a) => a.id)).toEqual([...content.actors.keys()].sort());
    for (const actor of doc.actors) {
      expect([actor.name, actor.side]).toEqual([
        content.actors.get(actor.id)?.name,
        content.actors.get(actor.id)?.side,
      ]);
      const count = [...content.events.values()].filter((e) => e.actors.some((a) => a.id === actor.id)).length;
      expect(actor.eventCount, actor.id).toBe(count);
    }
  });

  it('events.ics has every event as an all-day entry over the days it can mean, lines folded at 75 octets', () => {
    const text = readPage('data/events.ics');
    for (const line of text.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    const events = calendarEvents(text);
    expect(events.map((e) => e.uid)).toEqual(ids().map((id) => `${id}@chronology.example.org`));
    for (const [index, event] of events.entries()) {
      const view = ordered[index]!;
      expect(event.summary).toBe(view.title);
      expect(event.startDate.isDate).toBe(true);
      expect(event.startDate.toString()).toBe(view.start);
      const last = event.endDate.clone();
      last.adjust(-1, 0, 0, 0);
      expect(last.toString(), view.id).toBe(view.finish);
    }
    expect(calendarEvents(readPage('data/events.ics', SUBPATH_DIR))[0]?.uid).toMatch(/@chronology$/);
  });

  it('each event has its own calendar file, linked from its page under both builds', () => {
    for (const id of ids()) {
      const [event, ...rest] = calendarEvents(readPage(`data/events/${id}.ics`));
      expect(rest).toEqual([]);
      expect(event?.uid).toBe(`${id}@chronology.example.org`);
      expect(readPage(`events/${id}/index.html`)).toContain(`href="/data/events/${id}.ics"`);
      expect(readPage(`events/${id}/index.html`, SUBPATH_DIR)).toContain(`href="${SUBPATH}data/events/${id}.ics"`);
    }
  });

  it('events.geojson has a [longitude, latitude] point for every located event', () => {
    const doc = json<{
      type: string;
      features: {
        type: string;
        geometry: { type: string; coordinates: number[] };
        properties: { id: string; url: string };
      }[];
    }>('data/events.geojson');
    expect(doc.type).toBe('FeatureCollection');
    const located = ids().filter((id) => content.events.get(id)!.location?.coordinates);
    expect(located.length).toBeGreaterThan(0);
    expect(doc.features.map((f) => f.properties.id)).toEqual(located);
    for (const feature of doc.features) {
      const at = content.events.get(feature.properties.id)!.location!.coordinates!;
      expect(feature.type).toBe('Feature');
      expect(feature.geometry).toEqual({ type: 'Point', coordinates: [at.lon, at.lat] });
      expect(feature.properties.url).toBe(`${PUBLIC_URL}/events/${feature.properties.id}/`);
    }
  });

  it('timelinejs.json has one slide per event whose escaped headline reads back as the title', () => {
    const doc = json<{
      title: { text: { headline: string } };
      events: { unique_id: string; start_date: { year: number }; text: { headline: string; text: string } }[];
    }>('data/timelinejs.json');
    expect(doc.events.map((slide) => slide.unique_id)).toEqual(ids());
    for (const slide of doc.events) {
      expect(textOf(slide.text.headline)).toBe(content.events.get(slide.unique_id)!.title);
      expect(slide.start_date.year).toBe(Number(content.events.get(slide.unique_id)!.date.slice(0, 4)));
    }
  });
});

describe('the /data/ page', () => {
  it('links every file under the base, and states the licence, the citation and the formula guard', () => {
    const page = readPage('data/index.html');
    const sub = readPage('data/index.html', SUBPATH_DIR);
    for (const file of EXPORT_FILES) {
      expect(page).toContain(`href="/${file.path}"`);
      expect(sub).toContain(`href="${SUBPATH}${file.path}"`);
    }
    expect(page).toContain('href="https://creativecommons.org/licenses/by/4.0/"');
    expect(page).toContain('CC BY 4.0');
    expect(page).toContain('How to cite');
    expect(page).toContain(`${PUBLIC_URL}/data/`);
    expect(page).toMatch(/starts with an apostrophe/);
    expect(page).toMatch(/\d+(\.\d)? (kB|bytes|MB)/);
    // The counts read as words with spaces around them (Astro drops white space before a line-initial expression).
    expect(page).toContain(`${content.events.size} events and ${content.actors.size} actors,`);
  });
});
