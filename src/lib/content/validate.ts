/**
 * The content validator: every problem in every file in one run, each with file, line, field, what is wrong
 * and how to fix it. The build (src/integrations/content-validation.ts) and `npm run check:content` both
 * call it, so the site is never built from content this function rejects.
 */
import type { z } from 'zod';
import { actorSchema, type Actor } from '../../schemas/actor.ts';
import { eventSchema, RELATIONS, type ChronologyEvent } from '../../schemas/event.ts';
import { pageSchema } from '../../schemas/page.ts';
import { threadSchema, type Thread } from '../../schemas/thread.ts';
import type { Publisher } from '../../schemas/publisher.ts';
import { dateInWords } from '../date-words.ts';
import { earliestDay, exampleFor, granularitiesFor, latestDay, parsePartialDate, PRECISIONS, type Precision } from '../dates.ts';
import { CRISIS_START, isBeforeCrisis } from '../framing.ts';
import { checkBody, hasText } from './body.ts';
import { closest, closestIds, explainIssue, preview, publisherProblem, suggestionFix } from './explain.ts';
import { parseYaml, publishedBody, splitFile, yamlLocator } from './frontmatter.ts';
import { idFromPath, isValidId } from './ids.ts';
import { keysAt, toJsonSchema } from './json-schema.ts';
import type { Problem, Severity } from './problem.ts';
import { fieldPath } from './problem.ts';

/**
 * events/, actors/ and threads/ hold entries; pages (such as about.md) are plain Markdown at the top of the folder.
 */
export type Collection = 'events' | 'actors' | 'threads' | 'pages';

export interface ContentFile {
  /** Path from the project root, with forward slashes. */
  readonly path: string;
  readonly collection: Collection;
  readonly text: string;
  /** Set when the file is not valid UTF-8: the line of the first bad byte sequence. */
  readonly badUtf8Line?: number;
}

export interface ValidationResult {
  readonly problems: Problem[];
  readonly events: ReadonlyMap<string, ChronologyEvent>;
  readonly actors: ReadonlyMap<string, Actor>;
  /** The threads whose frontmatter passed the schema (their event references are checked separately). */
  readonly threads: ReadonlyMap<string, Thread>;
  /** True when there are no errors (warnings allowed). */
  readonly ok: boolean;
}

export interface ValidateOptions {
  /** The build date as "YYYY-MM-DD"; nothing may be dated after it. */
  readonly today: string;
  /** The content folder as editors see it, for fixes that name a file to create. Default "content". */
  readonly contentDir?: string;
  /** The publisher list (content/publishers.yaml): when given, every publisher a source names must be on it. */
  readonly publishers?: readonly Publisher[];
}

const SCHEMAS = { events: eventSchema, actors: actorSchema, threads: threadSchema, pages: pageSchema } as const satisfies Record<Collection, z.ZodType>;
const JSON_SCHEMAS = {
  events: toJsonSchema(eventSchema),
  actors: toJsonSchema(actorSchema),
  threads: toJsonSchema(threadSchema),
  pages: toJsonSchema(pageSchema),
};

/** One file after parsing: its raw data (possibly invalid) and where to place problems. */
interface Entry {
  readonly file: ContentFile;
  readonly id: string;
  readonly raw: Record<string, unknown>;
  readonly locate: (path: readonly PropertyKey[]) => number;
}

type Report = (severity: Severity, path: readonly PropertyKey[] | string, message: string, fix: string) => void;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const isPrecision = (value: unknown): value is Precision => PRECISIONS.some((p) => p === value);

