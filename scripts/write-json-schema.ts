/** `npm run schema:write`: regenerates content/schema/*.schema.json and the field tables in CONTRIBUTING.md. */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { renderJsonSchemas, updateFieldTables } from '../src/lib/content/reference.ts';

for (const [path, text] of Object.entries(renderJsonSchemas())) {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, text);
  console.log(`wrote ${path}`);
}
const contributing = await readFile('CONTRIBUTING.md', 'utf8');
await writeFile('CONTRIBUTING.md', updateFieldTables(contributing));
console.log('updated the field tables in CONTRIBUTING.md');
