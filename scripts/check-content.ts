/** `npm run check:content`: validates content/ without building the site. Exit status 1 on any error. */
import { enableCompileCache } from 'node:module';

// Node keeps the compiled modules (and the stripped TypeScript) on disk between runs: the check is run often,
// and loading its modules costs more than checking the content.
enableCompileCache();
const { checkContent } = await import('../src/lib/content/check.ts');

const { result, report } = await checkContent(process.cwd());
console.log(report);
process.exitCode = result.ok ? 0 : 1;
