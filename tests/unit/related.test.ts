/** The event page's related events: grouped by direction and relation, each group in the chronology's order. */
import { describe, expect, it } from 'vitest';
import { buildChronology } from '../../src/lib/chronology.ts';
import { validateContent } from '../../src/lib/content/validate.ts';
import { relatedGroups } from '../../src/lib/related.ts';
import { FIXTURE_TODAY, GOOD, readFixture } from '../helpers/fixtures.ts';

const { events, actors } = validateContent(readFixture(GOOD), { today: FIXTURE_TODAY });
const ordered = buildChronology(events, actors);
const view = (id: string) => ordered.find((event) => event.id === id)!;

describe('relatedGroups', () => {
  it('lists the links in the chronological order of the linked events, whatever order they come in', () => {
    const [group, ...rest] = relatedGroups(
      [],
      [
        { event: view('fixture-month'), relation: 'responds-to' },
        { event: view('fixture-crash'), relation: 'responds-to' },
        { event: view('fixture-apology'), relation: 'responds-to' },
      ],
    );
    expect(rest).toEqual([]);
    expect(group?.label).toBe('Responded to by');
    expect(group?.links.map((link) => link.event.id)).toEqual(['fixture-crash', 'fixture-apology', 'fixture-month']);
  });

  it("puts the event's own links first, by relation, then the links to it, and drops empty groups", () => {
    const groups = relatedGroups(
      [
        { event: view('fixture-month'), relation: 'context' },
        { event: view('fixture-crash'), relation: 'responds-to' },
      ],
      [
        { event: view('fixture-month'), relation: 'follows-from' },
        { event: view('fixture-apology'), relation: 'context' },
      ],
    );
    expect(groups.map((group) => [group.direction, group.relation, group.label])).toEqual([
      ['outgoing', 'responds-to', 'Responds to'],
      ['outgoing', 'context', 'Context'],
      ['incoming', 'follows-from', 'Led to'],
      ['incoming', 'context', 'Cited as context by'],
    ]);
    expect(relatedGroups([], [])).toEqual([]);
  });
});
