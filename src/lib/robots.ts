/**
 * robots.txt: every page may be read and indexed; with a public address (SITE_URL) it also names the sitemap,
 * so that search engines find every event page. Hosts read it at the domain root: under a sub-path it is still
 * written (harmless), and the host's own robots.txt governs.
 */
export function robotsTxt(site: URL | undefined, base: string): string {
  const lines = ['User-agent: *', 'Allow: /'];
  if (site) lines.push(`Sitemap: ${new URL(`${base.replace(/\/?$/, '/')}sitemap-index.xml`, site).href}`);
  return `${lines.join('\n')}\n`;
}
