/**
 * Reads and validates the content folder in one call; shared by the build integration and the CLI, so both
 * give the same verdict. On top of the per-file validator it renders every body with the site's own Markdown
 * renderer and judges the HTML (rendered.ts), and it refuses a folder that would publish an empty or partial
 * chronology: missing, without events or actors, or with fewer events than the floor.
 */
import { todayUtc } from '../dates.ts';
import { publisherListSchema, type Publisher } from '../../schemas/publisher.ts';
import { parseYaml, publishedBody, splitFile } from './frontmatter.ts';
import { CONTENT_DIR_VARIABLE, contentDir, minEvents, MIN_EVENTS_VARIABLE } from './location.ts';
import { createBodyRenderer, type BodyRenderer } from './markdown.ts';
import { formatReport, type Problem } from './problem.ts';
import { readContent } from './read.ts';
import { checkRenderedHtml, locate } from './rendered.ts';
import { validateContent, type ContentFile, type ValidationResult } from './validate.ts';

export interface ContentCheck {
  readonly result: ValidationResult;
  /** The printable report: every problem, what was read, and a closing count. */
  readonly report: string;
  /** The content folder that was read, as an absolute path. */
  readonly folder: string;
}

export interface CheckOptions {
  /** The content folder, absolute or relative to the project root; default from CHRONOLOGY_CONTENT_DIR, else "content". */
  readonly contentDir?: string;
  /** The build date as "YYYY-MM-DD"; default today (UTC). */
  readonly today?: string;
  /** How bodies become HTML; default the site's Markdown configuration (src/lib/content/markdown.ts). */
  readonly render?: BodyRenderer;
  /** The fewest events a publishable chronology has; default from CHRONOLOGY_MIN_EVENTS, else the project's floor. */
  readonly minEvents?: number;
}

export async function checkContent(root: string, options: CheckOptions = {}): Promise<ContentCheck> {
  const dir = options.contentDir ?? contentDir();
  const read = await readContent(root, dir);
  const list = read.publishers ? readPublisherList(read.publishers) : { problems: [], publishers: undefined };
  const checked = await checkFiles(read.files, {
    today: options.today ?? todayUtc(),
    contentDir: dir,
    ...(options.render ? { render: options.render } : {}),
    ...(list.publishers ? { publishers: list.publishers } : {}),
  });
  const problems = [...list.problems, ...checked.problems, ...checkCompleteness(read.folder, read.exists, read.files, options.minEvents ?? minEvents())];

  const counted = {
    events: read.files.filter((file) => file.collection === 'events').length,
    actors: read.files.filter((file) => file.collection === 'actors').length,
  };
  const pages = read.files.filter((file) => file.collection === 'pages').length;
  const threadFiles = read.files.filter((file) => file.collection === 'threads').length;
  const merged: ValidationResult = { ...checked, problems, ok: !problems.some((problem) => problem.severity === 'error') };
  const report = [
    `Read ${read.folder}: ${counted.events} event files, ${counted.actors} actor files, ${threadFiles} thread ${threadFiles === 1 ? 'file' : 'files'}, ${pages} ${pages === 1 ? 'page' : 'pages'}${list.publishers ? `, ${list.publishers.length} publishers` : ''}.`,
    formatReport(problems, counted),
  ].join('\n');
  return { result: merged, report, folder: read.folder };
}

/**
 * The validator and the check of the rendered HTML, on files already read: every problem of every file. The
 * result is ok only when neither found an error.
 */
export async function checkFiles(
  files: readonly ContentFile[],
  options: { today: string; contentDir?: string; render?: BodyRenderer; publishers?: readonly Publisher[] },
): Promise<ValidationResult> {
  const result = validateContent(files, {
    today: options.today,
    ...(options.contentDir ? { contentDir: options.contentDir } : {}),
    ...(options.publishers ? { publishers: options.publishers } : {}),
  });
  const render = options.render ?? (await createBodyRenderer());
  const problems: Problem[] = [...result.problems];
  for (const file of files) problems.push(...(await checkRendered(file, result.problems, render)));
  return { ...result, problems, ok: !problems.some((problem) => problem.severity === 'error') };
}

