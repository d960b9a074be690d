// fast-check generators of VALID plan documents: the shapes and text a city could write.
// Used by test/node/property-layout.test.mjs; every generated plan passes validatePlan (the
// test asserts it, so a generator mistake cannot hide as a layout pass).
import fc from 'fast-check';

// Japanese with the characters that steer line breaking: 禁則 (、。」）ー small kana), 中黒 ・,
// brackets, ideographic space; English words short and long; emoji (one code point, ZWJ
// sequences, flags, skin tones, keycaps); a combining mark.
const JA_CHARS = [...'地域福祉の推進子ども子育て支援充実高齢者安心暮らせる見守り体制整備健康寿命延伸まちづくり協働住民行政相談包括的連携いわき市計画目標施策'];
const KINSOKU = [...'、。，．・：；？！ー〜…‥」』）】〕〉》ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ々「『（【〔〈《'];
const SPACES = [' ', ' ', ' ', '\u3000', '\u00a0', '\n'];
const EMOJI = ['😀', '👨‍👩‍👧‍👦', '🇯🇵', '👍🏽', '1️⃣', '🏥', '♿', 'e\u0301'];
const EN_WORDS = ['community', 'support', 'for', 'older', 'residents', 'and', 'a', 'I', 'safeguarding', 'intergenerational', 'neighbourhood', 'wellbeing', 'the', 'of', 'health'];
const LONG_WORDS = [
  'Donaudampfschifffahrtsgesellschaftskapitän',
  'https://www.city.iwaki.lg.jp/www/contents/1001000000/chiiki-fukushi-keikaku.html',
  'supercalifragilisticexpialidocious',
  '1234567890123456789012345678901234567890',
];
const JA_PHRASES = ['子ども・子育て支援', 'の充実', '（仮称）', '「つながり」', 'づくり', '高齢者が安心して暮らせる', '見守り体制の整備', '令和３年度', '100％', 'ＩＣＴ'];

/** Deterministic pseudo-random numbers (mulberry32): a string is built from one generated seed, which is far cheaper than generating it character by character. */
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LATIN = [...'abcdefghijklmnopqrstuvwxyzABCXYZ0123456789-/.,()%'];
/** [weight, pool] */
const CHAR_POOLS = [
  [6, JA_CHARS],
  [3, KINSOKU],
  [2, SPACES],
  [4, LATIN],
  [1, EMOJI],
];
const WORD_POOLS = [
  [6, EN_WORDS],
  [4, JA_PHRASES],
  [1, LONG_WORDS],
  [1, EMOJI],
];

function pickWeighted(rand, pools) {
  let roll = rand() * pools.reduce((sum, [w]) => sum + w, 0);
  for (const [weight, pool] of pools) {
    roll -= weight;
    if (roll < 0) return pool[Math.floor(rand() * pool.length)];
  }
  const pool = pools[pools.length - 1][1];
  return pool[pool.length - 1];
}

/** Shapes of strings: [weight, unit, min, max length (in units), joiner]. */
function shapes(max) {
  return [
    [3, 'char', 0, 12, ''],
    [3, 'word', 0, 8, ' '],
    [2, 'word', 0, 6, ''],
    [1, 'char', 40, 80, ''],
    [1, 'char', max - 20, max, ''],
    [1, 'word', 20, 40, ' '],
  ];
}

function buildString(seed, max) {
  const rand = random(seed);
  const options = shapes(max);
  let roll = rand() * options.reduce((sum, [w]) => sum + w, 0);
  let shape = options[0];
  for (const option of options) {
    roll -= option[0];
    if (roll < 0) {
      shape = option;
      break;
    }
  }
  const [, unit, min, most, joiner] = shape;
  const length = min + Math.floor(rand() * (most - min + 1));
  const parts = [];
  for (let i = 0; i < length; i++) parts.push(pickWeighted(rand, unit === 'char' ? CHAR_POOLS : WORD_POOLS));
  return parts.join(joiner);
}

