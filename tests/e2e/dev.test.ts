/**
 * The editor's loop in the dev server, in Chromium: content mistakes present when the server starts (one the
 * schema refuses, which Astro's own content sync would otherwise stop the server over, and an unknown actor) show
 * in Astro's error overlay with the Markdown file, line, field and fix, and fixing the file clears it on the next
 * load; the small files beside each event (written by the build after the pages, src/integrations/event-files.ts)
 * are served too.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_DIR_VARIABLE, MIN_EVENTS_VARIABLE } from '../../src/lib/content/location.ts';
import { ROOT, SCRATCH } from '../helpers/build.ts';
import { launch, openPage } from '../helpers/browser.ts';
import { GOOD } from '../helpers/fixtures.ts';

const CONTENT = join(SCRATCH, 'content', 'dev-overlay');
const EVENT = join(CONTENT, 'events', 'fixture-crash.md');

let browser: Browser;
let server: ChildProcess;
let url: string;
let serverOutput = '';

/** The environment an editor's shell would give: without what vitest adds (its mode, and import.meta.env copied into process.env). */
const editorEnvironment = () =>
  Object.fromEntries(
    Object.entries(process.env).filter(
      ([name]) =>
        !name.startsWith('VITEST') && !['TEST', 'NODE_ENV', 'MODE', 'DEV', 'PROD', 'SSR', 'BASE_URL'].includes(name),
    ),
  );

/** The broken event file with both of its mistakes fixed. */
const fixed = () =>
  readFileSync(EVENT, 'utf8')
    .replace('rosaviatsiya', 'rosaviatsia')
    .replace('\nprecision: dayy\n', '\nprecision: day\n');

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

beforeAll(async () => {
  rmSync(CONTENT, { recursive: true, force: true });
  cpSync(GOOD, CONTENT, { recursive: true });
  writeFileSync(
    EVENT,
    readFileSync(EVENT, 'utf8')
      .replace('{ id: rosaviatsia, role: commentator }', '{ id: rosaviatsiya, role: commentator }')
      .replace('\nprecision: day\n', '\nprecision: dayy\n'),
  );
  const port = await freePort();
  url = `http://127.0.0.1:${port}/`;
  server = spawn(
    process.execPath,
    [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(port), '--host', '127.0.0.1'],
    {
      cwd: ROOT,
      env: {
        ...editorEnvironment(),
        [CONTENT_DIR_VARIABLE]: CONTENT,
        [MIN_EVENTS_VARIABLE]: '1',
        ASTRO_TELEMETRY_DISABLED: '1',
        NO_COLOR: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  server.stderr?.on('data', (chunk: Buffer) => (serverOutput += chunk.toString()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The dev server did not start:\n${serverOutput}`)), 60_000);
    server.stdout?.on('data', (chunk: Buffer) => {
      serverOutput += chunk.toString();
      if (serverOutput.includes(`127.0.0.1:${port}`)) {
        clearTimeout(timer);
        resolve();
      }
    });
  });
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
  server?.kill();
});

describe('the dev server', () => {
  it('shows a content mistake in the error overlay with file, line, field and fix, and clears it once fixed', async () => {
    const { page } = await openPage(browser);
    const overlay = page.locator('vite-error-overlay');
    // The overlay is drawn by Vite's client script after the page loads, and on a fresh clone that script is compiled on
    // first request: give each load time to draw it. The dev server may also restart once right after it starts (it
    // re-optimizes its dependencies): load again until it answers.
    const overlayShown = expect
      .poll(
        async () => {
          await page.goto(url);
          await overlay.waitFor({ state: 'attached', timeout: 10_000 }).catch(() => undefined);
          return overlay.count();
        },
        { timeout: 60_000, interval: 1000 },
      )
      .toBe(1);
    await overlayShown.catch((error: Error) => {
      throw new Error(`${error.message}\nNo error overlay. The dev server printed:\n${serverOutput}`, { cause: error });
    });
    const text = await overlay.evaluate((element) => element.shadowRoot?.textContent ?? '');
    // The first of the mistakes, by line, and a count of the rest (the unknown actor, and its claim then made by an actor not listed).
    expect(text).toContain('events/fixture-crash.md:6 precision: "dayy" is not an allowed value (and 2 more');
    expect(text).toContain('Did you mean "day"?');

    writeFileSync(EVENT, fixed());
    await expect
      .poll(
        async () => {
          await page.goto(url);
          return page
            .locator('main h1')
            .textContent({ timeout: 2000 })
            .catch(() => '');
        },
        { timeout: 45_000, interval: 1000 },
      )
      .toContain('event by event');
    expect(await page.locator('vite-error-overlay').count()).toBe(0);
    await page.close();
  });

  it('serves the citation files and the calendar file of each event, which a build writes after the pages', async () => {
    // The files are absent while the content has errors: fix it (the test above may have done so already) and
    // wait for the server to answer.
    writeFileSync(EVENT, fixed());
    await expect
      .poll(async () => (await fetch(`${url}events/fixture-crash/citation.bib`)).status, {
        timeout: 45_000,
        interval: 1000,
      })
      .toBe(200);
    const bib = await fetch(`${url}events/fixture-crash/citation.bib`);
    expect(bib.headers.get('content-type')).toBe('application/x-bibtex; charset=utf-8');
    expect(await bib.text()).toMatch(/^@misc\{fixture-crash,\n[^]*url = \{\/events\/fixture-crash\/\},\n[^]*\}\n$/);
    const json = await fetch(`${url}events/fixture-crash/citation.json`);
    expect(json.headers.get('content-type')).toBe('application/vnd.citationstyles.csl+json; charset=utf-8');
    expect(JSON.parse(await json.text())).toMatchObject([{ id: 'fixture-crash', URL: '/events/fixture-crash/' }]);
    const calendar = await fetch(`${url}data/events/fixture-crash.ics`);
    expect(calendar.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(await calendar.text()).toMatch(/^BEGIN:VCALENDAR\r\n[^]*UID:fixture-crash@chronology\r\n/);
    expect((await fetch(`${url}events/no-such-event/citation.bib`)).status).toBe(404);
  });
});
