/**
 * `npm run bench`: measures the site and records the figures in bench/results.json and bench/RESULTS.md.
 * Timings are recorded, never asserted: the machines are shared and noisy. `npm run bench -- --help` lists the
 * parts (Lighthouse, sizes, peers, builds, the large build attempt); each part run replaces its own figures.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { emptyAside } from './bench/aside.ts';
import { runLighthouse } from './bench/lighthouse.ts';
import { load, machine, measuring, stamp } from './bench/machine.ts';
import { parseOptions, USAGE } from './bench/options.ts';
import { runPeers, type PeerSize } from './bench/peers.ts';
import { emptyResults, mergeRows, resultsMarkdown, RESULTS_VERSION, type Results } from './bench/report.ts';
import { buildGenerated, measureSize, type BuildRow, type GeneratedSite, type SizeRow } from './bench/sizes.ts';

const WORK = join('test-results', 'bench');
const JSON_FILE = join('bench', 'results.json');

let options;
try {
  options = parseOptions(process.argv.slice(2));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(2);
}
if (options.help) {
  console.log(USAGE);
  process.exit(0);
}

mkdirSync(WORK, { recursive: true });
mkdirSync('bench', { recursive: true });
const started = Date.now();
console.log(`bench: load average ${Object.values(load()).join(' / ')}`);

const previous: Results | null = existsSync(JSON_FILE)
  ? (JSON.parse(readFileSync(JSON_FILE, 'utf8')) as { version?: number }).version === RESULTS_VERSION
    ? (JSON.parse(readFileSync(JSON_FILE, 'utf8')) as Results)
    : null
  : null;
let results: Results = previous ?? emptyResults(machine(), stamp());

/** Writes what is known so far, so that a run stopped part-way keeps the parts it finished. */
function save(): void {
  results = { ...results, updated: stamp(), machine: machine() };
  writeFileSync(JSON_FILE, `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(join('bench', 'RESULTS.md'), resultsMarkdown(results));
}

const built = new Map<number, GeneratedSite>();
/** The build rows of the sizes part, which the build-only part takes instead of building the same size again. */
const buildRows = new Map<number, BuildRow>();

if (options.lighthouse) {
  const real = await measuring(() => runLighthouse(WORK, options.rounds));
  results = { ...results, lighthouse: real };
  save();
}

if (options.sizes.length) {
  const rows: SizeRow[] = [];
  for (const events of options.sizes) {
    const { site, row, built: buildRow } = await measureSize(WORK, events, options.loads);
    built.set(events, site);
    buildRows.set(events, buildRow);
    rows.push(row);
    results = { ...results, sizes: mergeRows(results.sizes, rows) };
    save();
  }
}

if (options.peers.length) {
  const sizes: PeerSize[] = [];
  for (const events of options.peers) {
    let site = built.get(events);
    if (!site) {
      const made = await buildGenerated(WORK, events);
      if (made.row.outcome !== 'built') throw new Error(`the ${events}-event build ${made.row.outcome}`);
      site = made.site;
      built.set(events, site);
    }
    sizes.push(await runPeers(WORK, site, { loads: options.loads, moves: options.moves, limitMs: 180_000 }));
    results = { ...results, peers: mergeRows(results.peers, sizes) };
    save();
  }
}

for (const [events, timeoutMinutes] of [
  ...options.builds.map((events) => [events, 0] as const),
  ...options.attempts.map((events) => [events, options.timeoutMinutes] as const),
]) {
  const fresh: BuildRow =
    (!timeoutMinutes && buildRows.get(events)) ||
    (await buildGenerated(WORK, events, timeoutMinutes ? timeoutMinutes * 60_000 : undefined)).row;
  results = { ...results, builds: mergeRows(results.builds, [fresh]) };
  save();
}

save();
emptyAside(WORK);
console.log(`wrote bench/results.json and bench/RESULTS.md in ${Math.round((Date.now() - started) / 1000)} s`);