/** Cuts a string to at most `max` UTF-16 units without leaving half a surrogate pair. */
function cut(text, max) {
  if (text.length <= max) return text;
  let out = text.slice(0, max);
  const last = out.charCodeAt(out.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) out = out.slice(0, -1);
  return out;
}

/** A string of up to `max` characters (Japanese, English, mixed, emoji): mostly short, sometimes near the limit. */
export function textString(max = 200) {
  return fc.integer({ min: 0, max: 0xffffffff }).map((seed) => cut(buildString(seed, max), max));
}

/** Text: a plain string, or bilingual / one-language / other-language objects. */
export function text(max = 200) {
  const s = textString(max);
  return fc.oneof(
    { weight: 4, arbitrary: s },
    { weight: 3, arbitrary: fc.record({ ja: s, en: s }) },
    { weight: 1, arbitrary: fc.record({ en: s }) },
    { weight: 1, arbitrary: fc.record({ ja: s }) },
    { weight: 1, arbitrary: fc.record({ fr: s, 'zh-Hant': s }) },
  );
}

const year = fc.integer({ min: 1000, max: 9999 });
const realisticYear = fc.integer({ min: 2010, max: 2040 });
const isoDate = fc
  .record({ y: fc.integer({ min: 1000, max: 9999 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }) })
  .map(({ y, m, d }) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);

