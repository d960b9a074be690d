import type { JsonSchema } from './json-schema.js';
import { messages, type Message } from './messages.js';
import { planSchema } from './schema-data.js';
import type { PlanDocument } from './types.js';

/** One problem found in a plan document. */
export interface Problem {
  /** JSON Pointer (RFC 6901) to the place, e.g. `/goals/1/children/3/title`; `""` is the whole document. */
  pointer: string;
  /** A stable code for programs, e.g. `required`, `duplicate-id`. */
  code: ProblemCode;
  /** What is wrong, in Japanese and English. */
  message: Message;
}

export type ProblemCode =
  | 'type'
  | 'required'
  | 'const'
  | 'enum'
  | 'pattern'
  | 'min-length'
  | 'min-items'
  | 'max-items'
  | 'min-properties'
  | 'minimum'
  | 'maximum'
  | 'format'
  | 'language-tag'
  | 'too-deep'
  | 'newer-version'
  | 'duplicate-id'
  | 'unknown-node'
  | 'unknown-actor'
  | 'period-order'
  | 'scale-order'
  | 'unknown-key'
  | 'load-network'
  | 'load-http'
  | 'not-json';

/** The outcome of {@link validatePlan}: the typed plan, or every problem found. */
export type ValidationResult =
  | { valid: true; plan: PlanDocument; errors: []; warnings: Problem[] }
  | { valid: false; plan?: undefined; errors: Problem[]; warnings: Problem[] };

/** JSON nesting deeper than this is reported rather than walked (a plan six levels deep nests about 16). */
export const MAX_DEPTH = 128;

const has = (object: object, key: string): boolean => Object.prototype.hasOwnProperty.call(object, key);

/** Escapes one JSON Pointer reference token (RFC 6901). */
export function pointerToken(key: string | number): string {
  return String(key).replaceAll('~', '~0').replaceAll('/', '~1');
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return 'non-finite number';
    return Number.isInteger(value) ? 'integer' : 'number';
  }
  return typeof value;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const URI = /^[A-Za-z][A-Za-z0-9+.-]*:[^\s]*$/;

/**
 * Where the walk is, as the keys from the root: the JSON Pointer is written only for a problem
 * (a plan of 10,000 nodes has hundreds of thousands of places and, usually, no problem).
 */
class Path {
  readonly keys: (string | number)[] = [];

  pointer(extra?: string | number): string {
    let out = '';
    for (const key of this.keys) out += `/${typeof key === 'number' ? key : pointerToken(key)}`;
    return extra === undefined ? out : `${out}/${typeof extra === 'number' ? extra : pointerToken(extra)}`;
  }
}

class Walker {
  readonly errors: Problem[] = [];
  readonly warnings: Problem[] = [];

  constructor(
    private readonly root: JsonSchema,
    private readonly path: Path,
    private readonly patterns: Map<string, RegExp>,
    private readonly definitions: Map<string, JsonSchema>,
  ) {}

  private error(code: ProblemCode, message: Message, key?: string | number): void {
    this.errors.push({ pointer: this.path.pointer(key), code, message });
  }

  /** A definition by name: the generated schema's `$ref`s are the bare names (`Plan`, not `#/$defs/Plan`). */
  private definition(ref: string): JsonSchema {
    let found = this.definitions.get(ref);
    if (!found) {
      found = this.root.$defs?.[ref];
      if (!found) throw new Error(`plan-viz: schema reference ${ref} is missing`);
      this.definitions.set(ref, found);
    }
    return found;
  }

  private regex(pattern: string): RegExp {
    let re = this.patterns.get(pattern);
    if (!re) {
      re = new RegExp(pattern, 'u');
      this.patterns.set(pattern, re);
    }
    return re;
  }

  /** Walks `value` at the current path. */
  walk(value: unknown, schema: JsonSchema, depth: number): void {
    if (depth > MAX_DEPTH) {
      this.error('too-deep', messages.tooDeep(MAX_DEPTH));
      return;
    }
    if (schema.$ref !== undefined) {
      if (schema.$ref === 'Text') {
        this.text(value, depth);
        return;
      }
      this.walk(value, this.definition(schema.$ref), depth);
      return;
    }
    if (schema.anyOf) {
      this.anyOf(value, schema.anyOf, depth);
      return;
    }
    if (schema.type !== undefined && !typeMatches(schema.type, value)) {
      this.error('type', messages.wrongType(schema.type, kindOf(value)));
      return;
    }
    // A schema is plain data: `in` finds exactly its own keys, `const: null` among them.
    if ('const' in schema) {
      if (value !== schema.const) {
        this.error('const', messages.constant(schema.const, value));
        return;
      }
    }
    if (schema.enum && !schema.enum.includes(value)) {
      this.error('enum', messages.enumeration(schema.enum, value));
      return;
    }
    if (typeof value === 'string') this.string(value, schema);
    else if (typeof value === 'number') this.number(value, schema);
    else if (Array.isArray(value)) this.array(value, schema, depth);
    else if (isObject(value)) this.object(value, schema, depth);
  }

