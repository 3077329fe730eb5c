/** Words readers see for the controlled values of the schemas. */
import type { ActorKind } from '../schemas/actor.ts';
import type { Stance } from '../schemas/claim.ts';
import type { EventType, Relation, Role, Status } from '../schemas/event.ts';
import type { SourceKind } from '../schemas/source.ts';

export const TYPE_LABELS: Record<EventType, string> = {
  incident: 'Incident',
  'security-operation': 'Security operation',
  'diplomatic-step': 'Diplomatic step',
  statement: 'Statement',
  investigation: 'Investigation',
  legal: 'Legal',
  media: 'Media',
  economic: 'Economic',
  cultural: 'Cultural',
  institutional: 'Institutional',
};

export const STATUS_LABELS: Record<Status, string> = {
  confirmed: 'Confirmed',
  disputed: 'Disputed',
  unverified: 'Unverified',
};

/** What each status means, for a tooltip-free explanation next to the badge. */
export const STATUS_EXPLANATIONS: Record<Status, string> = {
  confirmed: 'The facts of this event are not contested by the parties.',
  disputed: 'The parties disagree about this event; each side’s claim is shown with its source.',
  unverified: 'This event rests on reports that could not be confirmed.',
};

export const ROLE_LABELS: Record<Role, string> = {
  initiator: 'Initiator',
  target: 'Target',
  affected: 'Affected',
  mediator: 'Mediator',
  investigator: 'Investigator',
  participant: 'Participant',
  commentator: 'Commentator',
};

export const STANCE_LABELS: Record<Stance, string> = {
  asserts: 'Asserts',
  denies: 'Denies',
  disputes: 'Disputes',
};

export const RELATION_LABELS: Record<Relation, { outgoing: string; incoming: string }> = {
  'responds-to': { outgoing: 'Responds to', incoming: 'Responded to by' },
  'follows-from': { outgoing: 'Follows from', incoming: 'Led to' },
  context: { outgoing: 'Context', incoming: 'Cited as context by' },
};

export const KIND_LABELS: Record<ActorKind, { one: string; many: string }> = {
  state: { one: 'State', many: 'States and governments' },
  'government-body': { one: 'Government body', many: 'Government bodies' },
  person: { one: 'Person', many: 'People' },
  media: { one: 'Media', many: 'Media' },
  organization: { one: 'Organisation', many: 'Organisations' },
  company: { one: 'Company', many: 'Companies' },
};

export const SOURCE_KIND_LABELS: Record<SourceKind, string> = {
  original: 'Original report',
  copy: 'Relayed report',
  'official-statement': 'Official statement',
  analysis: 'Analysis or opinion',
};

/** The language of every page: the `lang` of its html element. Text in another language is marked with its own. */
export const PAGE_LANGUAGE = 'en';

/**
 * The `lang` to mark a source's title with: the source's language when the title is its published headline in
 * a language other than the page's, so that a screen reader reads it with the right voice; none when the title is
 * our own English description (titleSupplied) or already in the page's language.
 */
export function sourceTitleLanguage(source: { readonly language: string; readonly titleSupplied?: boolean }) {
  return source.titleSupplied || source.language === PAGE_LANGUAGE ? undefined : source.language;
}

// Made once, on first use: a DisplayNames object costs far more to build than a lookup, and every source of
// every page asks (on first use, so that a browser bundle that imports this module does not build them unasked).
let languageNames: Intl.DisplayNames | undefined;
let regionNames: Intl.DisplayNames | undefined;

/** The English name of a language tag, e.g. "ru" → "Russian". */
export function languageName(tag: string): string {
  languageNames ??= new Intl.DisplayNames(['en'], { type: 'language' });
  return languageNames.of(tag) ?? tag;
}

/** The English name of a country code, e.g. "KZ" → "Kazakhstan". */
export function countryName(code: string): string {
  regionNames ??= new Intl.DisplayNames(['en'], { type: 'region' });
  return regionNames.of(code) ?? code;
}

/** A place with its country, naming the country once: "Baku, Azerbaijan"; "Azerbaijan" for the country itself. */
export function placeInWords(place: string, country: string): string {
  const name = countryName(country);
  return place.trim().toLowerCase() === name.toLowerCase() ? place : `${place}, ${name}`;
}

/** An actor's country for its page header, left out when the side already names it ("Russia" on Russia's side). */
export function actorCountryWords(country: string | undefined, sideLabel: string): string | undefined {
  if (!country) return undefined;
  const name = countryName(country);
  return name === sideLabel ? undefined : name;
}