/** Finite numbers: everyday values, percentages, huge and tiny ones, negative zero. */
export const value = fc.oneof(
  { weight: 6, arbitrary: fc.double({ min: 0, max: 200, noNaN: true, noDefaultInfinity: true }) },
  { weight: 3, arbitrary: fc.integer({ min: -1000, max: 100000 }) },
  { weight: 1, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
  { weight: 1, arbitrary: fc.constantFrom(0, -0, 1e-9, 5e-324, 1e15, -1e15, Number.MAX_VALUE, -Number.MAX_VALUE, 0.1 + 0.2, 99.99999) },
);

const observation = fc.record({ value, year: fc.oneof(realisticYear, year), date: isoDate, note: text(60) }, { requiredKeys: ['value'] });

/** Node fields apart from id and children. */
const nodeFields = {
  label: text(30),
  title: text(),
  description: text(),
  group: fc.oneof({ weight: 3, arbitrary: fc.constantFrom('〈人づくり〉', '〈体制づくり〉', '〈安全・安心〉', 'Group A') }, { weight: 1, arbitrary: text(60) }),
  pending: fc.boolean(),
};
const nodeRecord = fc.record(nodeFields, { requiredKeys: ['title'] });

/** Nodes `level` (1 = goals) to `depth`: usually a few children, sometimes a wide run of 40–60 leaves. */
function nodeAt(level, depth) {
  if (level >= depth) return nodeRecord;
  const child = nodeAt(level + 1, depth);
  return fc
    .record({
      node: nodeRecord,
      children: fc.oneof(
        { weight: 40, arbitrary: fc.constant(undefined) },
        { weight: 60, arbitrary: fc.array(child, { maxLength: level === 1 ? 4 : 3 }) },
        { weight: 1, arbitrary: fc.array(nodeRecord, { minLength: 40, maxLength: 60 }) },
      ),
    })
    .map(({ node, children }) => (children === undefined ? node : { ...node, children }));
}

/** At most this many nodes per plan: wide runs deep in the tree are pruned, keeping every level. */
const MAX_NODES = 400;

/** Gives every node a unique id (its path, sometimes with an odd suffix) and bounds the size. */
function finishNodes(goals, suffixes) {
  let count = 0;
  let k = 0;
  const ids = [];
  const walk = (nodes, prefix) =>
    nodes.flatMap((node, i) => {
      if (count >= MAX_NODES) return [];
      count++;
      const path = prefix === '' ? String(i + 1) : `${prefix}-${i + 1}`;
      const suffix = suffixes[k++ % suffixes.length] ?? '';
      const id = suffix === '' ? path : `${path}:${suffix}`;
      ids.push(id);
      const out = { id, ...node };
      delete out.children;
      if (node.children) {
        const children = walk(node.children, path);
        if (children.length > 0 || node.children.length === 0) out.children = children;
      }
      return [out];
    });
  return { goals: walk(goals, ''), ids };
}

const idSuffix = fc.oneof({ weight: 8, arbitrary: fc.constant('') }, { weight: 1, arbitrary: fc.constantFrom('a', '<b>', '日本', ' ', '__proto__', 'constructor', '"', '😀') });

const DIRECTIONS = ['increase', 'decrease', 'maintain'];

function indicatorOf(raw, i, ids) {
  const indicator = { id: `ind-${i}${raw.idSuffix}`, name: raw.name, direction: raw.direction, baseline: raw.baseline, target: raw.target };
  if (raw.unit !== undefined) indicator.unit = raw.unit;
  if (raw.node !== undefined && ids.length > 0) indicator.node = ids[raw.node % ids.length];
  if (raw.current !== undefined) indicator.current = raw.current;
  if (raw.history !== undefined) indicator.history = raw.history;
  if (raw.scale !== undefined) {
    const [a, b] = raw.scale;
    if (a < b) indicator.scale = { min: a, max: b };
    else if (b < a) indicator.scale = { min: b, max: a };
  }
  return indicator;
}

const rawIndicator = fc.record(
  {
    idSuffix: fc.constantFrom('', '', '', '-x', ' 日本'),
    name: text(),
    unit: fc.oneof({ weight: 3, arbitrary: fc.constantFrom('%', '人', '人口10万対', '件', 'か所', 'points', 'km²') }, { weight: 1, arbitrary: text(40) }),
    node: fc.nat(),
    direction: fc.constantFrom(...DIRECTIONS),
    baseline: observation,
    target: observation,
    current: observation,
    history: fc.array(observation, { maxLength: 8 }),
    scale: fc.tuple(value, value),
  },
  { requiredKeys: ['idSuffix', 'name', 'direction', 'baseline', 'target'] },
);

/** 0–200 indicators: mostly a few, sometimes a lot. */
const rawIndicators = fc.oneof(
  { weight: 120, arbitrary: fc.constant(undefined) },
  { weight: 240, arbitrary: fc.array(rawIndicator, { maxLength: 5 }) },
  { weight: 6, arbitrary: fc.array(rawIndicator, { minLength: 20, maxLength: 60 }) },
  { weight: 1, arbitrary: fc.array(rawIndicator, { minLength: 190, maxLength: 200 }) },
);

const COLORS = ['#1d5a9e', 'rebeccapurple', 'rgb(0 128 0)', 'hsl(30 80% 40%)', 'transparent', '#000'];
const evaluation = fc.record({
  grades: fc.array(fc.record({ label: text(30), min: value, color: fc.constantFrom(...COLORS) }, { requiredKeys: ['label', 'min'] }), { minLength: 1, maxLength: 6 }),
});

const keyword = fc.record({ text: text(60), actors: fc.array(fc.nat(), { maxLength: 4 }), node: fc.nat() }, { requiredKeys: ['text'] });
const rawCollaboration = fc.record(
  {
    title: text(),
    center: text(60),
    actors: fc.array(fc.record({ label: text(40), description: text() }, { requiredKeys: ['label'] }), { minLength: 2, maxLength: 6 }),
    keywords: fc.oneof({ weight: 10, arbitrary: fc.array(keyword, { maxLength: 8 }) }, { weight: 1, arbitrary: fc.array(keyword, { minLength: 20, maxLength: 30 }) }),
    ring: fc.array(text(30), { maxLength: 8 }),
  },
  { requiredKeys: ['center', 'actors'] },
);

function collaborationOf(raw, ids) {
  const actors = raw.actors.map((a, i) => ({ id: i % 3 === 2 ? `actor ${i} 〈地域〉` : `a${i}`, ...a }));
  const collaboration = { center: raw.center, actors };
  if (raw.title !== undefined) collaboration.title = raw.title;
  if (raw.ring !== undefined) collaboration.ring = raw.ring;
  if (raw.keywords !== undefined) {
    collaboration.keywords = raw.keywords.map((k) => {
      const keyword = { text: k.text };
      if (k.actors !== undefined) keyword.actors = k.actors.map((n) => actors[n % actors.length].id);
      if (k.node !== undefined && ids.length > 0) keyword.node = ids[k.node % ids.length];
      return keyword;
    });
  }
  return collaboration;
}

const plan = fc.record(
  {
    id: fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,30}$/),
    title: text(),
    municipality: text(30),
    period: fc.tuple(year, year, text(40)).map(([a, b, label]) => ({ from: Math.min(a, b), to: Math.max(a, b), label })),
    lang: fc.constantFrom('ja', 'en', 'en-GB', 'fr', 'zh-Hant'),
    source: fc.constantFrom('https://www.city.iwaki.lg.jp/', 'urn:isbn:0451450523', 'mailto:fukushi@city.example.lg.jp'),
    updated: isoDate,
    notes: fc.array(text(), { maxLength: 3 }),
  },
  { requiredKeys: ['id', 'title'] },
);

