/** /data/threads.json, built from the validated content (see src/lib/export/catalog.ts). */
import { exportEndpoint } from '../../data/exports.ts';

export const GET = exportEndpoint('data/threads.json');