  /** Walks `value` one key further down. */
  private walkAt(key: string | number, value: unknown, schema: JsonSchema, depth: number): void {
    const keys = this.path.keys;
    keys.push(key);
    this.walk(value, schema, depth);
    keys.pop();
  }

  /** Text: a string, or an object of language tags to strings. One clear message instead of two branches. */
  private text(value: unknown, depth: number): void {
    if (typeof value === 'string') return;
    if (!isObject(value)) {
      this.error('type', messages.wrongType('Text', kindOf(value)));
      return;
    }
    this.walk(value, this.definition('LocalizedText'), depth);
  }

  private anyOf(value: unknown, branches: JsonSchema[], depth: number): void {
    let best: Problem[] | undefined;
    for (const branch of branches) {
      const trial = new Walker(this.root, this.path, this.patterns, this.definitions);
      trial.walk(value, branch, depth);
      if (trial.errors.length === 0) {
        this.warnings.push(...trial.warnings);
        return;
      }
      if (!best || trial.errors.length < best.length) best = trial.errors;
    }
    this.errors.push(...(best ?? []));
  }

  private string(value: string, schema: JsonSchema): void {
    if (schema.minLength !== undefined && value.length < schema.minLength * 2 && [...value].length < schema.minLength) {
      this.error('min-length', messages.minLength(schema.minLength));
    }
    if (schema.pattern !== undefined && !this.regex(schema.pattern).test(value)) {
      this.error('pattern', messages.pattern(schema.pattern, value));
    }
    if (schema.format === 'date' && !DATE.test(value)) this.error('format', messages.format('date', value));
    if (schema.format === 'uri' && !URI.test(value)) this.error('format', messages.format('uri', value));
  }

  private number(value: number, schema: JsonSchema): void {
    if (schema.minimum !== undefined && value < schema.minimum) {
      this.error('minimum', messages.minimum(schema.minimum, value));
    }
    if (schema.maximum !== undefined && value > schema.maximum) {
      this.error('maximum', messages.maximum(schema.maximum, value));
    }
  }

  private array(value: unknown[], schema: JsonSchema, depth: number): void {
    if (schema.minItems !== undefined && value.length < schema.minItems) {
      this.error('min-items', messages.minItems(schema.minItems, value.length));
    }
    if (schema.maxItems !== undefined && value.length > schema.maxItems) {
      this.error('max-items', messages.maxItems(schema.maxItems, value.length));
    }
    const items = schema.items;
    if (items) {
      for (let i = 0; i < value.length; i++) this.walkAt(i, value[i], items, depth + 1);
    }
  }

  private object(value: Record<string, unknown>, schema: JsonSchema, depth: number): void {
    if (schema.required) {
      for (const key of schema.required) {
        if (!has(value, key) || value[key] === undefined) this.error('required', messages.required(key), key);
      }
    }
    // A key set to undefined (a plan built in JavaScript) is absent, as JSON.stringify would make it.
    const keys = Object.keys(value);
    if (schema.minProperties !== undefined) {
      let present = 0;
      for (const key of keys) if (value[key] !== undefined) present++;
      if (present < schema.minProperties) this.error('min-properties', messages.minProperties(schema.minProperties));
    }
    const properties = schema.properties ? propertyMap(schema.properties) : undefined;
    for (const key of keys) {
      const item = value[key];
      if (item === undefined) continue;
      const property = properties?.get(key);
      if (property) {
        this.walkAt(key, item, property, depth + 1);
        continue;
      }
      if (schema.propertyNames?.pattern !== undefined && !this.regex(schema.propertyNames.pattern).test(key)) {
        this.error('language-tag', messages.languageTag(key), key);
      }
      if (typeof schema.additionalProperties === 'object') {
        this.walkAt(key, item, schema.additionalProperties, depth + 1);
      } else if (schema.additionalProperties === false) {
        this.error('unknown-key', messages.unknownKey(key), key);
      } else if (properties) {
        this.warnings.push({ pointer: this.path.pointer(key), code: 'unknown-key', message: messages.unknownKey(key) });
      }
    }
  }
}

/** A schema's properties as a Map, made once per schema: one lookup per key instead of an own-property test and a read. */
const propertyMaps = new WeakMap<Record<string, JsonSchema>, Map<string, JsonSchema>>();

function propertyMap(properties: Record<string, JsonSchema>): Map<string, JsonSchema> {
  let map = propertyMaps.get(properties);
  if (!map) {
    map = new Map(Object.keys(properties).map((key) => [key, properties[key]!]));
    propertyMaps.set(properties, map);
  }
  return map;
}

function typeMatches(expected: string, value: unknown): boolean {
  switch (expected) {
    case 'string':
      return typeof value === 'string';
    case 'object':
      return isObject(value);
    case 'array':
      return Array.isArray(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'null':
      return value === null;
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value);
    default:
      return expected === kindOf(value);
  }
}

/** Where a node is: its index in its parent's list (the pointer is written only for a problem). */
interface NodeEntry {
  parent: NodeEntry | undefined;
  index: number;
}

