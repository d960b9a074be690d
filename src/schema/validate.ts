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
  | 'duplicate-item'
  | 'not-a-date'
  | 'period-extension'
  | 'milestone-year'
  | 'unknown-key'
  | 'load-network'
  | 'load-http'
  | 'not-json';

/** The outcome of {@link validatePlan}: the typed plan, or every problem found. */
export type ValidationResult = { valid: true; plan: PlanDocument; errors: []; warnings: Problem[] } | { valid: false; plan?: undefined; errors: Problem[]; warnings: Problem[] };

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
/** False when a `YYYY-MM-DD` (already of that form) names a day that does not exist (2021-02-30); true for `YYYY` and `YYYY-MM`. */
export function realDate(value: string): boolean {
  const [year, month, day] = value.split('-').map(Number);
  return !(day! > new Date(Date.UTC(year!, month!, 0)).getUTCDate());
}

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

/**
 * One schema, read once into fixed fields: the walk visits hundreds of thousands of places in a
 * large plan, and reading the schema's own objects (each of another shape) at every one was the
 * larger part of its time. Every field keeps the schema's value, so messages quote it as before.
 */
class Rule {
  /** `$ref`: the definition's name; the walk goes on with the definition (or with Text's own check). */
  readonly ref: string | undefined;
  readonly anyOf: readonly Rule[] | undefined;
  readonly type: JsonSchema['type'];
  /** True when the schema names a `const` (`const: null` too). */
  readonly hasConst: boolean;
  readonly constant: unknown;
  readonly enumeration: readonly unknown[] | undefined;
  readonly minLength: number | undefined;
  readonly pattern: string | undefined;
  readonly patternRegex: RegExp | undefined;
  readonly format: string | undefined;
  readonly minimum: number | undefined;
  readonly maximum: number | undefined;
  readonly minItems: number | undefined;
  readonly maxItems: number | undefined;
  readonly uniqueItems: boolean;
  readonly items: Rule | undefined;
  readonly required: readonly string[] | undefined;
  readonly minProperties: number | undefined;
  /** The named properties, or undefined when the schema names none (then an unknown key is no warning). */
  readonly properties: Map<string, Rule> | undefined;
  readonly propertyNamePattern: RegExp | undefined;
  /** `additionalProperties`: a rule for the other keys, false to forbid them, or undefined. */
  readonly additional: Rule | false | undefined;
  private resolved: Rule | undefined;

  constructor(schema: JsonSchema) {
    this.ref = schema.$ref;
    this.anyOf = schema.anyOf ? schema.anyOf.map((branch) => ruleOf(branch)) : undefined;
    this.type = schema.type;
    this.hasConst = schema.const !== undefined || has(schema, 'const');
    this.constant = schema.const;
    this.enumeration = schema.enum || undefined;
    this.minLength = schema.minLength;
    this.pattern = schema.pattern;
    this.patternRegex = schema.pattern !== undefined ? regex(schema.pattern) : undefined;
    this.format = schema.format;
    this.minimum = schema.minimum;
    this.maximum = schema.maximum;
    this.minItems = schema.minItems;
    this.maxItems = schema.maxItems;
    this.uniqueItems = schema.uniqueItems === true;
    this.items = schema.items ? ruleOf(schema.items) : undefined;
    this.required = schema.required || undefined;
    this.minProperties = schema.minProperties;
    const properties = schema.properties;
    this.properties = properties ? new Map(Object.keys(properties).map((key) => [key, ruleOf(properties[key]!)])) : undefined;
    const namePattern = schema.propertyNames?.pattern;
    this.propertyNamePattern = namePattern !== undefined ? regex(namePattern) : undefined;
    const additional = schema.additionalProperties;
    this.additional = typeof additional === 'object' ? ruleOf(additional) : additional === false ? false : undefined;
  }

  /** The definition `ref` names, looked up on first use. */
  definition(): Rule {
    return (this.resolved ??= definitionRule(this.ref!));
  }
}

const rules = new WeakMap<JsonSchema, Rule>();

function ruleOf(schema: JsonSchema): Rule {
  let rule = rules.get(schema);
  if (!rule) {
    rule = new Rule(schema);
    rules.set(schema, rule);
  }
  return rule;
}

/** A definition by name: the generated schema's `$ref`s are the bare names (`Plan`, not `#/$defs/Plan`). */
function definitionRule(ref: string): Rule {
  const found = planSchema.$defs?.[ref];
  if (!found) throw new Error(`plan-viz: schema reference ${ref} is missing`);
  return ruleOf(found);
}

const patterns = new Map<string, RegExp>();

/** Patterns compiled once (no `g` or `y` flag: `test` keeps no state between calls). */
function regex(pattern: string): RegExp {
  let re = patterns.get(pattern);
  if (!re) {
    re = new RegExp(pattern, 'u');
    patterns.set(pattern, re);
  }
  return re;
}

