import { beforeAll, describe, expect, it } from 'vitest';
import { buildChronology, type EventView } from '../../src/lib/chronology.ts';
import { checkContent } from '../../src/lib/content/check.ts';
import {
  entryAttributes,
  entryData,
  readEntryAttributes,
  timelineEntriesDocument,
  TIMELINE_ENTRIES_VERSION,
} from '../../src/lib/timeline-entries.ts';
import { ROOT } from '../helpers/build.ts';

let ordered: EventView[];
let shortTitles: Map<string, string>;
beforeAll(async () => {
  const check = await checkContent(ROOT, { contentDir: 'content' });
  ordered = buildChronology(check.result.events, check.result.actors);
  shortTitles = new Map(
    [...check.result.events].flatMap(([id, event]) => (event.shortTitle ? [[id, event.shortTitle] as const] : [])),
  );
});

describe('the compact entries on the real content', () => {
  it('say what the list entries say: every event read back from its data attributes equals its JSON entry', () => {
    const document = timelineEntriesDocument(ordered, shortTitles);
    expect(document.version).toBe(TIMELINE_ENTRIES_VERSION);
    expect(document.count).toBe(ordered.length);
    expect(document.entries.map((entry) => entry.id)).toEqual(ordered.map((view) => view.id));
    for (const [index, view] of ordered.entries()) {
      const attributes = entryAttributes(entryData(view));
      const read = readEntryAttributes((name) => attributes[name] ?? null, {
        title: view.title,
        summary: view.summary,
      });
      const { shortTitle, ...fromJson } = JSON.parse(JSON.stringify(document.entries[index])) as Record<
        string,
        unknown
      >;
      expect(read).toEqual(fromJson);
      expect(shortTitle).toBe(shortTitles.get(view.id));
    }
  });

  it('cover every field the timeline and the filters read, with claims, ends and background events among them', () => {
    const entries = timelineEntriesDocument(ordered, shortTitles).entries;
    expect(Object.keys(entries.find((entry) => entry.shortTitle)!).sort()).toEqual(
      [
        'actors',
        'background',
        'claims',
        'finish',
        'hasEnd',
        'id',
        'importance',
        'lane',
        'precision',
        'shortTitle',
        'start',
        'status',
        'summary',
        'title',
        'type',
        'when',
      ].sort(),
    );
    expect(entries.some((entry) => entry.claims.length > 0)).toBe(true);
    expect(entries.some((entry) => entry.hasEnd)).toBe(true);
    expect(entries.some((entry) => entry.background)).toBe(true);
    expect(entries.some((entry) => !entry.shortTitle && !('shortTitle' in entry))).toBe(true);
  });

  it("carries each map place's events, every id once, so the map can count what a partial list leaves out", () => {
    const places = [
      { anchor: 'place-baku', events: [ordered[0]!.id, ordered[2]!.id] },
      { anchor: 'place-moscow', events: [ordered[1]!.id] },
    ];
    const document = timelineEntriesDocument(ordered, shortTitles, places);
    expect(document.places).toEqual({
      'place-baku': [ordered[0]!.id, ordered[2]!.id],
      'place-moscow': [ordered[1]!.id],
    });
    expect(timelineEntriesDocument(ordered, shortTitles).places).toEqual({});
  });

  it('reads a missing attribute as the list did: day precision, others lane, importance 2', () => {
    const read = readEntryAttributes(() => null, { title: 't', summary: 's' });
    expect(read).toMatchObject({
      id: '',
      precision: 'day',
      lane: 'others',
      importance: 2,
      actors: [],
      claims: [],
      hasEnd: false,
    });
  });
});