function nodePointer(entry: NodeEntry | undefined): string {
  let out = '';
  for (let e = entry; e; e = e.parent) out = `${e.parent ? '/children' : '/goals'}/${e.index}${out}`;
  return out;
}

/** Checks what a JSON Schema cannot: unique ids, references that resolve, ordered ranges. */
function crossReferences(doc: Record<string, unknown>, errors: Problem[]): void {
  const nodes = new Map<string, NodeEntry>();
  const stack: { list: unknown; parent: NodeEntry | undefined; depth: number }[] = [{ list: doc.goals, parent: undefined, depth: 0 }];
  while (stack.length > 0) {
    const { list, parent, depth } = stack.pop()!;
    if (!Array.isArray(list) || depth > MAX_DEPTH) continue;
    for (let i = 0; i < list.length; i++) {
      const node: unknown = list[i];
      if (!isObject(node)) continue;
      const entry: NodeEntry = { parent, index: i };
      if (typeof node.id === 'string') {
        const first = nodes.get(node.id);
        if (first) errors.push({ pointer: `${nodePointer(entry)}/id`, code: 'duplicate-id', message: messages.duplicateId(node.id, `${nodePointer(first)}/id`) });
        else nodes.set(node.id, entry);
      }
      stack.push({ list: node.children, parent: entry, depth: depth + 1 });
    }
  }

  const uniqueIds = (list: unknown, pointer: string): Set<string> => {
    const seen = new Map<string, number>();
    if (Array.isArray(list)) {
      list.forEach((item: unknown, i) => {
        if (!isObject(item) || typeof item.id !== 'string') return;
        const first = seen.get(item.id);
        if (first !== undefined) errors.push({ pointer: `${pointer}/${i}/id`, code: 'duplicate-id', message: messages.duplicateId(item.id, `${pointer}/${first}/id`) });
        else seen.set(item.id, i);
      });
    }
    return new Set(seen.keys());
  };

  const nodeRef = (id: unknown, pointer: () => string): void => {
    if (typeof id === 'string' && !nodes.has(id)) errors.push({ pointer: pointer(), code: 'unknown-node', message: messages.unknownNode(id) });
  };

  uniqueIds(doc.indicators, '/indicators');
  if (Array.isArray(doc.indicators)) {
    doc.indicators.forEach((indicator: unknown, i) => {
      if (!isObject(indicator)) return;
      nodeRef(indicator.node, () => `/indicators/${i}/node`);
      const scale = indicator.scale;
      if (isObject(scale) && Number.isFinite(scale.min) && Number.isFinite(scale.max) && !((scale.min as number) < (scale.max as number))) {
        errors.push({ pointer: `/indicators/${i}/scale`, code: 'scale-order', message: messages.scaleOrder(scale.min as number, scale.max as number) });
      }
    });
  }

  const collaboration = doc.collaboration;
  if (isObject(collaboration)) {
    const actors = uniqueIds(collaboration.actors, '/collaboration/actors');
    if (Array.isArray(collaboration.keywords)) {
      collaboration.keywords.forEach((keyword: unknown, i) => {
        if (!isObject(keyword)) return;
        nodeRef(keyword.node, () => `/collaboration/keywords/${i}/node`);
        if (Array.isArray(keyword.actors)) {
          keyword.actors.forEach((actor: unknown, j) => {
            if (typeof actor === 'string' && !actors.has(actor)) {
              errors.push({ pointer: `/collaboration/keywords/${i}/actors/${j}`, code: 'unknown-actor', message: messages.unknownActor(actor) });
            }
          });
        }
      });
    }
  }

  uniqueIds(doc.sections, '/sections');

  const plan = doc.plan;
  if (isObject(plan) && isObject(plan.period)) {
    const { from, to } = plan.period;
    if (typeof from === 'number' && typeof to === 'number' && from > to) {
      errors.push({ pointer: '/plan/period', code: 'period-order', message: messages.periodOrder(from, to) });
    }
  }
}

/**
 * Checks a plan document against schema version 1 and the contract's cross-reference rules.
 *
 * Returns the typed plan, or every problem found, each with a JSON Pointer and a message in
 * Japanese and English. Never throws, whatever the input; uses no `eval`.
 */
export function validatePlan(input: unknown): ValidationResult {
  const walker = new Walker(planSchema, new Path(), new Map(), new Map());
  if (isObject(input) && typeof input.schemaVersion === 'number' && input.schemaVersion > 1) {
    const errors: Problem[] = [{ pointer: '/schemaVersion', code: 'newer-version', message: messages.newerVersion(input.schemaVersion) }];
    return { valid: false, errors, warnings: [] };
  }
  walker.walk(input, planSchema, 0);
  const errors = walker.errors;
  if (isObject(input)) crossReferences(input, errors);
  if (errors.length > 0) return { valid: false, errors, warnings: walker.warnings };
  return { valid: true, plan: input as PlanDocument, errors: [], warnings: walker.warnings };
}
