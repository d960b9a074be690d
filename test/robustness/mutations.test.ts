// Mutated documents the schema comparison (test/node/schema.test.mjs) does not make on purpose:
// numbers out of range (and non-finite ones, which only the `plan` property can carry), dangling
// references, duplicate ids, reversed ranges, broken Text, bad formats, and children nested
// deeper than the validator walks. Each must get an error with the right code at a JSON Pointer
// that names the place, and never a throw. Nesting within the limit must still draw.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/index.js';
import type { PlanErrorDetail } from '../../src/core/index.js';
import { MAX_DEPTH, validatePlan } from '../../src/schema/index.js';
import type { PlanDocument } from '../../src/schema/index.js';

const EXAMPLES = ['iwaki-chiiki-fukushi', 'iwaki-sample-indicators', 'english-sample', 'deep-health-plan', 'six-actor-bilingual', 'thirty-indicators'];

type Json = Record<string, unknown>;

/** What a mutation did: the place and the code the validator must report there (`|` separates alternatives). */
interface Expectation {
  pointer: string;
  code: string;
}

interface Place {
  path: (string | number)[];
  value: unknown;
}

function pointerOf(path: readonly (string | number)[]): string {
  return path.map((key) => `/${String(key).replaceAll('~', '~0').replaceAll('/', '~1')}`).join('');
}

/** The value a JSON Pointer names, or `missing` (the parent must exist for a `required` problem). */
function resolve(doc: unknown, pointer: string): { found: boolean; parentFound: boolean } {
  if (pointer === '') return { found: true, parentFound: true };
  const keys = pointer
    .slice(1)
    .split('/')
    .map((k) => k.replaceAll('~1', '/').replaceAll('~0', '~'));
  let value: unknown = doc;
  for (let i = 0; i < keys.length; i++) {
    if (value === null || typeof value !== 'object' || !Object.prototype.hasOwnProperty.call(value, keys[i]!)) return { found: false, parentFound: i === keys.length - 1 };
    value = (value as Json)[keys[i]!];
  }
  return { found: true, parentFound: true };
}

/** Every place in a document whose key is `key` (at any depth), e.g. all `node` references. */
function placesOf(doc: unknown, test: (key: string | number, value: unknown, parent: unknown) => boolean, path: (string | number)[] = [], out: Place[] = []): Place[] {
  if (Array.isArray(doc)) doc.forEach((v, i) => (test(i, v, doc) && out.push({ path: [...path, i], value: v }), placesOf(v, test, [...path, i], out)));
  else if (doc && typeof doc === 'object')
    for (const [k, v] of Object.entries(doc)) (test(k, v, doc) && out.push({ path: [...path, k], value: v }), placesOf(v, test, [...path, k], out));
  return out;
}

function setAt(doc: unknown, path: readonly (string | number)[], value: unknown): void {
  let parent = doc as Json;
  for (const key of path.slice(0, -1)) parent = parent[key as string] as Json;
  parent[path[path.length - 1] as string] = value;
}

function deleteAt(doc: unknown, path: readonly (string | number)[]): void {
  let parent = doc as Json;
  for (const key of path.slice(0, -1)) parent = parent[key as string] as Json;
  delete parent[path[path.length - 1] as string];
}

type Mutation = (doc: Json, pick: number, value: unknown) => Expectation | undefined;

const isTextKey = (k: string | number) => ['title', 'label', 'description', 'group', 'name', 'unit', 'center', 'text', 'note'].includes(String(k));

