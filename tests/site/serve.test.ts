/** The static server the tests and the benchmark use answers like a careful static host. */
import { request } from 'node:http';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serveFolder } from '../../scripts/lib/serve.ts';
import { ASSET_HEADERS, SECURITY_HEADERS } from '../../src/lib/security.ts';
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

  it("sends the headers of the build's _headers file: the security policy everywhere, a year's life for hashed assets", async () => {
    for (const path of ['/', '/events/azal-8243-crash/', '/no-such-page/', '/og/site.png']) {
      const response = await fetch(`${site.url}${path}`);
      for (const [name, value] of Object.entries(SECURITY_HEADERS))
        expect(response.headers.get(name), path).toBe(value);
      expect(response.headers.get('cache-control'), path).toBeNull();
    }
    const assets = readdirSync(join(SITE_DIR, '_astro'));
    expect(assets.length).toBeGreaterThan(10);
    for (const asset of assets) {
      // Kept for a year unasked, so named after its content: a changed file is a new name.
      expect(asset).toMatch(/\.[\w-]{8}\.(?:css|js)$/);
      const response = await fetch(`${site.url}/_astro/${asset}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control'), asset).toBe(ASSET_HEADERS['Cache-Control']);
      expect(response.headers.get('content-security-policy')).toBe(SECURITY_HEADERS['Content-Security-Policy']);
    }
  });

  it('refuses to serve a folder without a _headers file, unless told to send no headers', async () => {
    const bare = mkdtempSync(join(tmpdir(), 'serve-'));
    writeFileSync(join(bare, 'index.html'), '<!doctype html><title>A page</title>');
    try {
      await expect(serveFolder(bare)).rejects.toThrow(`${bare} has no _headers file`);
      const plain = await serveFolder(bare, { headers: false });
      const response = await fetch(`${plain.url}/`);
      expect(await response.text()).toContain('A page');
      expect(response.headers.get('content-security-policy')).toBeNull();
      await plain.close();
    } finally {
      rmSync(bare, { recursive: true });
    }
  });

  it('compresses text with gzip only when asked to and the client accepts it, as a static host does', async () => {
    /** One GET with exactly these request headers (fetch would ask for and undo compression by itself). */
    const get = (url: string, headers: Record<string, string>) =>
      new Promise<{ encoding: string | undefined; body: Buffer }>((resolve, reject) => {
        request(url, { headers }, (response) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () =>
            resolve({ encoding: response.headers['content-encoding'], body: Buffer.concat(chunks) }),
          );
        })
          .on('error', reject)
          .end();
      });
    const home = readFileSync(join(SITE_DIR, 'index.html'));
    const plain = await get(`${site.url}/`, { 'accept-encoding': 'gzip' });
    expect(plain.encoding).toBeUndefined();
    expect(plain.body.equals(home)).toBe(true);

    const compressing = await serveFolder(SITE_DIR, { compress: true });
    try {
      const gzipped = await get(`${compressing.url}/`, { 'accept-encoding': 'gzip, deflate' });
      expect(gzipped.encoding).toBe('gzip');
      expect(gzipped.body.length).toBeLessThan(home.length / 3);
      expect(gunzipSync(gzipped.body).equals(home)).toBe(true);
      expect((await get(`${compressing.url}/`, {})).encoding).toBeUndefined();
      const image = await get(`${compressing.url}/og/site.png`, { 'accept-encoding': 'gzip' });
      expect(image.encoding).toBeUndefined();
    } finally {
      await compressing.close();
    }
  });
});
