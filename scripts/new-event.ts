/**
 * `npm run new:event`: writes a new, valid event file from a few answers, then checks the whole content folder
 * as `npm run check:content` does. Every answer can be given as a flag (`npm run new:event -- --help`); in a
 * terminal it asks for the rest. Exit status: 0 when the new file has no problem, 1 when the check finds one in
 * it, 2 when the answers are refused (nothing is written).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { publisherListSchema, type Publisher } from '../src/schemas/publisher.ts';
import { todayUtc } from '../src/lib/dates.ts';
import { checkContent } from '../src/lib/content/check.ts';
import { closest } from '../src/lib/content/explain.ts';
import { parseYaml } from '../src/lib/content/frontmatter.ts';
import { idFromPath } from '../src/lib/content/ids.ts';
import { contentDir } from '../src/lib/content/location.ts';
import { formatProblem, sortProblems } from '../src/lib/content/problem.ts';
import { readContent, resolveContentDir } from '../src/lib/content/read.ts';
import {
  formatAnswerProblem,
  interview,
  prepareEvent,
  SINGLE_FLAGS,
  usage,
  withDefaults,
  type Answers,
  type ScaffoldContext,
} from '../src/lib/content/scaffold.ts';

const REFUSED = 2;
const root = process.cwd();

let flags: ReturnType<typeof parseFlags>;
try {
  flags = parseFlags(process.argv.slice(2));
} catch (error) {
  const unknown = /Unknown option '--([^']+)'/.exec((error as Error).message)?.[1];
  const suggestion = unknown === undefined ? undefined : closest(unknown, [...SINGLE_FLAGS, 'actor', 'help']);
  console.error(
    `${(error as Error).message.replace(/\.?$/, '.')}${suggestion ? ` Did you mean --${suggestion}?` : ''}\n\n${usage()}`,
  );
  process.exit(REFUSED);
}
if (flags.help) {
  console.log(usage());
  process.exit(0);
}

const dir = contentDir();
const read = await readContent(root, dir);
if (!read.exists) {
  console.error(
    `${read.folder} does not exist. Run this from the project root; CHRONOLOGY_CONTENT_DIR, when set, must name the content folder.`,
  );
  process.exit(REFUSED);
}
const context: ScaffoldContext = {
  actorIds: read.files.filter((file) => file.collection === 'actors').map((file) => idFromPath(file.path)),
  eventIds: read.files.filter((file) => file.collection === 'events').map((file) => idFromPath(file.path)),
  publishers: read.publishers ? publisherList(read.publishers.text) : undefined,
  today: todayUtc(),
  contentDir: dir,
};

const given: Answers = { actor: flags.actor };
for (const flag of SINGLE_FLAGS) given[flag] = flags[flag];

let answers: Answers;
if (process.stdin.isTTY) {
  console.log(
    `New event in ${read.folder}/events/. Press Enter to take the [default]; Ctrl+D to stop without writing.`,
  );
  const terminal = createInterface({ input: process.stdin, output: process.stdout });
  let closed = false;
  terminal.on('close', () => (closed = true));
  const asked = await interview(
    given,
    context,
    (prompt) => (closed ? Promise.resolve(undefined) : terminal.question(prompt).catch(() => undefined)),
    (line) => console.log(line),
  );
  terminal.close();
  if (asked === undefined) {
    console.error('\nStopped; nothing was written.');
    process.exit(REFUSED);
  }
  answers = withDefaults(asked);
} else {
  answers = withDefaults(given);
}

const prepared = prepareEvent(answers, context);
if (!prepared.ok) {
  console.error(prepared.problems.map(formatAnswerProblem).join('\n'));
  console.error(`Nothing was written. Run "npm run new:event -- --help" for every flag.`);
  process.exit(REFUSED);
}

const eventsFolder = join(read.folder, 'events');
const path = join(eventsFolder, `${prepared.id}.md`);
await mkdir(eventsFolder, { recursive: true });
try {
  // "wx": never overwrite, even a file created since the folder was read.
  await writeFile(path, prepared.text, { flag: 'wx' });
} catch (error) {
  if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  console.error(`${path} already exists; nothing was written. Give another id with --id, or edit the existing file.`);
  process.exit(REFUSED);
}
console.log(`Wrote ${path}\n`);

// The same check as `npm run check:content`, on the whole folder.
const check = await checkContent(root, { contentDir: dir });
console.log(check.report);
const mine = sortProblems(check.result.problems.filter((problem) => resolveContentDir(root, problem.file) === path));
if (mine.length > 0) {
  console.error(
    `\nThe new file has ${mine.length === 1 ? 'a problem' : `${mine.length} problems`}; fix ${mine.length === 1 ? 'it' : 'them'} in ${path}, then run npm run check:content:`,
  );
  console.error(mine.map(formatProblem).join('\n'));
  process.exitCode = 1;
} else {
  if (prepared.frontmatter.sources.length === 1 && prepared.frontmatter.sourcingNote === undefined) {
    console.log(
      '\nNote: the event has one source. Add a second one, or a sourcingNote saying that only one report was found (npm run test:unit refuses an event with neither).',
    );
  }
  if (!check.result.ok)
    console.log('\nThe new file has no problem; the errors above are in other files or the folder.');
  console.log(
    `\nNext: read ${path} again, add tags, location, claims and related events where they apply, then run npm start.`,
  );
}

function parseFlags(args: string[]) {
  const single = Object.fromEntries(SINGLE_FLAGS.map((flag) => [flag, { type: 'string' as const }])) as Record<
    (typeof SINGLE_FLAGS)[number],
    { type: 'string' }
  >;
  const { values } = parseArgs({
    args,
    options: { ...single, actor: { type: 'string', multiple: true }, help: { type: 'boolean', short: 'h' } },
    strict: true,
    allowPositionals: false,
  });
  return values;
}

/** The publisher list, or undefined when it is broken (the check then reports it). */
function publisherList(text: string): readonly Publisher[] | undefined {
  const parsed = parseYaml(text);
  if (!parsed.ok) return undefined;
  const list = publisherListSchema.safeParse(parsed.data);
  return list.success ? list.data : undefined;
}
