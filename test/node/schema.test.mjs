// The committed JSON Schema, checked by an independent validator (Ajv, draft 2020-12), and
// compared with validatePlan on thousands of mutated documents.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { importSource } from './bundle.mjs';

const read = (path) => JSON.parse(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8'));
const schema = read('schema/plan.schema.json');
const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const ajvValidate = ajv.compile(schema);
const { validatePlan } = await importSource('src/schema/index.ts');

const examples = readdirSync(new URL('../../examples', import.meta.url)).filter((f) => f.endsWith('.plan.json'));
const broken = readdirSync(new URL('../../examples/broken', import.meta.url)).filter((f) => f.endsWith('.broken.json'));
const CROSS_REFERENCE = new Set(['duplicate-id', 'unknown-node', 'unknown-actor', 'period-order', 'scale-order', 'period-extension', 'milestone-year', 'not-a-date']);

test('the schema has a draft 2020-12 $schema and an $id', () => {
  assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
  assert.match(schema.$id, /^https:\/\//);
});

test('every example plan is valid for Ajv against the committed schema', () => {
  assert.ok(examples.length >= 5);
  for (const file of examples) {
    const ok = ajvValidate(read(`examples/${file}`));
    assert.ok(ok, `${file}: ${JSON.stringify(ajvValidate.errors)}`);
  }
});

test('every broken document fails: in Ajv for structural faults, in validatePlan always', () => {
  let structural = 0;
  for (const file of broken) {
    const doc = read(`examples/broken/${file}`);
    const result = validatePlan(doc);
    assert.equal(result.valid, false, file);
    const onlyCrossReference = result.errors.every((p) => CROSS_REFERENCE.has(p.code));
    if (!onlyCrossReference) {
      assert.equal(ajvValidate(doc), false, `${file} should fail the JSON Schema too`);
      structural++;
    }
  }
  assert.ok(structural >= 8, `structural broken files: ${structural}`);
});

// Mutations: delete a key, replace a value by another type, or put a hostile key somewhere.
const HOSTILE = [null, 0, -1, 1.5, 1e308, '', 'x'.repeat(300), true, [], {}, { ja: 1 }, '__proto__', 'NaN', [null]];

function paths(value, prefix = [], out = []) {
  out.push(prefix);
  if (out.length > 400) return out;
  if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...prefix, i], out));
  else if (value && typeof value === 'object') for (const k of Object.keys(value)) paths(value[k], [...prefix, k], out);
  return out;
}

function mutate(doc, path, action, replacement) {
  const copy = structuredClone(doc);
  if (path.length === 0) return action === 'replace' ? replacement : copy;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key];
  const last = path[path.length - 1];
  if (action === 'delete') {
    if (Array.isArray(parent)) parent.splice(last, 1);
    else delete parent[last];
  } else if (action === 'replace') {
    parent[last] = structuredClone(replacement);
  } else {
    const target = parent[last];
    if (target && typeof target === 'object' && !Array.isArray(target)) {
      Object.defineProperty(target, action, { value: structuredClone(replacement), enumerable: true, configurable: true, writable: true });
    }
  }
  return copy;
}

test('validatePlan agrees with Ajv on 10,000 mutated documents and never throws', () => {
  const docs = examples.map((f) => read(`examples/${f}`));
  const docPaths = docs.map((d) => paths(d));
  let cases = 0;
  let invalid = 0;
  fc.assert(
    fc.property(
      fc.nat(docs.length - 1),
      fc.nat(),
      fc.constantFrom('delete', 'replace', '__proto__', 'constructor', 'extra'),
      fc.constantFrom(...HOSTILE),
      (d, p, action, replacement) => {
        const all = docPaths[d];
        const doc = mutate(docs[d], all[p % all.length], action, replacement);
        const text = JSON.stringify(doc) ?? 'null';
        const parsed = JSON.parse(text);
        let result;
        assert.doesNotThrow(() => {
          result = validatePlan(parsed);
        });
        cases++;
        const schemaOk = ajvValidate(parsed);
        if (!result.valid) invalid++;
        for (const problem of result.errors) {
          assert.equal(typeof problem.pointer, 'string');
          assert.ok(problem.pointer === '' || problem.pointer.startsWith('/'));
          assert.ok(problem.message.ja.length > 0 && problem.message.en.length > 0);
        }
        if (!schemaOk) {
          assert.equal(result.valid, false, `Ajv rejects but validatePlan accepts: ${JSON.stringify(ajvValidate.errors?.slice(0, 2))}`);
        } else if (!result.valid) {
          const extra = result.errors.filter((e) => !CROSS_REFERENCE.has(e.code));
          assert.deepEqual(extra, [], 'validatePlan rejects structure that Ajv accepts');
        }
      },
    ),
    { numRuns: 10_000, seed: 20261127 },
  );
  console.log(`mutated documents: ${cases} cases, ${invalid} invalid`);
  assert.ok(cases >= 10_000);
});
