/** Generated documents stay in step with the schemas; run `npm run schema:write` when these fail. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { actorSchema } from '../../src/schemas/actor.ts';
import { eventSchema } from '../../src/schemas/event.ts';
import { pageSchema } from '../../src/schemas/page.ts';
import { threadSchema } from '../../src/schemas/thread.ts';
import { fieldRows, toJsonSchema } from '../../src/lib/content/json-schema.ts';
import { FIELD_TABLES, renderJsonSchemas, updateFieldTables } from '../../src/lib/content/reference.ts';

const read = (path: string) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

describe('the JSON Schemas in content/schema/', () => {
  it.each(Object.entries(renderJsonSchemas()))('%s matches the zod schema', (path, text) => {
    expect(read(path), `${path} is stale: run npm run schema:write`).toBe(text);
  });
});

describe('the field reference in CONTRIBUTING.md', () => {
  const contributing = read('CONTRIBUTING.md');

  it('matches the schemas', () => {
    expect(contributing, 'CONTRIBUTING.md is stale: run npm run schema:write').toBe(updateFieldTables(contributing));
  });

  it.each(Object.keys(FIELD_TABLES))('lists every %s field by its path', (name) => {
    const schema = FIELD_TABLES[name as keyof typeof FIELD_TABLES];
    for (const row of fieldRows(toJsonSchema(schema))) expect(contributing).toContain(`| \`${row.path}\` |`);
  });
});

describe('the schemas', () => {
  it.each([
    ['event', eventSchema],
    ['actor', actorSchema],
    ['thread', threadSchema],
    ['page', pageSchema],
  ] as const)('describe every %s field', (_, schema) => {
    const undocumented = fieldRows(toJsonSchema(schema)).filter((row) => row.description.trim().length < 10);
    expect(undocumented).toEqual([]);
  });
});

describe('the README', () => {
  const readme = read('README.md');
  const scripts = Object.keys((JSON.parse(read('package.json')) as { scripts: Record<string, string> }).scripts);

  it.each(scripts.filter((name) => !name.startsWith('_')))('documents `npm run %s` in its commands table', (name) => {
    const command = name === 'test' || name === 'start' ? `npm ${name}` : `npm run ${name}`;
    expect(readme).toMatch(new RegExp(`^\\| \`${command.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\``, 'm'));
  });

  it('documents no command that package.json lacks', () => {
    const documented = [...readme.matchAll(/^\| `npm (?:run )?([\w:-]+)`/gm)].map((match) => match[1]);
    for (const name of documented) expect(scripts).toContain(name);
  });
});
