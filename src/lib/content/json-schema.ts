/** JSON Schema views of the zod schemas: for editors' completion, the field reference and "did you mean". */
import { z } from 'zod';

export type JsonSchema = {
  type?: string | string[];
  description?: string;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  anyOf?: JsonSchema[];
  default?: unknown;
  [key: string]: unknown;
};

/** The input-side JSON Schema (what an editor writes, so fields with defaults are optional). */
export function toJsonSchema(schema: z.ZodType): JsonSchema {
  return z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' }) as JsonSchema;
}

/** The field names allowed at a path of the data (numbers step into list items). */
export function keysAt(schema: JsonSchema, path: readonly PropertyKey[]): string[] {
  let node: JsonSchema | undefined = schema;
  for (const part of path) {
    if (!node) return [];
    node = typeof part === 'number' ? node.items : node.properties?.[String(part)];
  }
  return Object.keys(node?.properties ?? {});
}

export interface FieldRow {
  /** Dotted path; "[]" marks a list item, e.g. "sources[].url". */
  readonly path: string;
  readonly type: string;
  readonly required: boolean;
  readonly description: string;
}

function describeType(node: JsonSchema): string {
  if (node.enum) return node.enum.map((value) => String(value)).join(' \\| ');
  if (node.type === 'array') return `list of ${node.items ? describeType(node.items) : 'values'}`;
  if (node.type === 'object') return 'fields';
  if (Array.isArray(node.type)) return node.type.join(' \\| ');
  return node.type ?? 'value';
}

/** Every field of a schema, depth first, with its type, whether it is required and its description. */
export function fieldRows(schema: JsonSchema, prefix = ''): FieldRow[] {
  const rows: FieldRow[] = [];
  const required = new Set(schema.required ?? []);
  for (const [name, node] of Object.entries(schema.properties ?? {})) {
    const path = `${prefix}${name}`;
    rows.push({ path, type: describeType(node), required: required.has(name), description: node.description ?? '' });
    if (node.type === 'object') rows.push(...fieldRows(node, `${path}.`));
    if (node.type === 'array' && node.items?.type === 'object') rows.push(...fieldRows(node.items, `${path}[].`));
  }
  return rows;
}
