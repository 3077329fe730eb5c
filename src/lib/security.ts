/**
 * The site's Content-Security-Policy and the other response headers a host should send. BaseLayout puts the
 * policy in a meta tag on every page (so it holds on any host); the build writes `_headers` (read by Netlify,
 * Cloudflare Pages and similar hosts) with the same policy plus what a meta tag cannot carry, and how long the
 * build's hashed files may be kept.
 */

/** Directives that hold in a <meta http-equiv> tag. No inline script or style anywhere on the site. */
export const CSP_DIRECTIVES: ReadonlyArray<readonly [string, string]> = [
  ['default-src', "'self'"],
  // The search library (Pagefind) compiles its WebAssembly index reader: 'wasm-unsafe-eval' allows that and
  // nothing else (no eval of JavaScript).
  ['script-src', "'self' 'wasm-unsafe-eval'"],
  ['style-src', "'self'"],
  ['img-src', "'self' data:"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'self'"],
];

/** Directives a browser ignores in a meta tag, so they are sent only as a header. */
const HEADER_ONLY_DIRECTIVES: ReadonlyArray<readonly [string, string]> = [['frame-ancestors', "'none'"]];

const serialize = (directives: ReadonlyArray<readonly [string, string]>) =>
  directives.map(([name, value]) => `${name} ${value}`).join('; ');

/** The policy for the meta tag. */
export const CSP_META = serialize(CSP_DIRECTIVES);

/** The policy for the Content-Security-Policy header. */
export const CSP_HEADER = serialize([...CSP_DIRECTIVES, ...HEADER_ONLY_DIRECTIVES]);

/** Every header the site should be served with. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CSP_HEADER,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
};

/**
 * How long a browser may keep a file of the build's assets folder (Astro's `build.assets`, `_astro`) without
 * asking for it again: a year, as unchanging. Every file there is named after a hash of its content, so a
 * changed stylesheet, script or font is a new file with a new name, and the pages that use it name the new one.
 */
export const ASSET_HEADERS: Readonly<Record<string, string>> = {
  'Cache-Control': 'public, max-age=31536000, immutable',
};

/** One rule of a `_headers` file: a path (where `*` stands for any characters) and the headers it adds. */
const rule = (path: string, headers: Readonly<Record<string, string>>) => [
  path,
  ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`),
];

/**
 * The `_headers` file for a site served under `base` ("/" or "/sub/path/") whose hashed files are in the
 * folder `assets`: the security headers on every path, and ASSET_HEADERS on the assets.
 */
export function headersFile(base: string, assets: string): string {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return [...rule(`${prefix}*`, SECURITY_HEADERS), ...rule(`${prefix}${assets}/*`, ASSET_HEADERS), ''].join('\n');
}