export function validateContent(files: readonly ContentFile[], options: ValidateOptions): ValidationResult {
  const problems: Problem[] = [];
  const entries: Entry[] = [];
  const events = new Map<string, ChronologyEvent>();
  const actors = new Map<string, Actor>();
  const threads = new Map<string, Thread>();

  const reporterFor =
    (file: ContentFile, locate?: (path: readonly PropertyKey[]) => number): Report =>
    (severity, path, message, fix) => {
      const field = typeof path === 'string' ? path : fieldPath(path);
      const line = typeof path === 'string' || !locate ? undefined : locate(path);
      problems.push({ severity, file: file.path, line, field, message, fix });
    };

  // 1. Each file on its own: name, frontmatter, schema, body.
  for (const file of files) {
    const fileReport = reporterFor(file);
    const id = idFromPath(file.path);
    if (file.badUtf8Line !== undefined) {
      problems.push({ severity: 'error', file: file.path, line: file.badUtf8Line, field: '(file)', message: 'is not valid UTF-8 text', fix: 'Save the file with UTF-8 encoding (in VS Code: "Save with Encoding", UTF-8) and check the letters on this line.' });
    }

    if (!file.path.endsWith('.md')) {
      fileReport('error', '(file)', 'is not a .md file, so the site would silently skip it', `Rename it to "${id}.md".`);
      continue;
    }
    if (!isValidId(id)) {
      const suggestion = id.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
      fileReport('error', '(file name)', `"${id}" is not lowercase kebab-case; the file name is the entry's id`, `Rename the file to "${suggestion || 'some-id'}.md".`);
    }
    const split = splitFile(file.text);
    if (split.raw === undefined) {
      const opened = /^\uFEFF?\s*---[ \t]*\r?\n/.test(file.text);
      problems.push({
        severity: 'error',
        file: file.path,
        line: 1,
        field: '(frontmatter)',
        message: opened ? 'opens with "---" but has no closing "---" line' : 'has no frontmatter',
        fix: opened ? 'Add a line "---" after the last field, before the body text.' : 'Start the file with a line "---", the fields, then another "---". Copy an existing entry as a template.',
      });
      continue;
    }
    const parsed = parseYaml(split.raw);
    if (!parsed.ok) {
      problems.push({
        severity: 'error',
        file: file.path,
        line: split.rawLineOffset + parsed.line,
        field: '(frontmatter)',
        message: `is not valid YAML: ${parsed.reason}`,
        fix: 'Check the indentation and quoting on this line; put text containing ": " or "#" in quotes.',
      });
      continue;
    }
    if (!isRecord(parsed.data)) {
      fileReport('error', '(frontmatter)', 'is not a set of "field: value" lines', 'Write one "field: value" per line between the "---" lines.');
      continue;
    }
    const yaml = yamlLocator(split.raw);
    const locate = (path: readonly PropertyKey[]) => split.rawLineOffset + yaml.line(path);
    const report = reporterFor(file, locate);
    const entry: Entry = { file, id, raw: parsed.data, locate };
    entries.push(entry);

    const result = SCHEMAS[file.collection].safeParse(parsed.data, { reportInput: true });
    if (result.success) {
      if (file.collection === 'events') events.set(id, result.data as ChronologyEvent);
      else if (file.collection === 'actors') actors.set(id, result.data as Actor);
      else if (file.collection === 'threads') threads.set(id, result.data as Thread);
    } else {
      const context = {
        siblings: (path: readonly PropertyKey[]) => keysAt(JSON_SCHEMAS[file.collection], path),
        source: yaml.source,
      };
      for (const issue of result.error.issues) {
        // A claim citing a source by number is explained below, with the event's source ids.
        if (file.collection === 'events' && isClaimSourceByPosition(issue.path, issue.input)) continue;
        for (const explained of explainIssue(issue, context)) report('error', explained.path, explained.message, explained.fix);
      }
    }

    // The body as Astro publishes it (trimmed), so that the check reads what the page will show.
    const published = publishedBody(file.text) ?? { body: split.body, lineOffset: split.bodyLineOffset };
    for (const finding of checkBody(published.body)) {
      problems.push({ severity: 'error', file: file.path, line: published.lineOffset + finding.line, field: '(body)', message: finding.message, fix: finding.fix });
    }
    // An empty body is reported on the first line after the closing "---", where the text belongs.
    const emptyBody = (fix: string) =>
      problems.push({ severity: 'error', file: file.path, line: split.bodyLineOffset + 2, field: '(body)', message: 'is empty', fix });
    if (file.collection === 'events' && !hasText(published.body)) {
      emptyBody('Below the closing "---", write a paragraph or two of context in your own words.');
    }
    if (file.collection === 'threads' && !hasText(published.body)) {
      emptyBody('Below the closing "---", write the thread\'s introduction: a paragraph or two, in your own words, on what its events show.');
    }
    if (file.collection === 'events') checkEventOnItsOwn(entry, report, options);
  }

  // 2. Across files: ids, references, order of related events, unused actors.
  const byCollection = (collection: Exclude<Collection, 'pages'>) => entries.filter((entry) => entry.file.collection === collection);
  for (const collection of ['events', 'actors', 'threads'] as const) {
    const seen = new Map<string, Entry>();
    for (const entry of byCollection(collection)) {
      const first = seen.get(entry.id);
      if (first) {
        for (const [one, other] of [[first, entry], [entry, first]] as const) {
          reporterFor(one.file)('error', '(file name)', `id "${one.id}" is also used by ${other.file.path}`, 'Give one of the two files another name; ids must be unique.');
        }
      } else {
        seen.set(entry.id, entry);
      }
    }
  }

  const actorIds = byCollection('actors').map((entry) => entry.id);
  const actorsFolder = `${options.contentDir ?? 'content'}/actors`;
  // With duplicate ids, references resolve to the first file (in path order); the duplicate is reported above.
  const eventEntries = new Map<string, Entry>();
  for (const entry of byCollection('events')) if (!eventEntries.has(entry.id)) eventEntries.set(entry.id, entry);
  const used = new Set<string>();
  for (const entry of byCollection('events')) {
    checkEventReferences(entry, reporterFor(entry.file, entry.locate), new Set(actorIds), eventEntries, used);
  }
  for (const entry of byCollection('threads')) checkThreadEvents(entry, reporterFor(entry.file, entry.locate), eventEntries);
  for (const entry of byCollection('events')) checkBalance(entry, reporterFor(entry.file, entry.locate), actors);
  for (const entry of byCollection('actors')) {
    if (!used.has(entry.id)) {
      reporterFor(entry.file)('warning', '(file name)', `actor "${entry.id}" is not used by any event`, 'Add it to the actors of the events it took part in, or delete the file.');
    }
  }

  return { problems, events, actors, threads, ok: !problems.some((problem) => problem.severity === 'error') };

  /** A thread's events: each must exist, appear once, and come no earlier than the one listed before it. */
  function checkThreadEvents(entry: Entry, report: Report, knownEvents: ReadonlyMap<string, Entry>) {
    const seen = new Map<string, number>();
    let previous: { id: string; date: string; first: string } | undefined;
    list(entry.raw['events']).forEach((item, i) => {
      const id = text(item);
      if (id === undefined) return;
      const earlier = seen.get(id);
      if (earlier !== undefined) {
        report('error', ['events', i], `lists event "${id}" a second time (it is also events[${earlier}])`, 'List each event once; remove this line.');
        return;
      }
      seen.set(id, i);
      const event = knownEvents.get(id);
      if (!event) {
        const fix = suggestionFix(closestIds(id, [...knownEvents.keys()]));
        report('error', ['events', i], `refers to event "${id}", which does not exist`, fix ?? `Use the file name (without .md) of an event in ${options.contentDir ?? 'content'}/events/.`);
        return;
      }
      const date = text(event.raw['date']) ?? '';
      const parsed = parsePartialDate(date);
      if (!parsed) return;
      const first = earliestDay(parsed);
      if (previous && first < previous.first) {
        report('error', ['events', i], `"${id}" (${date}) is listed after "${previous.id}" (${previous.date}), which happened later`, `List the events earliest first: move "${id}" above "${previous.id}".`);
        return;
      }
      previous = { id, date, first };
    });
  }

  function checkEventReferences(
    entry: Entry,
    report: Report,
    knownActors: ReadonlySet<string>,
    knownEvents: ReadonlyMap<string, Entry>,
    usedActors: Set<string>,
  ) {
    const unknownActor = (path: readonly PropertyKey[], id: string) => {
      const suggestion = closest(id, actorIds);
      report('error', path, `refers to actor "${id}", which does not exist`, suggestion ? `Did you mean "${suggestion}"? Otherwise add ${actorsFolder}/${id}.md.` : `Add ${actorsFolder}/${id}.md, or use an existing actor id.`);
    };
    list(entry.raw['actors']).forEach((actor, i) => {
      const id = isRecord(actor) ? text(actor['id']) : undefined;
      if (id === undefined) return;
      usedActors.add(id);
      if (!knownActors.has(id)) unknownActor(['actors', i, 'id'], id);
    });
    list(entry.raw['claims']).forEach((claim, i) => {
      const by = isRecord(claim) ? text(claim['by']) : undefined;
      if (by === undefined) return;
      usedActors.add(by);
      if (!knownActors.has(by)) unknownActor(['claims', i, 'by'], by);
    });
    const start = parsePartialDate(text(entry.raw['date']) ?? '');
    list(entry.raw['related']).forEach((link, i) => {
      if (!isRecord(link)) return;
      const target = text(link['event']);
      if (target === undefined) return;
      if (target === entry.id) {
        report('error', ['related', i, 'event'], 'refers to the event itself', 'Remove this link.');
        return;
      }
      const other = knownEvents.get(target);
      if (!other) {
        const suggestion = closest(target, [...knownEvents.keys()]);
        report('error', ['related', i, 'event'], `refers to event "${target}", which does not exist`, suggestion ? `Did you mean "${suggestion}"?` : `Use the file name (without .md) of an event in ${options.contentDir ?? 'content'}/events/.`);
        return;
      }
      const relation = text(link['relation']);
      const otherStart = parsePartialDate(text(other.raw['date']) ?? '');
      if (relation !== 'context' && RELATIONS.some((r) => r === relation) && start && otherStart && earliestDay(otherStart) > latestDay(start)) {
        report('error', ['related', i, 'relation'], `says this event ${relation} "${target}", which happened later (${text(other.raw['date'])})`, `An event can only respond to or follow from an earlier one: link it from "${target}" instead, or use relation "context".`);
      }
    });
  }
}

