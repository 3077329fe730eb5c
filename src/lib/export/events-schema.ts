/**
 * /data/events.schema.json: a JSON Schema (draft 2020-12) of /data/events.json, written by hand so that it
 * states exactly what a consumer may rely on. The lists of values come from the content schemas, so the two
 * cannot drift apart.
 */
import { SIDES } from '../../schemas/actor.ts';
import { STANCES } from '../../schemas/claim.ts';
import { EVENT_TYPES, RELATIONS, ROLES, STATUSES } from '../../schemas/event.ts';
import { PRECISIONS } from '../../schemas/partial-date.ts';
import { SOURCE_KINDS } from '../../schemas/source.ts';
import { EXPORT_VERSION } from './common.ts';

const text = { type: 'string', minLength: 1 } as const;
const nullable = (schema: object) => ({ anyOf: [schema, { type: 'null' }] });
const partialDate = { type: 'string', pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$' } as const;
const day = { type: 'string', format: 'date' } as const;
const id = { type: 'string', pattern: '^[a-z0-9]+(-[a-z0-9]+)*$' } as const;
const https = { type: 'string', format: 'uri', pattern: '^https://' } as const;
const enumOf = (values: readonly string[]) => ({ type: 'string', enum: [...values] });

/** An object whose every listed property is required and no other is allowed. */
function record(properties: Record<string, object>, description?: string) {
  return {
    type: 'object',
    ...(description ? { description } : {}),
    properties,
    required: Object.keys(properties),
    additionalProperties: false,
  };
}

const event = record(
  {
    id: { ...id, description: "The event's id: its file name, stable over time." },
    url: {
      type: 'string',
      minLength: 1,
      description: "The event's permanent page (absolute when the site has a public address).",
    },
    title: text,
    shortTitle: {
      ...nullable({ type: 'string', minLength: 3, maxLength: 60 }),
      description:
        'A shorter label the timeline shows instead of the title, in words of the title; null when unset (the timeline then shortens the title).',
    },
    summary: text,
    date: { ...partialDate, description: 'When it happened or began: YYYY-MM-DD, YYYY-MM or YYYY.' },
    precision: enumOf(PRECISIONS),
    end: nullable(partialDate),
    endPrecision: nullable(enumOf(PRECISIONS)),
    firstDay: { ...day, description: 'The first calendar day the date can mean.' },
    lastDay: { ...day, description: 'The last calendar day the date (or the end of the span) can mean.' },
    when: text,
    type: enumOf(EVENT_TYPES),
    status: enumOf(STATUSES),
    background: { type: 'boolean' },
    importance: { type: 'integer', minimum: 1, maximum: 3 },
    tags: { type: 'array', items: id },
    actors: {
      type: 'array',
      minItems: 1,
      items: record({ id, name: text, side: enumOf(SIDES), role: enumOf(ROLES) }),
    },
    location: nullable(
      record({
        place: text,
        country: { type: 'string', pattern: '^[A-Z]{2}$' },
        coordinates: nullable(
          record({
            lat: { type: 'number', minimum: -90, maximum: 90 },
            lon: { type: 'number', minimum: -180, maximum: 180 },
          }),
        ),
      }),
    ),
    claims: {
      type: 'array',
      items: record({
        by: id,
        byName: text,
        side: enumOf(SIDES),
        stance: enumOf(STANCES),
        text,
        attribution: nullable(text),
        sources: { type: 'array', minItems: 1, items: id },
      }),
    },
    sources: {
      type: 'array',
      minItems: 1,
      items: record({
        id,
        url: https,
        title: text,
        titleSupplied: { type: 'boolean' },
        publisher: text,
        originalPublisher: nullable(text),
        published: { anyOf: [partialDate, { const: 'unknown' }] },
        language: { type: 'string', pattern: '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$' },
        kind: enumOf(SOURCE_KINDS),
        archive: nullable(https),
      }),
    },
    related: { type: 'array', items: record({ event: id, relation: enumOf(RELATIONS) }) },
    sourcingNote: nullable(text),
    balanceNote: nullable(text),
    corrections: { type: 'array', items: record({ date: day, change: text, reason: text }) },
    updated: nullable(day),
    reviewed: nullable(day),
    context: nullable({ type: 'string' }),
  },
  'One event of the chronology.',
);

export const eventsJsonSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'Azerbaijan–Russia crisis chronology: events',
  description: `The events of the chronology, format version ${EXPORT_VERSION}. Unset optional fields are null, never missing.`,
  ...record({
    version: { type: 'string', const: EXPORT_VERSION },
    title: text,
    updated: { ...day, description: 'The latest updated, reviewed or correction date in the content.' },
    url: { type: 'string', minLength: 1 },
    license: record({ name: text, url: https, scope: text }),
    eventCount: { type: 'integer', minimum: 0 },
    selection: {
      ...nullable(
        record({
          view: {
            type: 'string',
            minLength: 1,
            description: 'The address of the filtered view the file was made from.',
          },
          total: { type: 'integer', minimum: 0, description: 'How many events the whole chronology has.' },
        }),
      ),
      description:
        'Null in the published file. A file downloaded from a filtered view of the chronology holds only the events that view shows, and says which view.',
    },
    events: { type: 'array', items: { $ref: '#/$defs/event' } },
  }),
  $defs: { event },
} as const;
