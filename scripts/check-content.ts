/** `npm run check:content`: validates content/ without building the site. Exit status 1 on any error. */
import { checkContent } from '../src/lib/content/check.ts';

const { result, report } = await checkContent(process.cwd());
console.log(report);
process.exitCode = result.ok ? 0 : 1;