/**
 * True for an item of a claim's sources that is not text (a number such as 1, a group of fields): editors write
 * `sources: [1]` meaning "the first source". YAML dates are left to the schema's own message (put it in quotes).
 */
function isClaimSourceByPosition(path: readonly PropertyKey[], value: unknown): boolean {
  return (
    path.length === 4 && path[0] === 'claims' && typeof path[1] === 'number' && path[2] === 'sources' && typeof path[3] === 'number' &&
    value !== undefined && typeof value !== 'string' && !(value instanceof Date)
  );
}

/** Checks that need only the event's own fields: dates against precision and today, sources, claims. */
function checkEventOnItsOwn(entry: Entry, report: Report, options: ValidateOptions) {
  const raw = entry.raw;
  const precision = raw['precision'];
  const endPrecision = raw['endPrecision'] ?? precision;

  const checkDate = (field: 'date' | 'end', value: unknown, p: unknown) => {
    const date = parsePartialDate(text(value) ?? '');
    if (!date) return undefined;
    if (isPrecision(p) && !granularitiesFor(p).includes(date.granularity)) {
      const precisionField = field === 'date' ? 'precision' : 'endPrecision';
      report('error', [field], `"${String(value)}" is written to the ${date.granularity}, but ${precisionField} is "${p}"`, `Write it as ${exampleFor(p, date)}, or set ${precisionField} to "${date.granularity}".`);
    }
    if (earliestDay(date) > options.today) {
      report('error', [field], `"${String(value)}" is after the build date (${options.today})`, 'Check the year: the chronology records only what has happened.');
    }
    return date;
  };

  const start = checkDate('date', raw['date'], precision);
  if (raw['end'] !== undefined) {
    const end = checkDate('end', raw['end'], endPrecision);
    if (start && end && latestDay(end) < earliestDay(start)) {
      report('error', ['end'], `"${String(raw['end'])}" is before the start date "${String(raw['date'])}"`, 'Swap date and end, or correct the year.');
    } else if (start && end && raw['end'] === raw['date']) {
      report('error', ['end'], 'is the same as date', 'Leave out end for an event that happened on one date.');
    }
  } else if (raw['endPrecision'] !== undefined) {
    report('error', ['endPrecision'], 'is set but there is no end', 'Add end, or remove endPrecision.');
  }

  const sourceIds = new Set<string>();
  const urls = new Set<string>();
  list(raw['sources']).forEach((source, i) => {
    if (!isRecord(source)) return;
    const id = text(source['id']);
    if (id !== undefined) {
      if (sourceIds.has(id)) report('error', ['sources', i, 'id'], `"${id}" is used by another source of this event`, 'Give each source of an event its own id.');
      sourceIds.add(id);
    }
    const url = text(source['url']);
    if (url !== undefined) {
      if (urls.has(url)) report('error', ['sources', i, 'url'], 'is listed twice in this event', 'Keep one source entry per page; cite it from several claims instead.');
      urls.add(url);
    }
    const kind = source['kind'];
    if (kind === 'copy' && source['originalPublisher'] === undefined) {
      report('error', ['sources', i, 'kind'], 'is "copy" but no originalPublisher is given', 'Add originalPublisher: who first published the text (e.g. "Associated Press").');
    }
    if (kind !== 'copy' && kind !== undefined && source['originalPublisher'] !== undefined) {
      report('error', ['sources', i, 'originalPublisher'], `is given but the kind is "${String(kind)}"`, 'Set kind to "copy" if this page reproduces another publisher\'s text; otherwise remove originalPublisher.');
    }
    const title = text(source['title'])?.trim();
    if (title !== undefined && /^\[.*\]$/s.test(title)) {
      report('error', ['sources', i, 'title'], source['titleSupplied'] === true ? 'is in square brackets; the site adds them to a supplied title' : 'is a description in square brackets, but titleSupplied is not set', source['titleSupplied'] === true ? 'Remove the brackets.' : 'Remove the brackets and add "titleSupplied: true", or write the headline as published.');
    }
    if (options.publishers) {
      for (const field of ['publisher', 'originalPublisher'] as const) {
        const name = text(source[field])?.trim();
        if (name !== undefined) checkPublisher(name, ['sources', i, field], options.publishers, report, options.contentDir ?? 'content');
      }
    }
    const published = parsePartialDate(text(source['published']) ?? '');
    if (published && earliestDay(published) > options.today) {
      report('error', ['sources', i, 'published'], `"${String(source['published'])}" is after the build date (${options.today})`, 'Write the date the page shows.');
    }
  });

  const dayFields: [readonly PropertyKey[], unknown][] = [
    [['reviewed'], raw['reviewed']],
    [['updated'], raw['updated']],
    ...list(raw['corrections']).map((c, i): [readonly PropertyKey[], unknown] => [['corrections', i, 'date'], isRecord(c) ? c['date'] : undefined]),
  ];
  for (const [path, value] of dayFields) {
    const day = parsePartialDate(text(value) ?? '');
    if (day && earliestDay(day) > options.today) {
      report('error', path, `"${String(value)}" is after the build date (${options.today})`, 'Write the day it actually happened.');
    }
  }

  const actorIds = new Set<string>();
  list(raw['actors']).forEach((actor, i) => {
    const id = isRecord(actor) ? text(actor['id']) : undefined;
    if (id === undefined) return;
    if (actorIds.has(id)) report('error', ['actors', i, 'id'], `"${id}" is listed twice`, 'List each actor once, with its main role.');
    actorIds.add(id);
  });

  let contested = false;
  list(raw['claims']).forEach((claim, i) => {
    if (!isRecord(claim)) return;
    if (claim['stance'] === 'denies' || claim['stance'] === 'disputes') contested = true;
    const by = text(claim['by']);
    if (by !== undefined && !actorIds.has(by)) {
      report('error', ['claims', i, 'by'], `"${by}" makes a claim but is not among the event's actors`, `Add "- id: ${by}" with a role (e.g. commentator) to actors.`);
    }
    list(claim['sources']).forEach((sourceId, j) => {
      if (typeof sourceId === 'string' && !sourceIds.has(sourceId)) {
        report('error', ['claims', i, 'sources', j], `cites source "${sourceId}", which this event does not list`, `Use one of this event's source ids (${[...sourceIds].join(', ') || 'none yet'}), or add the source.`);
      } else if (isClaimSourceByPosition(['claims', i, 'sources', j], sourceId)) {
        const what = typeof sourceId === 'number' ? `is the number ${sourceId}; a claim cites a source by its id, not by its place in the list` : `is ${preview(sourceId)}, not a source id`;
        const ids = [...sourceIds];
        const fix = ids.length > 0
          ? `Write the id of the source instead, e.g. sources: [${ids[0]}]. This event's source ids: ${ids.join(', ')}.`
          : 'Give each source of the event an id (e.g. id: trend-2025-07-01), then cite it by that id, e.g. sources: [trend-2025-07-01].';
        report('error', ['claims', i, 'sources', j], what, fix);
      }
    });
  });
  const claims = list(raw['claims']);
  if (raw['status'] === 'disputed' && claims.length === 0) {
    report('error', ['status'], 'is "disputed" but the event records no claims', 'Add a claim for each side, with its sources, or change the status.');
  } else if (raw['status'] === 'disputed' && claims.length === 1) {
    report('error', ['claims'], 'holds one claim, but the status is "disputed": a dispute has at least two accounts', "Add the other party's account as a second claim, with its sources, or change the status.");
  }
  if (start) {
    const beforeCrisis = isBeforeCrisis(start);
    const crisisStart = dateInWords(CRISIS_START, 'day');
    if (beforeCrisis && raw['background'] !== true) {
      report('error', ['date'], `"${String(raw['date'])}" is before ${crisisStart}, when the crisis the chronology follows begins, but background is not set`, 'Add "background: true" (the site shows such events apart, as context), or correct the date.');
    } else if (!beforeCrisis && raw['background'] === true) {
      report('error', ['background'], `is true, but the event's date "${String(raw['date'])}" is not before ${crisisStart}`, 'Remove "background: true": only context from before the crisis is background.');
    }
  }
  const correctionDays = list(raw['corrections'])
    .map((correction) => (isRecord(correction) ? text(correction['date']) : undefined))
    .filter((day): day is string => day !== undefined && parsePartialDate(day)?.granularity === 'day')
    .sort();
  const lastCorrection = correctionDays.at(-1);
  const updated = text(raw['updated']);
  if (lastCorrection !== undefined && updated === undefined) {
    report('error', ['corrections'], 'records a correction, but the event has no updated date', `Add updated: "${lastCorrection}" (the day of the latest correction, or later).`);
  } else if (lastCorrection !== undefined && updated !== undefined && parsePartialDate(updated) && updated < lastCorrection) {
    report('error', ['updated'], `"${updated}" is earlier than the correction of ${lastCorrection}`, `Set updated to "${lastCorrection}" or later: a correction changes the entry in substance.`);
  }
  if (contested && raw['status'] !== 'disputed' && typeof raw['status'] === 'string') {
    report('error', ['status'], `is "${raw['status']}" but a claim denies or disputes the account`, 'Set status to "disputed".');
  }
}

