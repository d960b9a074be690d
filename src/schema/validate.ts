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

class Walker {
  readonly errors: Problem[] = [];
  readonly warnings: Problem[] = [];
  private readonly patterns = new Map<string, RegExp>();

  constructor(private readonly root: JsonSchema) {}

  private error(pointer: string, code: ProblemCode, message: Message): void {
    this.errors.push({ pointer, code, message });
  }

  private definition(ref: string): JsonSchema {
    const name = ref.slice(ref.lastIndexOf('/') + 1);
    const found = this.root.$defs?.[name];
    if (!found) throw new Error(`plan-viz: schema reference ${ref} is missing`);
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

  walk(value: unknown, schema: JsonSchema, pointer: string, depth: number): void {
    if (depth > MAX_DEPTH) {
      this.error(pointer, 'too-deep', messages.tooDeep(MAX_DEPTH));
      return;
    }
    if (schema.$ref !== undefined) {
      if (schema.$ref.endsWith('/Text')) {
        this.text(value, pointer, depth);
        return;
      }
      this.walk(value, this.definition(schema.$ref), pointer, depth);
      return;
    }
    if (schema.anyOf) {
      this.anyOf(value, schema.anyOf, pointer, depth);
      return;
    }
    const kind = kindOf(value);
    if (schema.type !== undefined && !this.typeMatches(schema.type, kind)) {
      this.error(pointer, 'type', messages.wrongType(schema.type, kind));
      return;
    }
    if (has(schema, 'const') && value !== schema.const) {
      this.error(pointer, 'const', messages.constant(schema.const, value));
      return;
    }
    if (schema.enum && !schema.enum.includes(value)) {
      this.error(pointer, 'enum', messages.enumeration(schema.enum, value));
      return;
    }
    if (typeof value === 'string') this.string(value, schema, pointer);
    else if (typeof value === 'number') this.number(value, schema, pointer);
    else if (Array.isArray(value)) this.array(value, schema, pointer, depth);
    else if (isObject(value)) this.object(value, schema, pointer, depth);
  }

  private typeMatches(expected: string, kind: string): boolean {
    if (expected === 'number') return kind === 'number' || kind === 'integer';
    return expected === kind;
  }

  /** Text: a string, or an object of language tags to strings. One clear message instead of two branches. */
  private text(value: unknown, pointer: string, depth: number): void {
    if (typeof value === 'string') return;
    if (!isObject(value)) {
      this.error(pointer, 'type', messages.wrongType('Text', kindOf(value)));
      return;
    }
    this.walk(value, this.definition('#/$defs/LocalizedText'), pointer, depth);
  }

  private anyOf(value: unknown, branches: JsonSchema[], pointer: string, depth: number): void {
    let best: Problem[] | undefined;
    for (const branch of branches) {
      const trial = new Walker(this.root);
      trial.walk(value, branch, pointer, depth);
      if (trial.errors.length === 0) {
        this.warnings.push(...trial.warnings);
        return;
      }
      if (!best || trial.errors.length < best.length) best = trial.errors;
    }
    this.errors.push(...(best ?? []));
  }

  private string(value: string, schema: JsonSchema, pointer: string): void {
    if (schema.minLength !== undefined && value.length < schema.minLength * 2 && [...value].length < schema.minLength) {
      this.error(pointer, 'min-length', messages.minLength(schema.minLength));
    }
    if (schema.pattern !== undefined && !this.regex(schema.pattern).test(value)) {
      this.error(pointer, 'pattern', messages.pattern(schema.pattern, value));
    }
    if (schema.format === 'date' && !DATE.test(value)) this.error(pointer, 'format', messages.format('date', value));
    if (schema.format === 'uri' && !URI.test(value)) this.error(pointer, 'format', messages.format('uri', value));
  }

  private number(value: number, schema: JsonSchema, pointer: string): void {
    if (schema.minimum !== undefined && value < schema.minimum) {
      this.error(pointer, 'minimum', messages.minimum(schema.minimum, value));
    }
    if (schema.maximum !== undefined && value > schema.maximum) {
      this.error(pointer, 'maximum', messages.maximum(schema.maximum, value));
    }
  }

  private array(value: unknown[], schema: JsonSchema, pointer: string, depth: number): void {
    if (schema.minItems !== undefined && value.length < schema.minItems) {
      this.error(pointer, 'min-items', messages.minItems(schema.minItems, value.length));
    }
    if (schema.maxItems !== undefined && value.length > schema.maxItems) {
      this.error(pointer, 'max-items', messages.maxItems(schema.maxItems, value.length));
    }
    if (schema.items) {
      for (let i = 0; i < value.length; i++) this.walk(value[i], schema.items, `${pointer}/${i}`, depth + 1);
    }
  }

  private object(value: Record<string, unknown>, schema: JsonSchema, pointer: string, depth: number): void {
    for (const key of schema.required ?? []) {
      if (!has(value, key)) this.error(`${pointer}/${pointerToken(key)}`, 'required', messages.required(key));
    }
    const keys = Object.keys(value);
    if (schema.minProperties !== undefined && keys.length < schema.minProperties) {
      this.error(pointer, 'min-properties', messages.minProperties(schema.minProperties));
    }
    for (const key of keys) {
      const at = `${pointer}/${pointerToken(key)}`;
      const property = schema.properties && has(schema.properties, key) ? schema.properties[key] : undefined;
      if (property) {
        this.walk(value[key], property, at, depth + 1);
        continue;
      }
      if (schema.propertyNames?.pattern !== undefined && !this.regex(schema.propertyNames.pattern).test(key)) {
        this.error(at, 'language-tag', messages.languageTag(key));
      }
      if (typeof schema.additionalProperties === 'object') {
        this.walk(value[key], schema.additionalProperties, at, depth + 1);
      } else if (schema.additionalProperties === false) {
        this.error(at, 'unknown-key', messages.unknownKey(key));
      } else if (schema.properties) {
        this.warnings.push({ pointer: at, code: 'unknown-key', message: messages.unknownKey(key) });
      }
    }
  }
}

interface NodeEntry {
  pointer: string;
}

/** Checks what a JSON Schema cannot: unique ids, references that resolve, ordered ranges. */
function crossReferences(doc: Record<string, unknown>, errors: Problem[]): void {
  const nodes = new Map<string, NodeEntry>();
  const stack: { list: unknown; pointer: string; depth: number }[] = [{ list: doc.goals, pointer: '/goals', depth: 0 }];
  while (stack.length > 0) {
    const { list, pointer, depth } = stack.pop()!;
    if (!Array.isArray(list) || depth > MAX_DEPTH) continue;
    list.forEach((node: unknown, i) => {
      if (!isObject(node)) return;
      const at = `${pointer}/${i}`;
      if (typeof node.id === 'string') {
        const first = nodes.get(node.id);
        if (first) errors.push({ pointer: `${at}/id`, code: 'duplicate-id', message: messages.duplicateId(node.id, first.pointer) });
        else nodes.set(node.id, { pointer: `${at}/id` });
      }
      stack.push({ list: node.children, pointer: `${at}/children`, depth: depth + 1 });
    });
  }

  const uniqueIds = (list: unknown, pointer: string): Set<string> => {
    const seen = new Map<string, string>();
    if (Array.isArray(list)) {
      list.forEach((item: unknown, i) => {
        if (!isObject(item) || typeof item.id !== 'string') return;
        const at = `${pointer}/${i}/id`;
        const first = seen.get(item.id);
        if (first !== undefined) errors.push({ pointer: at, code: 'duplicate-id', message: messages.duplicateId(item.id, first) });
        else seen.set(item.id, at);
      });
    }
    return new Set(seen.keys());
  };

  const nodeRef = (id: unknown, pointer: string): void => {
    if (typeof id === 'string' && !nodes.has(id)) errors.push({ pointer, code: 'unknown-node', message: messages.unknownNode(id) });
  };

  uniqueIds(doc.indicators, '/indicators');
  if (Array.isArray(doc.indicators)) {
    doc.indicators.forEach((indicator: unknown, i) => {
      if (!isObject(indicator)) return;
      nodeRef(indicator.node, `/indicators/${i}/node`);
      const scale = indicator.scale;
      if (isObject(scale) && typeof scale.min === 'number' && typeof scale.max === 'number' && !(scale.min < scale.max)) {
        errors.push({ pointer: `/indicators/${i}/scale`, code: 'scale-order', message: messages.scaleOrder(scale.min, scale.max) });
      }
    });
  }

  const collaboration = doc.collaboration;
  if (isObject(collaboration)) {
    const actors = uniqueIds(collaboration.actors, '/collaboration/actors');
    if (Array.isArray(collaboration.keywords)) {
      collaboration.keywords.forEach((keyword: unknown, i) => {
        if (!isObject(keyword)) return;
        nodeRef(keyword.node, `/collaboration/keywords/${i}/node`);
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
  const walker = new Walker(planSchema);
  if (isObject(input) && typeof input.schemaVersion === 'number' && input.schemaVersion > 1) {
    const errors: Problem[] = [{ pointer: '/schemaVersion', code: 'newer-version', message: messages.newerVersion(input.schemaVersion) }];
    return { valid: false, errors, warnings: [] };
  }
  walker.walk(input, planSchema, '', 0);
  const errors = walker.errors;
  if (isObject(input)) crossReferences(input, errors);
  if (errors.length > 0) return { valid: false, errors, warnings: walker.warnings };
  return { valid: true, plan: input as PlanDocument, errors: [], warnings: walker.warnings };
}
