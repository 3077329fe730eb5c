/**
 * The split between the home page and the period pages for this build (src/lib/periods.ts; the budgets may be
 * lowered by CHRONOLOGY_HOME_ENTRIES and CHRONOLOGY_PERIOD_ENTRIES, read here and nowhere else), and the compact
 * per-event data.
 */
import { buildBudget, homeList, periods, type HomeList, type Period } from '../lib/periods.ts';
import { timelineEntriesDocument, type TimelineEntriesDocument } from '../lib/timeline-entries.ts';
import { loadChronology } from './chronology.ts';
import { loadRegionMap } from './map.ts';

export interface PeriodData {
  readonly home: HomeList;
  readonly periods: readonly Period[];
}

export async function loadPeriods(): Promise<PeriodData> {
  const { ordered } = await loadChronology();
  const budget = buildBudget(process.env);
  return { home: homeList(ordered, budget), periods: periods(ordered, budget) };
}

/** The editors' short titles by event id. */
export async function loadShortTitles(): Promise<Map<string, string>> {
  const { ordered, events } = await loadChronology();
  return new Map(
    ordered.flatMap((view) => {
      const shortTitle = events.get(view.id)?.shortTitle;
      return shortTitle ? [[view.id, shortTitle] as const] : [];
    }),
  );
}

export async function loadTimelineEntries(): Promise<TimelineEntriesDocument> {
  const { ordered } = await loadChronology();
  return timelineEntriesDocument(ordered, await loadShortTitles(), (await loadRegionMap()).places);
}