/**
 * An event disputed between Azerbaijan and Russia (actors of both sides) records each side's account, or says in
 * balanceNote why one is missing. An event with fewer than two claims is reported by the claims rule instead.
 */
function checkBalance(entry: Entry, report: Report, actors: ReadonlyMap<string, Actor>) {
  const raw = entry.raw;
  const claims = list(raw['claims']);
  if (raw['status'] !== 'disputed' || raw['balanceNote'] !== undefined || claims.length < 2) return;
  const sideOf = (id: string | undefined) => (id === undefined ? undefined : actors.get(id)?.side);
  const parties = new Set(list(raw['actors']).map((actor) => (isRecord(actor) ? sideOf(text(actor['id'])) : undefined)));
  if (!parties.has('azerbaijan') || !parties.has('russia')) return;
  const claimants = new Set(claims.map((claim) => (isRecord(claim) ? sideOf(text(claim['by'])) : undefined)));
  const missing = (['azerbaijan', 'russia'] as const).filter((side) => !claimants.has(side));
  if (missing.length === 0) return;
  const whose = missing.map((side) => (side === 'azerbaijan' ? "Baku's" : "Moscow's")).join(' or ');
  report(
    'error',
    ['claims'],
    `give no account from ${whose} side, though the event is disputed between Azerbaijan and Russia`,
    `Add a claim by an actor of that side, with its sources, or a balanceNote saying why its account is missing (e.g. "Moscow has not commented publicly.").`,
  );
}

/** A publisher's name must be spelt as on the publisher list; a known other spelling gets the name to use. */
function checkPublisher(name: string, path: readonly PropertyKey[], publishers: readonly Publisher[], report: Report, contentDir: string) {
  const problem = publisherProblem(name, publishers, `${contentDir}/publishers.yaml`);
  if (problem) report('error', path, problem.message, problem.fix);
}
