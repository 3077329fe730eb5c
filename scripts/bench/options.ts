/** The benchmark's command line: which parts to run, at which sizes. */

export interface BenchOptions {
  /** Lighthouse on the real content and the floor page. */
  readonly lighthouse: boolean;
  /** Full rows: build, sizes and the reader's waits on the home page. */
  readonly sizes: readonly number[];
  /** Our home page against TimelineJS3 and a naive vis-timeline page. */
  readonly peers: readonly number[];
  /** Build-only rows (time and memory). */
  readonly builds: readonly number[];
  /** Build attempts with a time limit, recorded whatever their outcome. */
  readonly attempts: readonly number[];
  readonly rounds: number;
  readonly loads: number;
  readonly moves: number;
  readonly timeoutMinutes: number;
  readonly help: boolean;
}

export const DEFAULTS = {
  sizes: [100, 1000, 5000, 10_000],
  peers: [100, 1000, 5000],
  builds: [10_000],
  attempts: [100_000],
  rounds: 3,
  loads: 3,
  moves: 5,
  timeoutMinutes: 15,
} as const;

export const USAGE = `Usage: npm run bench [-- options]

With no part named, runs Lighthouse, the sizes ${DEFAULTS.sizes.join(',')}, the build-only ${DEFAULTS.builds.join(',')}
and the peers at ${DEFAULTS.peers.join(',')} (about 20 minutes on the 2-core machine). A size that both the sizes and
the build-only parts name is built once: the sizes part's build fills its build-only row. Naming parts runs only those:

  --lighthouse            Lighthouse (mobile) on the real content's production build and the floor page
  --sizes [N,N,...]       build, sizes and the reader's waits (default ${DEFAULTS.sizes.join(',')})
  --peers [N,N,...]       our home page against TimelineJS3 and naive vis-timeline (default ${DEFAULTS.peers.join(',')})
  --builds [N,N,...]      build time and peak memory only (default ${DEFAULTS.builds.join(',')})
  --attempt [N,...]       a build with a time limit, recorded whatever happens (default ${DEFAULTS.attempts.join(',')})

  --runs N                Lighthouse rounds, the median kept (default ${DEFAULTS.rounds})
  --loads N               page loads per peer and size, the median kept (default ${DEFAULTS.loads})
  --moves N               timed moves to the next event per load (default ${DEFAULTS.moves})
  --timeout MINUTES       the attempt's time limit (default ${DEFAULTS.timeoutMinutes})

Bare numbers are sizes: "npm run bench -- 100 1000" is "--sizes 100,1000". Each part replaces its own
figures in bench/results.json (a size replaces that size's row) and bench/RESULTS.md is written from it all.`;

const counts = (text: string): number[] => {
  const list = text.split(',').map((part) => Number(part.replace(/_/g, '').trim()));
  if (!list.length || list.some((n) => !Number.isInteger(n) || n <= 0))
    throw new Error(`"${text}" is not a list of event counts (e.g. 100,1000)`);
  return list;
};

export function parseOptions(argv: readonly string[]): BenchOptions {
  const parts = new Map<'lighthouse' | 'sizes' | 'peers' | 'builds' | 'attempts', number[]>();
  const numbers: Record<'rounds' | 'loads' | 'moves' | 'timeoutMinutes', number> = { rounds: DEFAULTS.rounds, loads: DEFAULTS.loads, moves: DEFAULTS.moves, timeoutMinutes: DEFAULTS.timeoutMinutes };
  let help = false;
  const lists = { '--sizes': 'sizes', '--peers': 'peers', '--builds': 'builds', '--attempt': 'attempts' } as const;
  const settings = { '--runs': 'rounds', '--loads': 'loads', '--moves': 'moves', '--timeout': 'timeoutMinutes' } as const;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    const next = argv[i + 1];
    if (arg === '--help' || arg === '-h') help = true;
    else if (arg === '--lighthouse') parts.set('lighthouse', []);
    else if (arg in lists) {
      const part = lists[arg as keyof typeof lists];
      const given = next !== undefined && /^[\d,_]+$/.test(next);
      parts.set(part, [...(parts.get(part) ?? []), ...(given ? counts(next) : DEFAULTS[part])]);
      if (given) i += 1;
    } else if (arg in settings) {
      const value = Number(next);
      if (!Number.isFinite(value) || value <= 0) throw new Error(`${arg} needs a positive number`);
      numbers[settings[arg as keyof typeof settings]] = value;
      i += 1;
    } else if (/^\d[\d_]*$/.test(arg)) parts.set('sizes', [...(parts.get('sizes') ?? []), ...counts(arg)]);
    else throw new Error(`unknown option "${arg}"\n\n${USAGE}`);
  }
  const all = parts.size === 0;
  const pick = (part: 'sizes' | 'peers' | 'builds') => (all ? [...DEFAULTS[part]] : [...new Set(parts.get(part) ?? [])]);
  return {
    lighthouse: all || parts.has('lighthouse'),
    sizes: pick('sizes'),
    peers: pick('peers'),
    builds: pick('builds'),
    attempts: [...new Set(parts.get('attempts') ?? [])],
    ...numbers,
    help,
  };
}