/** A valid plan document, depth 1–6 under the vision. */
export const planDocument = fc
  .integer({ min: 1, max: 6 })
  .chain((depth) =>
    fc.record(
      {
        plan,
        levels: fc.array(text(20), { maxLength: 7 }),
        vision: fc.record({ label: text(20), text: text() }, { requiredKeys: ['text'] }),
        goals: fc.array(nodeAt(1, depth), { minLength: 1, maxLength: 6 }),
        suffixes: fc.array(idSuffix, { minLength: 1, maxLength: 16 }),
        indicators: rawIndicators,
        collaboration: fc.oneof({ weight: 13, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: rawCollaboration }),
        sections: fc.array(fc.record({ title: text(), items: fc.array(text(), { maxLength: 12 }) }), { maxLength: 4 }),
        evaluation: fc.oneof({ weight: 3, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: evaluation }),
      },
      { requiredKeys: ['plan', 'vision', 'goals', 'suffixes', 'indicators', 'collaboration', 'evaluation'] },
    ),
  )
  .map((raw) => {
    const { goals, ids } = finishNodes(raw.goals, raw.suffixes);
    const doc = { schemaVersion: 1, plan: raw.plan, vision: raw.vision, goals };
    if (raw.levels !== undefined) doc.levels = raw.levels;
    if (raw.indicators !== undefined) doc.indicators = raw.indicators.map((r, i) => indicatorOf(r, i, ids));
    if (raw.collaboration !== undefined) doc.collaboration = collaborationOf(raw.collaboration, ids);
    if (raw.sections !== undefined) doc.sections = raw.sections.map((s, i) => ({ id: `s${i}`, ...s }));
    if (raw.evaluation !== undefined) doc.evaluation = raw.evaluation;
    return doc;
  });

/** How a layout is asked for: the element's attributes, including odd values. */
export const treeOptions = fc.record(
  {
    orientation: fc.constantFrom('horizontal', 'vertical'),
    visionWriting: fc.constantFrom('horizontal', 'vertical'),
    maxLines: fc.oneof(fc.integer({ min: 1, max: 8 }), fc.constantFrom(0, -3, 2.5, NaN, Infinity, 1000)),
    lang: fc.constantFrom('ja', 'en', 'fr', ''),
  },
  { requiredKeys: ['orientation', 'visionWriting'] },
);

/**
 * How the collaboration element asks for a layout: its width (280 px up to max-width, 800 by
 * default) and font-size, sometimes nonsense. The layout's cost grows with (width / font size)²,
 * so very small fonts on very wide figures stay rare.
 */
export const collaborationOptions = fc.record(
  {
    width: fc.oneof({ weight: 12, arbitrary: fc.integer({ min: 280, max: 960 }) }, { weight: 1, arbitrary: fc.constantFrom(1600, 240, 0, -100, NaN, Infinity) }),
    fontSize: fc.oneof({ weight: 12, arbitrary: fc.integer({ min: 10, max: 20 }) }, { weight: 1, arbitrary: fc.constantFrom(0, NaN, 3, 6, 8, 24, 36, 48, 60) }),
    lang: fc.constantFrom('ja', 'en', 'fr'),
  },
  { requiredKeys: [] },
);
