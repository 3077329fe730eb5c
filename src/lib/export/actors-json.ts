/** /data/actors.json: every actor with its id, name, kind, side, country, description, aliases and event count. */
import { actorPath } from '../paths.ts';
import { EXPORT_VERSION, LICENSE, latestUpdate, siteLink, type ExportData, type ExportOptions } from './common.ts';

export function actorsDocument(data: ExportData, options: ExportOptions) {
  const actors = [...data.actors]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([id, actor]) => ({
      id,
      url: siteLink(options, actorPath(id)),
      name: actor.name,
      kind: actor.kind,
      side: actor.side,
      country: actor.country ?? null,
      description: actor.description,
      aliases: [...actor.aliases],
      eventCount: data.counts.get(id) ?? 0,
    }));
  return {
    version: EXPORT_VERSION,
    updated: latestUpdate(data),
    license: { ...LICENSE },
    actorCount: actors.length,
    actors,
  };
}
