/**
 * The pure half of `npm run new:event` (scripts/new-event.ts): the questions it asks, the checks of each
 * answer, the id it derives, and the event file it writes. Nothing here reads or writes files or the terminal;
 * the script passes in what it read (actor and event ids, the publisher list) and a function that asks.
 *
 * Answers are checked with the schemas' own field checks and worded by the validator's explainer, so that an
 * answer refused here is refused for the same reason, in the same words, as the field in a file would be.
 */
import type { z } from 'zod';
import { EVENT_TYPES, eventSchema, ROLES, STATUSES } from '../../schemas/event.ts';
import type { Publisher } from '../../schemas/publisher.ts';
import { SOURCE_KINDS, sourceSchema } from '../../schemas/source.ts';
import { earliestDay, exampleFor, granularitiesFor, parsePartialDate, PRECISIONS, type Precision } from '../dates.ts';
import { isBeforeCrisis } from '../framing.ts';
import { checkBody, hasText } from './body.ts';
import { closest, explainIssue, publisherProblem } from './explain.ts';
import { isValidId } from './ids.ts';

/** Flags that take one value. */
export const SINGLE_FLAGS = [
  'date',
  'precision',
  'title',
  'type',
  'status',
  'summary',
  'source-url',
  'source-publisher',
  'source-published',
  'source-language',
  'source-kind',
  'source-original-publisher',
  'source-title',
  'source-description',
  'source-id',
  'sourcing-note',
  'body',
  'id',
] as const;
export type SingleFlag = (typeof SINGLE_FLAGS)[number];
/** Every answer is a flag; `actor` may be given several times. */
export type Flag = SingleFlag | 'actor';

/** The editor's answers, by flag. Strings as typed (trimmed when checked); actors as "id:role". */
export type Answers = { [K in SingleFlag]?: string | undefined } & { actor?: string[] | undefined };

export interface ScaffoldContext {
  /** Ids of the actors in the content folder. */
  readonly actorIds: readonly string[];
  /** Ids of the events in the content folder (in subfolders too). */
  readonly eventIds: readonly string[];
  /** The publisher list, when the content folder has one: every publisher a source names must be on it. */
  readonly publishers?: readonly Publisher[] | undefined;
  /** The build date as "YYYY-MM-DD"; nothing may be dated after it. */
  readonly today: string;
  /** The content folder as the editor sees it, for messages. Default "content". */
  readonly contentDir?: string | undefined;
}

/** A refused answer, printed like the validator's problems: `--flag: message` and a fix. */
export interface AnswerProblem {
  readonly flag: Flag;
  readonly message: string;
  readonly fix: string;
}

export function formatAnswerProblem(problem: AnswerProblem): string {
  return `--${problem.flag}: ${problem.message}\n    fix: ${problem.fix}`;
}

export interface Question {
  readonly flag: Flag;
  /** What the prompt asks. */
  readonly prompt: string;
  /** The line in --help. */
  readonly help: string;
  /** The allowed values, shown with the prompt. */
  readonly choices?: readonly string[];
  /** False when the question may be left unanswered. */
  readonly required: boolean;
  /** Asked only when this holds. */
  readonly when?: (answers: Answers) => boolean;
  /** The answer taken when none is given. */
  readonly defaultFor?: (answers: Answers) => string | undefined;
}

const value = (answers: Answers, flag: SingleFlag): string | undefined => {
  const text = answers[flag]?.trim();
  return text === '' ? undefined : text;
};

