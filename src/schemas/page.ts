/** A page: a Markdown file at the top of the content folder, such as about.md, its file name being its id. */
import { z } from 'zod';
import { plainText } from './fields.ts';

export const pageSchema = z
  .strictObject({
    title: plainText(3, 100).describe('The page\'s heading and browser title, e.g. "About this chronology".'),
    description: plainText(20, 300).describe('One or two sentences for search engines and link previews.'),
  })
  .describe('A page of the site written in Markdown, such as the About page. The body starts at level-2 headings.');

export type Page = z.output<typeof pageSchema>;
