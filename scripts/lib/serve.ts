/**
 * A static server for a built folder on 127.0.0.1, as a static host would serve it: index.html for folders,
 * 404.html otherwise, 400 for a path that is not valid percent-encoding, and the site's security headers
 * (src/lib/security.ts) on every response, so that tests see the policy a real host sends.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, relative } from 'node:path';
import { createGzip } from 'node:zlib';
import { SECURITY_HEADERS } from '../../src/lib/security.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
};

export interface StaticSite {
  readonly url: string;
  close(): Promise<void>;
}

export interface ServeOptions {
  /** Send the site's security headers (default true). */
  readonly securityHeaders?: boolean;
  /** Extra files served at fixed paths beside the site (tests serve axe-core this way, same-origin). */
  readonly mounts?: Readonly<Record<string, string>>;
  /** The sub-path the site was built for ("/chronology/"): it is served there, and nothing is served outside it. */
  readonly base?: string;
  /**
   * Send text (HTML, CSS, JavaScript, JSON, SVG, XML…) gzip-compressed to a client that accepts it, as static
   * hosts do (default false: every file as it is on disk).
   */
  readonly compress?: boolean;
}

/** Types a static host compresses: text of any kind. PNG and WebAssembly are sent as they are. */
const COMPRESSIBLE = /^(?:text\/|application\/(?:json|xml)|image\/svg\+xml)/;

export async function serveFolder(dir: string, options: ServeOptions = {}): Promise<StaticSite> {
  const headers = options.securityHeaders === false ? {} : SECURITY_HEADERS;
  const server = createServer((request, response) => {
    let path: string;
    try {
      path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    } catch {
      response
        .writeHead(400, { 'content-type': 'text/plain; charset=utf-8' })
        .end('Bad request: the path is not valid percent-encoding.\n');
      return;
    }
    const mounted = options.mounts?.[path];
    const base = options.base ?? '/';
    const inside = path.startsWith(base) || `${path}/` === base;
    let file = mounted ?? normalize(join(dir, path.slice(base.length - 1)));
    const outside = !mounted && (!inside || relative(dir, file).startsWith('..') || path.includes('\0'));
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const found = !outside && existsSync(file);
    const target = found ? file : join(dir, '404.html');
    const type = TYPES[extname(target)] ?? 'application/octet-stream';
    const gzip =
      options.compress === true && COMPRESSIBLE.test(type) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
    response.writeHead(found ? 200 : 404, {
      ...headers,
      'content-type': type,
      ...(gzip ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
    });
    if (gzip) createReadStream(target).pipe(createGzip()).pipe(response);
    else createReadStream(target).pipe(response);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    // Idle keep-alive connections (fetch keeps them) would otherwise hold close() open for five seconds.
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
