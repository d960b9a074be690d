// The documented @cssprop defaults (custom-elements.json, generated from the elements' JSDoc, and
// from it the README's element reference) are the themes' light values (src/theme/).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { importSource } from './bundle.mjs';

const { themes } = await importSource('src/theme/index.ts');
const manifest = JSON.parse(readFileSync(new URL('../../custom-elements.json', import.meta.url), 'utf8'));

/** One spelling per colour: `#fff` is `#ffffff`. */
const normal = (value) => {
  const v = value.trim().toLowerCase();
  return /^#[0-9a-f]{3}$/.test(v) ? `#${[...v.slice(1)].map((d) => d + d).join('')}` : v;
};

/** Every element's documented custom properties with a default, by tag. */
function documented() {
  const out = new Map();
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (!declaration.tagName) continue;
      const props = new Map();
      for (const prop of declaration.cssProperties ?? []) if (prop.default !== undefined) props.set(prop.name, prop.default);
      out.set(declaration.tagName, props);
    }
  }
  return out;
}

test("every documented default of a theme's property is the theme's light value", () => {
  const docs = documented();
  let checked = 0;
  const wrong = [];
  for (const [tag, props] of docs) {
    for (const [name, value] of props) {
      const theme = Object.values(themes).find((t) => Object.hasOwn(t.tokens, name));
      if (!theme) continue;
      checked++;
      if (normal(value) !== normal(theme.tokens[name].light)) wrong.push(`${tag} ${name}: documented ${value}, theme ${theme.tokens[name].light}`);
    }
  }
  assert.deepEqual(wrong, []);
  assert.ok(checked >= 30, `only ${checked} documented defaults checked`);
});

test("every public token of the tree's theme is documented on <plan-tree>, and nothing else in its prefix", () => {
  const tree = documented().get('plan-tree');
  assert.ok(tree, '<plan-tree> is in custom-elements.json');
  const tokens = Object.keys(themes['plan-tree'].tokens).filter((name) => !name.startsWith('--_'));
  assert.deepEqual(
    tokens.filter((name) => !tree.has(name)),
    [],
    'tokens without documentation',
  );
  assert.deepEqual(
    [...tree.keys()].filter((name) => name.startsWith('--plan-tree-') && !tokens.includes(name)),
    [],
    'documented properties the theme does not have',
  );
});
