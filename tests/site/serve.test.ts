/** The static server the tests and the benchmark use answers like a careful static host. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECURITY_HEADERS } from '../../src/lib/security.ts';
import { serve, SITE_DIR, type StaticSite } from '../helpers/site.ts';

let site: StaticSite;
beforeAll(async () => {
  site = await serve(SITE_DIR);
});
afterAll(async () => {
  await site?.close();
});

describe('the static test server', () => {
  it('answers 400 to a malformed percent-escape and keeps serving', async () => {
    expect((await fetch(`${site.url}/%E0%A4%A`)).status).toBe(400);
    expect((await fetch(`${site.url}/%`)).status).toBe(400);
    expect((await fetch(`${site.url}/`)).status).toBe(200);
  });

  it('serves index.html for folders, 404.html for what does not exist, and nothing outside the folder', async () => {
    expect((await fetch(`${site.url}/events/azal-8243-crash/`)).status).toBe(200);
    const missing = await fetch(`${site.url}/no-such-page/`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('Page not found');
    expect((await fetch(`${site.url}/..%2F..%2Fpackage.json`)).status).toBe(404);
  });

  it("sends the site's security headers with every response", async () => {
    const response = await fetch(`${site.url}/`);
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(response.headers.get(name)).toBe(value);
  });
});