/** Each mutation changes one place of a copy of an example and says what must be reported. */
const MUTATIONS: Record<string, Mutation> = {
  'a year out of range': (doc, pick, value) => {
    const years = placesOf(doc, (k) => k === 'year' || k === 'from' || k === 'to');
    const place = years[pick % years.length];
    if (!place) return undefined;
    setAt(doc, place.path, value);
    const v = value as number;
    return { pointer: pointerOf(place.path), code: !Number.isInteger(v) ? 'type' : v < 1000 ? 'minimum' : 'maximum' };
  },
  'a non-finite number': (doc, pick, value) => {
    const numbers = placesOf(doc, (k, v) => typeof v === 'number' && k !== 'schemaVersion');
    const place = numbers[pick % numbers.length];
    if (!place) return undefined;
    setAt(doc, place.path, value);
    return { pointer: pointerOf(place.path), code: 'type' };
  },
  'a schemaVersion that is not 1': (doc, _pick, value) => {
    doc.schemaVersion = value;
    const v = value as number;
    return { pointer: '/schemaVersion', code: typeof v === 'number' && v > 1 ? 'newer-version' : 'const|type' };
  },
  'too few or too many actors': (doc, pick) => {
    const collaboration = doc.collaboration as Json | undefined;
    if (!collaboration) return undefined;
    const actors = collaboration.actors as Json[];
    if (pick % 2 === 0) {
      collaboration.actors = actors.slice(0, 1);
      collaboration.keywords = [];
      return { pointer: '/collaboration/actors', code: 'min-items' };
    }
    collaboration.actors = Array.from({ length: 7 }, (_, i) => ({ ...actors[i % actors.length], id: `actor-${i}` }));
    collaboration.keywords = [];
    return { pointer: '/collaboration/actors', code: 'max-items' };
  },
  'no goals': (doc) => {
    doc.goals = [];
    return { pointer: '/goals', code: 'min-items' };
  },
  'a dangling node reference': (doc, pick, value) => {
    const refs = placesOf(doc, (k, v) => k === 'node' && typeof v === 'string');
    const place = refs[pick % refs.length];
    if (!place) return undefined;
    setAt(doc, place.path, `no-such-node-${pick % 1000}`);
    return { pointer: pointerOf(place.path), code: 'unknown-node' };
  },
  'a dangling actor reference': (doc, pick, value) => {
    const refs = placesOf(
      doc,
      (k, v, parent) =>
        typeof v === 'string' &&
        typeof k === 'number' &&
        Array.isArray(parent) &&
        (doc.collaboration as Json | undefined)?.keywords !== undefined &&
        ((doc.collaboration as Json).keywords as Json[]).some((kw) => kw.actors === parent),
    );
    const place = refs[pick % refs.length];
    if (!place) return undefined;
    setAt(doc, place.path, `nobody-${pick % 1000}`);
    return { pointer: pointerOf(place.path), code: 'unknown-actor' };
  },
  'a duplicate node id': (doc, pick) => {
    const ids = placesOf(doc, (k, v, parent) => k === 'id' && typeof v === 'string' && !!parent && typeof parent === 'object' && 'title' in parent && !('items' in parent)).filter(
      (p) => p.path[0] === 'goals',
    );
    if (ids.length < 2) return undefined;
    const a = ids[pick % ids.length]!;
    const b = ids[(pick + 1 + ((pick >> 4) % (ids.length - 1))) % ids.length]!;
    if (a === b) return undefined;
    setAt(doc, b.path, a.value);
    // Either of the two is the duplicate, depending on the order the validator meets them in.
    return { pointer: `${pointerOf(a.path)}|${pointerOf(b.path)}`, code: 'duplicate-id' };
  },
  'a reversed period': (doc) => {
    const plan = doc.plan as Json;
    plan.period = { from: 2030, to: 2021 };
    return { pointer: '/plan/period', code: 'period-order' };
  },
  'a reversed or empty scale': (doc, pick, value) => {
    const indicators = doc.indicators as Json[] | undefined;
    const indicator = indicators?.[pick % (indicators?.length || 1)];
    if (!indicator) return undefined;
    const v = typeof value === 'number' && Number.isFinite(value) ? value : 5;
    indicator.scale = pick % 2 === 0 ? { min: v, max: v } : { min: v + 1, max: v };
    return { pointer: `/indicators/${indicators!.indexOf(indicator)}/scale`, code: 'scale-order' };
  },
  'broken Text': (doc, pick, value) => {
    const texts = placesOf(doc, (k, v) => isTextKey(k) && (typeof v === 'string' || (typeof v === 'object' && v !== null && !Array.isArray(v))));
    const place = texts[pick % texts.length];
    if (!place) return undefined;
    const broken = [{}, { 'not a tag!': 'x' }, { ja: 1 }, 42, ['見守り'], null, true][pick % 7];
    setAt(doc, place.path, broken);
    const at = pointerOf(place.path);
    if (broken === null || typeof broken !== 'object' || Array.isArray(broken)) return { pointer: at, code: 'type' };
    if (Object.keys(broken).length === 0) return { pointer: at, code: 'min-properties' };
    return 'ja' in broken ? { pointer: `${at}/ja`, code: 'type' } : { pointer: `${at}/not a tag!`, code: 'language-tag' };
  },
  'a bad date, URL or language tag': (doc, pick) => {
    const plan = doc.plan as Json;
    const which = pick % 4;
    if (which === 0) plan.updated = '2021-13-40';
    if (which === 1) plan.source = 'not a url';
    if (which === 2) plan.lang = 'ja_JP!';
    if (which === 3) plan.id = 'Iwaki City';
    return { pointer: `/plan/${['updated', 'source', 'lang', 'id'][which]}`, code: ['format', 'format', 'pattern', 'pattern'][which]! };
  },
  'a required key deleted': (doc, pick) => {
    // Keys every object of their kind must have (collaboration.title is the one optional title; a timeline event's items are optional, a section's are not).
    const required = placesOf(
      doc,
      (k, _v, parent) => ['id', 'title', 'direction', 'baseline', 'target', 'value', 'center', 'items', 'text'].includes(String(k)) && !Array.isArray(parent),
    ).filter((p) => !(p.path.length === 2 && p.path[0] === 'collaboration' && p.path[1] === 'title') && !(p.path[0] === 'timeline' && p.path.at(-1) === 'items'));
    const place = required[pick % required.length];
    if (!place) return undefined;
    deleteAt(doc, place.path);
    return { pointer: pointerOf(place.path), code: 'required' };
  },
  'children nested deeper than the validator walks': (doc, pick) => {
    const depth = 70 + (pick % 5000);
    let node: Json = { id: 'deepest', title: '最も深い' };
    for (let i = depth; i >= 1; i--) node = { id: `deep-${i}`, title: `第${i}層`, children: [node] };
    (doc.goals as Json[]).push(node);
    return { pointer: '', code: 'too-deep' };
  },
};

