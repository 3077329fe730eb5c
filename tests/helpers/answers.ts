/**
 * A complete, valid set of `npm run new:event` answers for the scaffold's tests, as a scripted run's flags
 * give them.
 */
import type { Answers } from '../../src/lib/content/scaffold.ts';

export const SUMMONS_ANSWERS: Answers = {
  date: '2025-07-01',
  title: 'Azerbaijan summons the Russian ambassador over the raids',
  type: 'diplomatic-step',
  actor: ['ilham-aliyev:initiator', 'vladimir-putin:target'],
  summary: 'The foreign ministry in Baku summoned the Russian ambassador after a police raid left two men dead.',
  'source-url': 'https://example.org/2025/07/summons',
  'source-publisher': 'Example News',
  'source-published': '2025-07-01',
  'source-language': 'en',
  'source-kind': 'original',
  'source-title': 'Russian ambassador summoned to the foreign ministry',
};