/**
 * Renders one body as the site will and reports what the allow-list refuses. A body whose Markdown already has
 * an error is not judged twice: the Markdown-level message is the clearer one, and the build fails either way.
 */
async function checkRendered(file: ContentFile, known: readonly Problem[], render: BodyRenderer): Promise<Problem[]> {
  if (known.some((problem) => problem.file === file.path && problem.field === '(body)')) return [];
  if (splitFile(file.text).raw === undefined) return []; // no frontmatter: reported already
  const published = publishedBody(file.text);
  if (!published) return []; // frontmatter that does not parse: reported already
  let html: string;
  try {
    html = await render(published.body);
  } catch (error) {
    return [{ severity: 'error', file: file.path, line: published.lineOffset + 1, field: '(body)', message: `could not be rendered (${(error as Error).message})`, fix: 'Simplify the Markdown around this line.' }];
  }
  return checkRenderedHtml(html).map((finding) => ({
    severity: 'error',
    file: file.path,
    line: published.lineOffset + (locate(published.body, finding.needles) ?? 1),
    field: '(body)',
    message: finding.message,
    fix: finding.fix,
  }));
}

/** Parses the publisher list; its own problems are reported on its file, and a broken list checks nothing. */
function readPublisherList(file: { path: string; text: string }): { problems: Problem[]; publishers: readonly Publisher[] | undefined } {
  const problem = (message: string, fix: string, line?: number): Problem => ({ severity: 'error', file: file.path, line, field: '(publishers)', message, fix });
  const parsed = parseYaml(file.text);
  if (!parsed.ok) return { problems: [problem(`is not valid YAML: ${parsed.reason}`, 'Write one "- name: …" entry per publisher.', parsed.line)], publishers: undefined };
  const result = publisherListSchema.safeParse(parsed.data);
  if (!result.success) {
    return { problems: result.error.issues.map((issue) => problem(`${issue.path.join('.') || 'the list'}: ${issue.message}`, 'Each entry is "- name: Publisher" with optional "aliases: [Other spelling]".')), publishers: undefined };
  }
  const seen = new Map<string, string>();
  const problems: Problem[] = [];
  for (const publisher of result.data) {
    for (const spelling of [publisher.name, ...publisher.aliases]) {
      const owner = seen.get(spelling);
      if (owner !== undefined) problems.push(problem(`"${spelling}" is listed twice (under "${owner}" and "${publisher.name}")`, 'Keep each spelling under one publisher.'));
      seen.set(spelling, publisher.name);
    }
  }
  return { problems, publishers: result.data };
}

/** A build must never publish an empty or partial chronology. */
function checkCompleteness(folder: string, exists: boolean, files: readonly ContentFile[], floor: number): Problem[] {
  const problem = (message: string, fix: string): Problem => ({ severity: 'error', file: folder, field: '(folder)', message, fix });
  if (!exists) {
    return [problem('does not exist, so there is no content to build', `Check ${CONTENT_DIR_VARIABLE}: it is read as an absolute path, or relative to the project root. Unset it to build content/.`)];
  }
  const events = files.filter((file) => file.collection === 'events').length;
  const actors = files.filter((file) => file.collection === 'actors').length;
  const problems: Problem[] = [];
  if (actors === 0) problems.push(problem('has no actors (no files in actors/)', 'Point the build at the folder that holds events/ and actors/.'));
  if (events === 0) problems.push(problem('has no events (no files in events/)', 'Point the build at the folder that holds events/ and actors/.'));
  else if (events < floor) {
    problems.push(problem(`has ${events} events, fewer than the floor of ${floor}, so the site would publish a partial chronology`, `Check that the whole folder was checked out. If events were removed on purpose, set ${MIN_EVENTS_VARIABLE} (or lower the default in src/lib/content/location.ts).`));
  }
  return problems;
}