class Walker {
  readonly errors: Problem[] = [];
  readonly warnings: Problem[] = [];

  constructor(private readonly path: Path) {}

  private error(code: ProblemCode, message: Message, key?: string | number): void {
    this.errors.push({ pointer: this.path.pointer(key), code, message });
  }

  /** Walks `value` at the current path. */
  walk(value: unknown, rule: Rule, depth: number): void {
    if (depth > MAX_DEPTH) {
      this.error('too-deep', messages.tooDeep(MAX_DEPTH));
      return;
    }
    if (rule.ref !== undefined) {
      if (rule.ref === 'Text') {
        this.text(value, depth);
        return;
      }
      this.walk(value, rule.definition(), depth);
      return;
    }
    if (rule.anyOf) {
      this.anyOf(value, rule.anyOf, depth);
      return;
    }
    if (rule.type !== undefined && !typeMatches(rule.type, value)) {
      this.error('type', messages.wrongType(rule.type, kindOf(value)));
      return;
    }
    if (rule.hasConst && value !== rule.constant) {
      this.error('const', messages.constant(rule.constant, value));
      return;
    }
    if (rule.enumeration && !rule.enumeration.includes(value)) {
      this.error('enum', messages.enumeration(rule.enumeration, value));
      return;
    }
    if (typeof value === 'string') this.string(value, rule);
    else if (typeof value === 'number') this.number(value, rule);
    else if (Array.isArray(value)) this.array(value, rule, depth);
    else if (isObject(value)) this.object(value, rule, depth);
  }

  /** Walks `value` one key further down. */
  private walkAt(key: string | number, value: unknown, rule: Rule, depth: number): void {
    const keys = this.path.keys;
    keys.push(key);
    this.walk(value, rule, depth);
    keys.pop();
  }

  /** Text: a string, or an object of language tags to strings. One clear message instead of two branches. */
  private text(value: unknown, depth: number): void {
    if (typeof value === 'string') return;
    if (!isObject(value)) {
      this.error('type', messages.wrongType('Text', kindOf(value)));
      return;
    }
    this.walk(value, localizedText(), depth);
  }

  private anyOf(value: unknown, branches: readonly Rule[], depth: number): void {
    let best: Problem[] | undefined;
    for (const branch of branches) {
      const trial = new Walker(this.path);
      trial.walk(value, branch, depth);
      if (trial.errors.length === 0) {
        this.warnings.push(...trial.warnings);
        return;
      }
      if (!best || trial.errors.length < best.length) best = trial.errors;
    }
    this.errors.push(...(best ?? []));
  }

  private string(value: string, rule: Rule): void {
    if (rule.minLength !== undefined && value.length < rule.minLength * 2 && [...value].length < rule.minLength) {
      this.error('min-length', messages.minLength(rule.minLength));
    }
    if (rule.patternRegex !== undefined && !rule.patternRegex.test(value)) {
      this.error('pattern', messages.pattern(rule.pattern!, value));
    }
    if (rule.format === 'date') {
      if (!DATE.test(value)) this.error('format', messages.format('date', value));
      else if (!realDate(value)) this.error('format', messages.notADate(value));
    }
    if (rule.format === 'uri' && !URI.test(value)) this.error('format', messages.format('uri', value));
  }

  private number(value: number, rule: Rule): void {
    if (rule.minimum !== undefined && value < rule.minimum) {
      this.error('minimum', messages.minimum(rule.minimum, value));
    }
    if (rule.maximum !== undefined && value > rule.maximum) {
      this.error('maximum', messages.maximum(rule.maximum, value));
    }
  }

  private array(value: unknown[], rule: Rule, depth: number): void {
    if (rule.minItems !== undefined && value.length < rule.minItems) {
      this.error('min-items', messages.minItems(rule.minItems, value.length));
    }
    if (rule.maxItems !== undefined && value.length > rule.maxItems) {
      this.error('max-items', messages.maxItems(rule.maxItems, value.length));
    }
    if (rule.uniqueItems) {
      // Only scalars are compared (the schema asks it of `sdgs` alone); an object never equals another here.
      const seen = new Map<unknown, number>();
      for (let i = 0; i < value.length; i++) {
        const item = value[i];
        if (item !== null && typeof item === 'object') continue;
        const first = seen.get(item);
        if (first !== undefined) this.error('duplicate-item', messages.duplicateItem(item, first), i);
        else seen.set(item, i);
      }
    }
    const items = rule.items;
    if (items) {
      for (let i = 0; i < value.length; i++) this.walkAt(i, value[i], items, depth + 1);
    }
  }

