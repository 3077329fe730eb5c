/**
 * An event's related events as the event page lists them: what it responds to, follows from or draws on, then
 * what responded to it, followed from it or cited it, each group in the chronology's order so that a chain of
 * responses reads from the first step to the last.
 */
import { RELATIONS, type Relation } from '../schemas/event.ts';
import { compareEvents, type EventView } from './chronology.ts';
import { RELATION_LABELS } from './labels.ts';

export interface RelatedLink {
  readonly event: EventView;
  readonly relation: Relation;
}

export interface RelatedGroup {
  /** "Responds to", "Responded to by", … */
  readonly label: string;
  readonly direction: 'outgoing' | 'incoming';
  readonly relation: Relation;
  readonly links: readonly RelatedLink[];
}

/** The non-empty groups: the event's own links by relation, then the links to it, each group oldest first. */
export function relatedGroups(outgoing: readonly RelatedLink[], incoming: readonly RelatedLink[]): RelatedGroup[] {
  const groups: RelatedGroup[] = [];
  for (const [direction, links] of [
    ['outgoing', outgoing],
    ['incoming', incoming],
  ] as const) {
    for (const relation of RELATIONS) {
      const chosen = links.filter((link) => link.relation === relation);
      if (chosen.length === 0) continue;
      groups.push({
        label: RELATION_LABELS[relation][direction],
        direction,
        relation,
        links: [...chosen].sort((a, b) => compareEvents(a.event, b.event)),
      });
    }
  }
  return groups;
}