const ODD_YEARS = [0, 999, -2021, 10000, 99999, 2021.5, 1e21];
const NON_FINITE = [NaN, Infinity, -Infinity];
const VERSIONS = [0, -1, 2, 1.5, 99, '1', null];

describe('mutated documents: errors with pointers for every kind of damage, never a throw', function () {
  this.timeout(120_000);
  const docs: Json[] = [];

  before(async () => {
    for (const name of EXAMPLES) docs.push((await (await fetch(`/examples/${name}.plan.json`)).json()) as Json);
  });

  it('reports every mutation with its code at its pointer (4,000 seeded cases)', () => {
    const names = Object.keys(MUTATIONS);
    const counts = new Map<string, number>();
    let cases = 0;
    fc.assert(
      fc.property(
        fc.nat(docs.length - 1),
        fc.constantFrom(...names),
        fc.nat(),
        fc.oneof(fc.constantFrom(...ODD_YEARS), fc.constantFrom(...NON_FINITE), fc.constantFrom(...VERSIONS), fc.string({ maxLength: 8 })),
        (d, name, pick, value) => {
          const doc = structuredClone(docs[d]!);
          const mutation = MUTATIONS[name]!;
          // Some mutations need their kind of value.
          const v =
            name === 'a year out of range'
              ? ODD_YEARS[pick % ODD_YEARS.length]
              : name === 'a non-finite number'
                ? NON_FINITE[pick % 3]
                : name === 'a schemaVersion that is not 1'
                  ? VERSIONS[pick % VERSIONS.length]
                  : value;
          const expected = mutation(doc, pick, v);
          if (!expected) return;
          let result: ReturnType<typeof validatePlan> | undefined;
          expect(() => (result = validatePlan(doc)), name).not.to.throw();
          expect(result!.valid, `${name}: accepted`).to.equal(false);
          const errors = result!.errors;
          for (const problem of errors) {
            expect(problem.pointer === '' || problem.pointer.startsWith('/'), problem.pointer).to.equal(true);
            const at = resolve(doc, problem.pointer);
            expect(at.found || (problem.code === 'required' && at.parentFound), `${name}: ${problem.pointer} (${problem.code}) names no place in the document`).to.equal(true);
            expect(problem.message.ja.length > 0 && problem.message.en.length > 0).to.equal(true);
            expect(problem.message.en, problem.pointer).not.to.match(/undefined|NaN|\[object Object\]/);
          }
          if (expected.code === 'too-deep') {
            expect(
              errors.some((p) => p.code === 'too-deep' && p.pointer.startsWith(`/goals/${(doc.goals as Json[]).length - 1}/children`)),
              `${name}: ${JSON.stringify(errors.slice(0, 2))}`,
            ).to.equal(true);
          } else {
            expect(
              errors.some((p) => expected.pointer.split('|').includes(p.pointer) && expected.code.split('|').includes(p.code)),
              `${name}: expected ${expected.code} at ${expected.pointer}, got ${JSON.stringify(errors.map((p) => [p.pointer, p.code]).slice(0, 4))}`,
            ).to.equal(true);
          }
          cases++;
          counts.set(name, (counts.get(name) ?? 0) + 1);
        },
      ),
      { numRuns: 4000, seed: 20260712, includeErrorInReport: true },
    );
    console.log(`mutations: ${cases} cases — ${[...counts].map(([n, c]) => `${n} ${c}`).join(', ')}`);
    for (const name of names) expect(counts.get(name) ?? 0, `${name} was never tried`).to.be.greaterThan(20);
  });

  it('a plan 60 levels deep (within the limit) is valid and drawn, every level in the tree', async () => {
    let node: Json = { id: 'n60', title: '最も深い施策' };
    for (let i = 59; i >= 1; i--) node = { id: `n${i}`, title: `第${i}層の施策`, children: [node] };
    const doc = { schemaVersion: 1, plan: { id: 'deep', title: '深い計画' }, vision: { text: '深さ' }, goals: [node] };
    const result = validatePlan(doc);
    expect(result.valid, JSON.stringify(result.errors.slice(0, 2))).to.equal(true);
    expect(MAX_DEPTH).to.be.greaterThan(2 * 60 + 4);
    const el = await fixture<HTMLElement & { updateComplete: Promise<boolean> }>(html`<plan-tree layout="diagram" .plan=${result.plan as PlanDocument}></plan-tree>`);
    await waitUntil(() => el.shadowRoot?.querySelector('[role="tree"], [part="error"]'), 'not drawn', { timeout: 8000 });
    expect(el.shadowRoot!.querySelector('[part="error"]')).to.equal(null);
    const levels = [...el.shadowRoot!.querySelectorAll('[role="treeitem"]')].map((i) => Number(i.getAttribute('aria-level')));
    expect(Math.max(...levels)).to.equal(61);
  });

  it('the elements show such errors in their panel, with the pointer, and fire plan-error', async () => {
    const doc = structuredClone(docs[0]!);
    const expected = MUTATIONS['a dangling node reference']!(doc, 3, 'x')!;
    const el = await fixture<HTMLElement & { plan: unknown }>(html`<plan-collaboration lang="en"></plan-collaboration>`);
    const errors: PlanErrorDetail[] = [];
    el.addEventListener('plan-error', (event) => errors.push(event.detail));
    el.plan = { ...doc, schemaVersion: 1, plan: { ...(doc.plan as Json), period: { from: NaN, to: 2026 } } };
    await waitUntil(() => errors.length > 0, 'no plan-error');
    const text = el.shadowRoot!.querySelector('[part="error"][role="alert"]')!.textContent!;
    expect(text).to.contain(expected.pointer);
    expect(text).to.contain('/plan/period/from');
    expect(text).to.contain('non-finite');
    expect(errors[0]!.problems.map((p) => p.code)).to.include.members(['unknown-node', 'type']);
  });
});
