// The site's own Astro configuration with a cache folder of the benchmark's own (BENCH_CACHE_DIR): Astro keeps
// the content it has read in <cacheDir>/data-store.json, and a generated chronology of thousands of events
// must neither be written into the store that builds of the real content (and the tests) start from, nor race
// with them when they run at the same time.
import config from '../../astro.config.mjs';

export default { ...config, ...(process.env.BENCH_CACHE_DIR ? { cacheDir: process.env.BENCH_CACHE_DIR } : {}) };