/** The questions, in the order they are asked. */
export const QUESTIONS: readonly Question[] = [
  { flag: 'date', prompt: 'Date ("YYYY-MM-DD", "YYYY-MM" or "YYYY")', help: 'when it happened, to the precision known: "2025-07-01", "2025-07" or "2025"', required: true },
  {
    flag: 'precision',
    prompt: 'Precision',
    help: 'day, month, year or approximate; default from the date\'s shape',
    choices: PRECISIONS,
    required: true,
    defaultFor: (answers) => defaultPrecision(value(answers, 'date') ?? ''),
  },
  { flag: 'title', prompt: 'Title (neutral headline, 10–140 characters)', help: 'headline of the event in plain, neutral words', required: true },
  { flag: 'type', prompt: 'Type', help: `what kind of event it is: ${EVENT_TYPES.join(', ')}`, choices: EVENT_TYPES, required: true },
  {
    flag: 'actor',
    prompt: `Actors, as id:role separated by spaces (roles: ${ROLES.join(', ')})`,
    help: 'an actor and its role as id:role, e.g. ilham-aliyev:initiator; repeat for each actor',
    required: true,
  },
  {
    flag: 'status',
    prompt: 'Status',
    help: 'confirmed (default) or unverified; disputed needs claims, added by hand',
    choices: STATUSES.filter((status) => status !== 'disputed'),
    required: true,
    defaultFor: () => 'confirmed',
  },
  { flag: 'summary', prompt: 'Summary (one or two plain sentences, 40–320 characters)', help: 'what happened, in one or two sentences', required: true },
  { flag: 'source-url', prompt: 'Source URL (https, exactly as published)', help: 'the https address of the source page', required: true },
  { flag: 'source-publisher', prompt: 'Source publisher (as on the publisher list)', help: 'who publishes the page, e.g. "Trend"', required: true },
  {
    flag: 'source-published',
    prompt: 'Source publication date ("YYYY-MM-DD", "YYYY-MM", "YYYY" or "unknown")',
    help: 'the date the page shows, or "unknown"; never a guess',
    required: true,
  },
  { flag: 'source-language', prompt: 'Source language (e.g. en, ru, az)', help: 'language of the page as a BCP 47 tag', required: true },
  { flag: 'source-kind', prompt: 'Source kind', help: 'original, copy, official-statement or analysis', choices: SOURCE_KINDS, required: true },
  {
    flag: 'source-original-publisher',
    prompt: 'Who first published the text',
    help: 'for kind copy: who first published the text, e.g. "Associated Press"',
    required: true,
    when: (answers) => value(answers, 'source-kind') === 'copy',
  },
  {
    flag: 'source-title',
    prompt: 'Source headline as published (leave empty if none could be confirmed)',
    help: 'the headline as published, in its original language',
    required: false,
  },
  {
    flag: 'source-description',
    prompt: 'Short description of the page instead (shown in [square brackets])',
    help: 'instead of --source-title: a short description of the page, marked as supplied',
    required: true,
    when: (answers) => value(answers, 'source-title') === undefined,
  },
  {
    flag: 'source-id',
    prompt: 'Source id',
    help: 'the id claims use to cite the source; default publisher and date, e.g. trend-2025-07-01',
    required: true,
    defaultFor: (answers) => sourceIdFor(value(answers, 'source-publisher') ?? '', value(answers, 'source-published') ?? ''),
  },
  {
    flag: 'sourcing-note',
    prompt: 'Sourcing note (one source only: say that only one report was found; leave empty to add a second source later)',
    help: 'optional: why the event has a single source',
    required: false,
  },
  { flag: 'body', prompt: 'Context (a paragraph in your own words)', help: 'the context paragraph below the frontmatter, in your own words', required: true },
  {
    flag: 'id',
    prompt: 'Id (the file name)',
    help: 'the file name without .md; default from the date and title',
    required: true,
    defaultFor: (answers) => {
      const date = value(answers, 'date');
      const title = value(answers, 'title');
      return date !== undefined && title !== undefined ? idFromTitle(date, title) : undefined;
    },
  },
];

