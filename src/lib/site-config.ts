/**
 * Settings an operator gives at build time, read from the environment once. Only the About page and the
 * build's warnings use them.
 */

/** Where readers report an error: an https page (an issue tracker) or a mailto: address. */
export const CORRECTIONS_VARIABLE = 'CORRECTIONS_URL';

/** The configured corrections address, or undefined when it is unset or not an https: or mailto: URL. */
export function correctionsUrl(env: Record<string, string | undefined> = process.env): string | undefined {
  const value = env[CORRECTIONS_VARIABLE]?.trim();
  if (!value) return undefined;
  if (/^mailto:[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/i.test(value)) return value;
  if (value.startsWith('https://') && URL.canParse(value)) return value;
  return undefined;
}
