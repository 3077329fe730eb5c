/**
 * The one Markdown configuration of the site. astro.config.mjs passes it to Astro, and the content check
 * renders every body through the same processor with the same options, the way Astro's content layer calls it
 * (src/integrations/content-validation.ts uses Astro's resolved copy), so the HTML the check judges is the HTML
 * the reader gets.
 */
import { satteri } from '@astrojs/markdown-satteri';

export const markdownConfig = {
  processor: satteri(),
  // Highlighters write inline style attributes, which the Content-Security-Policy forbids.
  syntaxHighlight: false,
} as const;

/** The subset of Astro's markdown settings that decides how a body renders. */
export interface MarkdownSettings {
  readonly processor: { createRenderer: (options: never) => Promise<{ render: (body: string, options: never) => Promise<{ code: string }> }> };
  readonly syntaxHighlight?: unknown;
  readonly shikiConfig?: unknown;
  readonly gfm?: unknown;
  readonly smartypants?: unknown;
}

/** Turns a Markdown body into the HTML Astro publishes for it. */
export type BodyRenderer = (body: string) => Promise<string>;

/** A renderer called exactly as Astro's content layer calls it. */
export async function createBodyRenderer(markdown: MarkdownSettings = markdownConfig, image: unknown = {}): Promise<BodyRenderer> {
  const create = markdown.processor.createRenderer as (options: object) => Promise<{ render: (body: string, options: object) => Promise<{ code: string }> }>;
  const renderer = await create({
    image,
    syntaxHighlight: markdown.syntaxHighlight,
    shikiConfig: markdown.shikiConfig,
    gfm: markdown.gfm,
    smartypants: markdown.smartypants,
  });
  return async (body) => (await renderer.render(body, { frontmatter: {} })).code;
}
