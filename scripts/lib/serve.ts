/**
 * A static server for a built folder on 127.0.0.1, as a static host would serve it: index.html for folders,
 * 404.html otherwise, 400 for a path that is not valid percent-encoding, and the headers the build's `_headers`
 * file gives each path, read as Netlify and Cloudflare Pages read it, so that tests see what a real host sends
 * (the security policy of src/lib/security.ts on every page, the cache life of the hashed assets).
 */
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, relative } from 'node:path';
import { createGzip } from 'node:zlib';

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
  /**
   * Send the headers of the folder's `_headers` file (default true; a folder without one is then an error).
   * False for pages that are not the site's, served as they are.
   */
  readonly headers?: boolean;
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

/** One rule of a `_headers` file: the paths it covers and the headers it adds to them. */
export interface HeaderRule {
  readonly path: RegExp;
  readonly headers: Readonly<Record<string, string>>;
}

/**
 * The rules of a `_headers` file: a line that starts with "/" names the paths of a rule (`*` stands for any
 * characters), and the indented "Name: value" lines under it are its headers. Blank lines and lines starting
 * with "#" are skipped; anything else is an error naming the line.
 */
export function parseHeaders(text: string): HeaderRule[] {
  const rules: { path: RegExp; headers: Record<string, string> }[] = [];
  text.split(/\r?\n/).forEach((line, index) => {
    if (line.trim() === '' || line.trimStart().startsWith('#')) return;
    const header = /^\s+([^:\s]+):\s*(.*?)\s*$/.exec(line);
    const current = rules.at(-1);
    if (line.startsWith('/')) {
      const pattern = line
        .trim()
        .split('*')
        .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'));
      rules.push({ path: new RegExp(`^${pattern.join('.*')}$`), headers: {} });
    } else if (header && current) {
      current.headers[header[1]!] = header[2]!;
    } else {
      throw new Error(`_headers line ${index + 1} is neither a path nor an indented "Name: value" header: ${line}`);
    }
  });
  return rules;
}

/**
 * The headers for one path: those of every rule that covers it; a header two rules give gets both values,
 * joined by a comma, as Cloudflare Pages and Netlify join them.
 */
export function headersFor(rules: readonly HeaderRule[], path: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of rules.filter((one) => one.path.test(path))) {
    for (const [name, value] of Object.entries(rule.headers)) {
      headers[name] = headers[name] === undefined ? value : `${headers[name]}, ${value}`;
    }
  }
  return headers;
}

export async function serveFolder(dir: string, options: ServeOptions = {}): Promise<StaticSite> {
  const headersPath = join(dir, '_headers');
  if (options.headers !== false && !existsSync(headersPath)) {
    throw new Error(`${dir} has no _headers file: serve a built site, or pass headers: false.`);
  }
  const rules = options.headers === false ? [] : parseHeaders(readFileSync(headersPath, 'utf8'));
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
      ...headersFor(rules, path),
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