/** Lowercase kebab-case of any text: accents dropped, apostrophes removed, everything else a hyphen. */
export function kebabCase(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/['’ʼ]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const ARTICLES = new Set(['a', 'an', 'the']);
const MAX_ID_WORDS = 8;
const MAX_ID_TITLE_LENGTH = 60;

/**
 * The id of a new event: its date, then the title's first words in kebab-case without articles, e.g.
 * "2025-07-01" and "Azerbaijan summons the Russian ambassador" → "2025-07-01-azerbaijan-summons-russian-ambassador".
 */
export function idFromTitle(date: string, title: string): string {
  const words: string[] = [];
  let length = 0;
  for (const word of kebabCase(title).split('-')) {
    if (word === '' || ARTICLES.has(word)) continue;
    if (words.length === MAX_ID_WORDS || (words.length > 0 && length + 1 + word.length > MAX_ID_TITLE_LENGTH)) break;
    words.push(word);
    length += (words.length > 1 ? 1 : 0) + word.length;
  }
  return [kebabCase(date), ...(words.length > 0 ? words : ['event'])].filter((part) => part !== '').join('-');
}

/** The default id of a source: its publisher and publication date, e.g. "trend-2025-07-01". */
export function sourceIdFor(publisher: string, published: string): string | undefined {
  const name = kebabCase(publisher);
  if (name === '') return undefined;
  return published === '' || published === 'unknown' || parsePartialDate(published) === null ? name : `${name}-${published}`;
}

/** The precision a date's shape implies: "2025-07-01" → day, "2025-07" → month, "2025" → year. */
export function defaultPrecision(date: string): Precision | undefined {
  return parsePartialDate(date)?.granularity;
}

/** Up to `max` candidates close to `word`: within two edits (the validator's `closest`), then sharing a word. */
export function suggestIds(word: string, candidates: readonly string[], max = 3): string[] {
  const pool = [...candidates];
  const found: string[] = [];
  while (found.length < max) {
    const next = closest(word, pool);
    if (next === undefined) break;
    found.push(next);
    pool.splice(pool.indexOf(next), 1);
  }
  const parts = word.toLowerCase().split(/[^a-z0-9]+/).filter((part) => part.length >= 3);
  for (const candidate of pool) {
    if (found.length >= max) break;
    if (candidate.split('-').some((part) => parts.includes(part))) found.push(candidate);
  }
  return found;
}

/** "a", "a" or "b", "a", "b" or "c". */
function alternatives(words: readonly string[]): string {
  const quoted = words.map((word) => `"${word}"`);
  return quoted.length <= 1 ? (quoted[0] ?? '') : `${quoted.slice(0, -1).join(', ')} or ${quoted.at(-1) ?? ''}`;
}

/** The actor answers as given: several flags, or one answer with ids separated by spaces or commas. */
export function actorItems(answers: Answers): string[] {
  return (answers.actor ?? []).flatMap((item) => item.split(/[\s,]+/)).filter((item) => item !== '');
}

const NO_CONTEXT = { siblings: () => [], source: () => undefined };

/** A field's own schema check, worded by the validator's explainer. */
function schemaProblems(flag: Flag, schema: z.ZodType, input: unknown): AnswerProblem[] {
  const result = schema.safeParse(input, { reportInput: true });
  if (result.success) return [];
  return result.error.issues.flatMap((issue) => explainIssue(issue, NO_CONTEXT).map((explained) => ({ flag, message: explained.message, fix: explained.fix })));
}

const FIELD_SCHEMAS: Partial<Record<SingleFlag, z.ZodType>> = {
  date: eventSchema.shape.date,
  precision: eventSchema.shape.precision,
  title: eventSchema.shape.title,
  type: eventSchema.shape.type,
  status: eventSchema.shape.status,
  summary: eventSchema.shape.summary,
  'source-url': sourceSchema.shape.url,
  'source-publisher': sourceSchema.shape.publisher,
  'source-published': sourceSchema.shape.published,
  'source-language': sourceSchema.shape.language,
  'source-kind': sourceSchema.shape.kind,
  'source-original-publisher': sourceSchema.shape.publisher,
  'source-title': sourceSchema.shape.title,
  'source-description': sourceSchema.shape.title,
  'source-id': sourceSchema.shape.id,
  'sourcing-note': eventSchema.shape.sourcingNote,
};

/** The problems of one answer, given the answers before it. An unanswered question has none here. */
export function checkAnswer(flag: Flag, answers: Answers, context: ScaffoldContext): AnswerProblem[] {
  if (flag === 'actor') return checkActors(answers, context);
  const text = value(answers, flag);
  if (text === undefined) return [];
  const problem = (message: string, fix: string): AnswerProblem[] => [{ flag, message, fix }];
  const schema = FIELD_SCHEMAS[flag];
  const fromSchema = schema ? schemaProblems(flag, schema, text) : [];
  if (fromSchema.length > 0) return fromSchema;
  const contentDir = context.contentDir ?? 'content';

  switch (flag) {
    case 'date':
    case 'source-published': {
      const date = parsePartialDate(text);
      if (date && earliestDay(date) > context.today) {
        return problem(`"${text}" is after today (${context.today})`, flag === 'date' ? 'Check the year: the chronology records only what has happened.' : 'Write the date the page shows.');
      }
      return [];
    }
    case 'precision': {
      const date = parsePartialDate(value(answers, 'date') ?? '');
      const precision = PRECISIONS.find((p) => p === text);
      if (date && precision && !granularitiesFor(precision).includes(date.granularity)) {
        return problem(
          `is "${precision}", but the date "${value(answers, 'date') ?? ''}" is written to the ${date.granularity}`,
          `Give --precision ${date.granularity}, or write the date as ${exampleFor(precision, date)}.`,
        );
      }
      return [];
    }
    case 'status':
      if (text === 'disputed') {
        return problem(
          '"disputed" needs a claim for each side, and this command writes no claims',
          'Create the event as "unverified" (or "confirmed"), then add each side\'s claim with its sources and set status: disputed by hand (see "Attribute what is contested" in CONTRIBUTING.md).',
        );
      }
      return [];
    case 'source-publisher':
    case 'source-original-publisher':
      return checkPublisher(flag, text, context.publishers, contentDir);
    case 'source-title':
      if (/^\[.*\]$/s.test(text)) return problem('is a description in square brackets', 'Give it without the brackets as --source-description instead; the site adds them.');
      return [];
    case 'source-description':
      if (/^\[.*\]$/s.test(text)) return problem('is in square brackets; the site adds them to a supplied title', 'Remove the brackets.');
      return [];
    case 'body': {
      if (!hasText(text)) return problem('is empty', 'Write a paragraph or two of context in your own words.');
      return checkBody(text).map((finding) => ({ flag, message: `line ${finding.line} ${finding.message}`, fix: finding.fix }));
    }
    case 'id': {
      if (!isValidId(text)) {
        const suggestion = kebabCase(text);
        return problem(`"${text}" is not lowercase kebab-case; the id is the file name`, `Use lowercase letters, digits and single hyphens${suggestion ? `, e.g. "${suggestion}"` : ''}.`);
      }
      if (context.eventIds.includes(text)) {
        return problem(`"${text}" is already the id of an event in ${contentDir}/events/`, 'Nothing was overwritten. Give another id with --id, or edit the existing file.');
      }
      return [];
    }
    default:
      return [];
  }
}

function checkActors(answers: Answers, context: ScaffoldContext): AnswerProblem[] {
  const problems: AnswerProblem[] = [];
  const problem = (message: string, fix: string) => problems.push({ flag: 'actor', message, fix });
  const actorsFolder = `${context.contentDir ?? 'content'}/actors`;
  const seen = new Set<string>();
  for (const item of actorItems(answers)) {
    const match = /^([^:]+):([^:]+)$/.exec(item);
    if (!match) {
      problem(`"${item}" is not written as id:role`, `Join the actor's id and role with a colon, e.g. --actor ilham-aliyev:initiator. Roles: ${ROLES.join(', ')}.`);
      continue;
    }
    const [, id = '', role = ''] = match;
    if (!ROLES.some((r) => r === role)) {
      const suggestion = closest(role, ROLES);
      problem(`gives "${role}" as the role of "${id}", which is not a role`, `${suggestion ? `Did you mean "${suggestion}"? ` : ''}Use one of: ${ROLES.join(', ')}.`);
    }
    if (!context.actorIds.includes(id)) {
      const suggestions = suggestIds(id, context.actorIds);
      problem(
        `refers to actor "${id}", which does not exist`,
        suggestions.length > 0 ? `Did you mean ${alternatives(suggestions)}? Otherwise add ${actorsFolder}/${id}.md first.` : `Add ${actorsFolder}/${id}.md first, or use an existing actor id (the file names in ${actorsFolder}/).`,
      );
    } else if (seen.has(id)) {
      problem(`lists "${id}" twice`, 'List each actor once, with its main role.');
    }
    seen.add(id);
  }
  return problems;
}

/** The same rule as the validator: a publisher is written as on the list; another spelling gets the name to use. */
function checkPublisher(flag: Flag, name: string, publishers: readonly Publisher[] | undefined, contentDir: string): AnswerProblem[] {
  const problem = publishers && publisherProblem(name, publishers, `${contentDir}/publishers.yaml`, ' first');
  return problem ? [{ flag, ...problem }] : [];
}

const isAsked = (question: Question, answers: Answers) => question.when?.(answers) ?? true;
const isAnswered = (flag: Flag, answers: Answers) => (flag === 'actor' ? actorItems(answers).length > 0 : value(answers, flag) !== undefined);

/** The answers with every default filled in, in question order (a default may depend on earlier answers). */
export function withDefaults(answers: Answers): Answers {
  const filled: Answers = { ...answers };
  for (const question of QUESTIONS) {
    if (question.flag === 'actor' || !question.defaultFor || isAnswered(question.flag, filled) || !isAsked(question, filled)) continue;
    const fallback = question.defaultFor(filled);
    if (fallback !== undefined) filled[question.flag] = fallback;
  }
  return filled;
}

/** Every problem of a complete set of answers: missing answers, each answer's own check, answers that do not belong. */
export function checkAnswers(answers: Answers, context: ScaffoldContext): AnswerProblem[] {
  const problems: AnswerProblem[] = [];
  for (const question of QUESTIONS) {
    const { flag } = question;
    if (!isAsked(question, answers)) {
      if (isAnswered(flag, answers)) problems.push(notAsked(flag, answers));
      continue;
    }
    if (!isAnswered(flag, answers)) {
      // An answer with a default is missing only when what it derives from is missing or wrong: reported already.
      if (question.required && !question.defaultFor) problems.push(missing(flag));
      continue;
    }
    problems.push(...checkAnswer(flag, answers, context));
  }
  return problems;
}

function missing(flag: Flag): AnswerProblem {
  if (flag === 'source-description') {
    return { flag: 'source-title', message: 'is missing', fix: 'Give --source-title (the headline as published) or, when no headline could be confirmed, --source-description (a short description of the page).' };
  }
  if (flag === 'body') return { flag, message: 'is missing; an event needs context below its frontmatter', fix: 'Give --body with a paragraph or two of context in your own words.' };
  const question = QUESTIONS.find((q) => q.flag === flag);
  const listed = question?.choices?.every((choice) => question.help.includes(choice)) ?? true;
  const choices = question?.choices && !listed ? ` One of: ${question.choices.join(', ')}.` : '';
  return { flag, message: 'is missing', fix: `Give --${flag} (${question?.help ?? 'see --help'}).${choices}` };
}

function notAsked(flag: Flag, answers: Answers): AnswerProblem {
  if (flag === 'source-description') {
    return { flag, message: 'is given together with --source-title', fix: 'Give the headline as published (--source-title) or, when none could be confirmed, a description (--source-description), not both.' };
  }
  return { flag, message: `is given but the source kind is "${value(answers, 'source-kind') ?? ''}"`, fix: 'Give --source-kind copy if this page reproduces another publisher\'s text; otherwise leave out --source-original-publisher.' };
}

/** One answer on its own. */
function answerOf(flag: Flag, given: string | string[] | undefined): Answers {
  const answers: Answers = {};
  if (flag === 'actor') answers.actor = typeof given === 'string' ? [given] : given;
  else answers[flag] = Array.isArray(given) ? given.join(' ') : given;
  return answers;
}

/** Asks one question and returns the reply; rejects or returns undefined when the editor ends the input. */
export type Ask = (prompt: string) => Promise<string | undefined>;

/** Builds the prompt of a question: the question, its choices and its default. */
export function promptFor(question: Question, answers: Answers): string {
  const choices = question.choices ? ` (${question.choices.join(', ')})` : '';
  const fallback = question.defaultFor?.(answers);
  return `${question.prompt}${choices}${fallback !== undefined ? ` [${fallback}]` : ''}: `;
}

/**
 * Completes the answers given as flags by asking for the rest, one question at a time. A refused answer (from a
 * flag or typed) is printed with `say` and asked again; an empty reply takes the default. Returns undefined
 * when the editor ends the input.
 */
export async function interview(given: Answers, context: ScaffoldContext, ask: Ask, say: (line: string) => void): Promise<Answers | undefined> {
  const answers: Answers = {};
  for (const question of QUESTIONS) {
    if (!isAsked(question, answers)) {
      if (question.flag !== 'actor' && given[question.flag] !== undefined) answers[question.flag] = given[question.flag];
      continue;
    }
    let attempt = answerOf(question.flag, question.flag === 'actor' ? given.actor : given[question.flag]);
    for (;;) {
      if (!isAnswered(question.flag, attempt)) {
        const reply = await ask(promptFor(question, answers));
        if (reply === undefined) return undefined;
        const typed = reply.trim();
        const chosen = typed === '' ? question.defaultFor?.(answers) : typed;
        if (chosen === undefined) {
          if (!question.required) break;
          say(`  ${question.flag === 'body' ? 'An event needs context; write a paragraph.' : 'This answer is required.'}`);
          continue;
        }
        attempt = answerOf(question.flag, question.flag === 'actor' ? [chosen] : chosen);
      }
      const problems = checkAnswer(question.flag, { ...answers, ...attempt }, context);
      if (problems.length === 0) {
        Object.assign(answers, attempt);
        break;
      }
      for (const problem of problems) say(`  ${problem.message}\n    fix: ${problem.fix}`);
      attempt = {};
    }
  }
  return answers;
}

/** An event's frontmatter as the new file holds it, in the order of the fields in existing files. */
export interface NewEventFrontmatter {
  title: string;
  summary: string;
  date: string;
  precision: string;
  type: string;
  status: string;
  actors: { id: string; role: string }[];
  sources: {
    id: string;
    url: string;
    title: string;
    titleSupplied?: true;
    publisher: string;
    originalPublisher?: string;
    published: string;
    language: string;
    kind: string;
  }[];
  sourcingNote?: string;
  /** Set for an event before the crisis began (see isBeforeCrisis), which the site shows apart as context. */
  background?: true;
}

/** The frontmatter from checked answers (see checkAnswers). */
export function toFrontmatter(answers: Answers): NewEventFrontmatter {
  const get = (flag: SingleFlag) => value(answers, flag) ?? '';
  const description = value(answers, 'source-title') === undefined ? value(answers, 'source-description') : undefined;
  const originalPublisher = value(answers, 'source-original-publisher');
  const sourcingNote = value(answers, 'sourcing-note');
  return {
    title: get('title'),
    summary: get('summary'),
    date: get('date'),
    precision: get('precision'),
    type: get('type'),
    status: get('status'),
    actors: actorItems(answers).map((item) => {
      const [id = '', role = ''] = item.split(':');
      return { id, role };
    }),
    sources: [
      {
        id: get('source-id'),
        url: get('source-url'),
        title: description ?? get('source-title'),
        ...(description !== undefined ? { titleSupplied: true as const } : {}),
        publisher: get('source-publisher'),
        ...(originalPublisher !== undefined ? { originalPublisher } : {}),
        published: get('source-published'),
        language: get('source-language'),
        kind: get('source-kind'),
      },
    ],
    ...(sourcingNote !== undefined ? { sourcingNote } : {}),
    ...(beforeCrisis(get('date')) ? { background: true as const } : {}),
  };
}

/** True for an answered date that ends before the crisis began (see isBeforeCrisis). */
function beforeCrisis(date: string): boolean {
  const parsed = parsePartialDate(date);
  return parsed !== null && isBeforeCrisis(parsed);
}

const RESERVED = /^(?:y|n|yes|no|on|off|true|false|null|~)$/i;
const PLAIN = /^[\p{L}][\p{L}\p{N} ,.'’"()\-–—/:?=&%+_~@!;#*]*$/u;

/** A string as a double-quoted YAML scalar (JSON's escapes are YAML's), with every odd character escaped. */
export function quoted(text: string): string {
  return JSON.stringify(text).replace(/[\u007F-\u009F\u2028\u2029\uFEFF]/g, (char) => `\\u${(char.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`);
}

/**
 * A string as a YAML scalar: plain when it starts with a letter and nothing in it could change its meaning
 * (": ", " #", a trailing colon, a YAML 1.1 word such as "no" that js-yaml reads as a boolean), else quoted.
 */
export function scalar(text: string): string {
  const plain = PLAIN.test(text) && text === text.trim() && !RESERVED.test(text) && !/:(?:\s|$)|\s#/.test(text);
  return plain ? text : quoted(text);
}

/** A scalar inside a flow mapping ({ id: …, role: … }): plain only for kebab-case ids. */
function flowScalar(text: string): string {
  return /^[a-z][a-z0-9-]*$/.test(text) && !RESERVED.test(text) ? text : quoted(text);
}

/** The event file: frontmatter (dates always quoted, so YAML never reads them as timestamps), then the body. */
export function renderEventFile(frontmatter: NewEventFrontmatter, body: string): string {
  const lines = [
    '---',
    `title: ${scalar(frontmatter.title)}`,
    `summary: ${scalar(frontmatter.summary)}`,
    `date: ${quoted(frontmatter.date)}`,
    `precision: ${scalar(frontmatter.precision)}`,
    `type: ${scalar(frontmatter.type)}`,
    `status: ${scalar(frontmatter.status)}`,
    'actors:',
    ...frontmatter.actors.map((actor) => `  - { id: ${flowScalar(actor.id)}, role: ${flowScalar(actor.role)} }`),
    'sources:',
  ];
  for (const source of frontmatter.sources) {
    lines.push(
      `  - id: ${scalar(source.id)}`,
      `    url: ${scalar(source.url)}`,
      `    title: ${scalar(source.title)}`,
      ...(source.titleSupplied ? ['    titleSupplied: true'] : []),
      `    publisher: ${scalar(source.publisher)}`,
      ...(source.originalPublisher !== undefined ? [`    originalPublisher: ${scalar(source.originalPublisher)}`] : []),
      `    published: ${quoted(source.published)}`,
      `    language: ${scalar(source.language)}`,
      `    kind: ${scalar(source.kind)}`,
    );
  }
  if (frontmatter.sourcingNote !== undefined) lines.push(`sourcingNote: ${scalar(frontmatter.sourcingNote)}`);
  if (frontmatter.background) lines.push('background: true');
  lines.push('---', '', body.trim().replace(/\r\n?/g, '\n'), '');
  return lines.join('\n');
}

export type Prepared =
  | { readonly ok: true; readonly id: string; readonly frontmatter: NewEventFrontmatter; readonly text: string }
  | { readonly ok: false; readonly problems: AnswerProblem[] };

/** Where each frontmatter field came from, to name the flag when the whole-event check finds something. */
const FLAG_OF_FIELD: Record<string, Flag> = {
  title: 'title',
  summary: 'summary',
  date: 'date',
  precision: 'precision',
  type: 'type',
  status: 'status',
  actors: 'actor',
  sourcingNote: 'sourcing-note',
  'sources.id': 'source-id',
  'sources.url': 'source-url',
  'sources.title': 'source-title',
  'sources.publisher': 'source-publisher',
  'sources.originalPublisher': 'source-original-publisher',
  'sources.published': 'source-published',
  'sources.language': 'source-language',
  'sources.kind': 'source-kind',
};

/**
 * From answers (defaults filled in) to the file to write: every answer checked, then the whole frontmatter
 * against the event schema, so that nothing is written that the schema would refuse.
 */
export function prepareEvent(answers: Answers, context: ScaffoldContext): Prepared {
  const problems = checkAnswers(answers, context);
  if (problems.length > 0) return { ok: false, problems };
  const frontmatter = toFrontmatter(answers);
  const whole = eventSchema.safeParse(frontmatter, { reportInput: true });
  if (!whole.success) {
    return {
      ok: false,
      problems: whole.error.issues.flatMap((issue) => {
        const key = issue.path.filter((part) => typeof part === 'string').join('.');
        const flag = FLAG_OF_FIELD[key] ?? FLAG_OF_FIELD[key.split('.')[0] ?? ''] ?? 'title';
        return explainIssue(issue, NO_CONTEXT).map((explained) => ({ flag, message: explained.message, fix: explained.fix }));
      }),
    };
  }
  return { ok: true, id: value(answers, 'id') ?? '', frontmatter, text: renderEventFile(frontmatter, value(answers, 'body') ?? '') };
}

/** The usage text of `npm run new:event`, from the questions. */
export function usage(): string {
  const rows = QUESTIONS.map((question) => {
    const name = question.flag === 'actor' ? '--actor <id:role>' : `--${question.flag} <text>`;
    return `  ${name.padEnd(36)} ${question.help}`;
  });
  return [
    'Usage: npm run new:event [-- --flag value ...]',
    '',
    'Writes content/events/<id>.md (or under CHRONOLOGY_CONTENT_DIR) from the answers, then checks the whole',
    'folder like npm run check:content. In a terminal it asks for every answer not given as a flag.',
    '',
    ...rows,
    `  ${'--help'.padEnd(36)} this text`,
  ].join('\n');
}