  private object(value: Record<string, unknown>, rule: Rule, depth: number): void {
    if (rule.required) {
      for (const key of rule.required) {
        if (!has(value, key) || value[key] === undefined) this.error('required', messages.required(key), key);
      }
    }
    // A key set to undefined (a plan built in JavaScript) is absent, as JSON.stringify would make it.
    const keys = Object.keys(value);
    if (rule.minProperties !== undefined) {
      let present = 0;
      for (const key of keys) if (value[key] !== undefined) present++;
      if (present < rule.minProperties) this.error('min-properties', messages.minProperties(rule.minProperties));
    }
    const properties = rule.properties;
    for (const key of keys) {
      const item = value[key];
      if (item === undefined) continue;
      const property = properties?.get(key);
      if (property) {
        this.walkAt(key, item, property, depth + 1);
        continue;
      }
      if (rule.propertyNamePattern !== undefined && !rule.propertyNamePattern.test(key)) {
        this.error('language-tag', messages.languageTag(key), key);
      }
      if (rule.additional) {
        this.walkAt(key, item, rule.additional, depth + 1);
      } else if (rule.additional === false) {
        this.error('unknown-key', messages.unknownKey(key), key);
      } else if (properties) {
        this.warnings.push({ pointer: this.path.pointer(key), code: 'unknown-key', message: messages.unknownKey(key) });
      }
    }
  }
}

let localizedTextRule: Rule | undefined;

function localizedText(): Rule {
  return (localizedTextRule ??= definitionRule('LocalizedText'));
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
      milestoneYears(indicator, i, errors);
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

  const period = (value: unknown, pointer: string): void => {
    if (!isObject(value)) return;
    const { from, to, originalTo } = value;
    // A year that is not a finite number has its own error already: comparing with it would print NaN.
    if (typeof from !== 'number' || typeof to !== 'number' || !Number.isFinite(from) || !Number.isFinite(to)) return;
    if (from > to) errors.push({ pointer, code: 'period-order', message: messages.periodOrder(from, to) });
    else if (typeof originalTo === 'number' && Number.isFinite(originalTo) && !(from <= originalTo && originalTo < to)) {
      errors.push({ pointer: `${pointer}/originalTo`, code: 'period-extension', message: messages.periodExtension(originalTo, from, to) });
    }
  };
  if (isObject(doc.plan)) period(doc.plan.period, '/plan/period');

  uniqueIds(doc.relatedPlans, '/relatedPlans');
  if (Array.isArray(doc.relatedPlans)) {
    doc.relatedPlans.forEach((related: unknown, i) => isObject(related) && period(related.period, `/relatedPlans/${i}/period`));
  }

  // The schema's pattern holds each part in range; only the day of the month can still not exist.
  if (Array.isArray(doc.timeline)) {
    doc.timeline.forEach((event: unknown, i) => {
      if (isObject(event) && typeof event.date === 'string' && !realDate(event.date)) {
        errors.push({ pointer: `/timeline/${i}/date`, code: 'not-a-date', message: messages.notADate(event.date) });
      }
    });
  }
}

/** Interim targets lie strictly between the baseline's and the target's years (progress ignores any other). */
function milestoneYears({ baseline, target, milestones }: Record<string, unknown>, i: number, errors: Problem[]): void {
  const from = isObject(baseline) && baseline.year;
  const to = isObject(target) && target.year;
  if (!Array.isArray(milestones) || typeof from !== 'number' || typeof to !== 'number') return;
  milestones.forEach((milestone: unknown, j) => {
    const year = isObject(milestone) && milestone.year;
    if (typeof year === 'number' && (year - from) * (year - to) >= 0) {
      errors.push({ pointer: `/indicators/${i}/milestones/${j}/year`, code: 'milestone-year', message: messages.milestoneYear(year, from, to) });
    }
  });
}

/**
 * Checks a plan document against schema version 1 and the contract's cross-reference rules.
 *
 * Returns the typed plan, or every problem found, each with a JSON Pointer and a message in
 * Japanese and English. Never throws, whatever the input; uses no `eval`.
 */
export function validatePlan(input: unknown): ValidationResult {
  const walker = new Walker(new Path());
  if (isObject(input) && typeof input.schemaVersion === 'number' && input.schemaVersion > 1) {
    const errors: Problem[] = [{ pointer: '/schemaVersion', code: 'newer-version', message: messages.newerVersion(input.schemaVersion) }];
    return { valid: false, errors, warnings: [] };
  }
  walker.walk(input, ruleOf(planSchema), 0);
  const errors = walker.errors;
  if (isObject(input)) crossReferences(input, errors);
  if (errors.length > 0) return { valid: false, errors, warnings: walker.warnings };
  return { valid: true, plan: input as PlanDocument, errors: [], warnings: walker.warnings };
}
