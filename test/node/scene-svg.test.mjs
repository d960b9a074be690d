// The SVG file renderer of a scene (src/scene/svg.ts) and the theme it resolves paints with.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { importSource } from './bundle.mjs';

const { sceneToSVG, formatNumber, formatPath, SceneError } = await importSource('src/scene/svg.ts');
const { treeTheme, gaugeTheme, collaborationTheme, resolvePaint, themeDeclarations, privateName, defineTheme } = await importSource('src/theme/index.ts');

const scene = (items, extra = {}) => ({
  theme: 'plan-tree',
  width: 200.004,
  height: 100,
  lang: 'ja',
  title: '体系図',
  description: 'いわき市 <計画> & "案"',
  background: '--plan-tree-background',
  items,
  ...extra,
});

test('a standalone file: declaration, size, title and description escaped, font stack, background', () => {
  const svg = sceneToSVG(scene([]), treeTheme);
  assert.equal(
    svg,
    `<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100" viewBox="0 0 200 100" role="img" aria-labelledby="title desc" lang="ja" font-family="'Noto Sans CJK JP','Noto Sans JP','Hiragino Sans','Yu Gothic',Meiryo,sans-serif">\n` +
      `<title id="title">体系図</title>\n<desc id="desc">いわき市 &lt;計画&gt; &amp; "案"</desc>\n<rect width="200" height="100" fill="#ffffff"/>\n</svg>\n`,
  );
});

test('plan text is data: markup in a title is escaped text, characters XML cannot hold are dropped', () => {
  const evil = '<script>alert(1)</script>&amp;\u0000\u0008\uFFFF\uD800x "q"';
  const svg = sceneToSVG(scene([{ type: 'text', fontSize: 14, fill: '--plan-tree-text-color', lines: [{ text: evil, x: 1, y: 2 }] }], { title: evil }), treeTheme);
  assert.doesNotMatch(svg, /<script/);
  assert.ok(svg.includes('<text x="1" y="2" font-size="14" fill="#1b1b1b">&lt;script&gt;alert(1)&lt;/script&gt;&amp;amp;x "q"</text>'), svg);
  assert.doesNotMatch(svg, /[\u0000-\u0008\uFFFF]/);
});

test('each line of a text block is its own <text> at its baseline; no dominant-baseline; lang only where it differs', () => {
  const svg = sceneToSVG(
    scene([
      {
        type: 'text',
        fontSize: 13.333,
        bold: true,
        anchor: 'middle',
        lang: 'en',
        fill: '--plan-tree-goal-text-color',
        lines: [
          { text: 'Safe', x: 50, y: 20.456 },
          { text: 'living', x: 50, y: 38.1 },
        ],
      },
      { type: 'text', fontSize: 12, lang: 'ja', vertical: true, lines: [{ text: '縦書き', x: 5, y: 0 }] },
    ]),
    treeTheme,
  );
  assert.ok(svg.includes('<text x="50" y="20.46" font-size="13.33" font-weight="bold" text-anchor="middle" lang="en" fill="#ffffff">Safe</text><text x="50" y="38.1" '), svg);
  assert.ok(svg.includes('<text x="5" y="0" font-size="12" writing-mode="vertical-rl">縦書き</text>'), svg);
  assert.doesNotMatch(svg, /dominant-baseline/);
});

test('shapes: paints resolved through the theme, page overrides and the scheme; literal colours kept', () => {
  const items = [
    {
      type: 'group',
      x: 10,
      y: -0.001,
      children: [{ type: 'rect', x: 0, y: 0, width: 10, height: 5, r: 3, fill: '--plan-tree-goal-1-tint', stroke: '--plan-tree-goal-1-color', strokeWidth: 1.25, dash: [5, 3] }],
    },
    { type: 'circle', cx: 1, cy: 2, r: 3, fill: '#aa0000', fillOpacity: 0.1 },
    { type: 'line', x1: 0, y1: 0, x2: 1 / 3, y2: 2, stroke: '--plan-tree-link-color', lineCap: 'round' },
    { type: 'path', d: 'M0,0.333333C1.005,2,-0.0001,3,4,5Z', fill: 'none', stroke: '--plan-tree-link-color' },
    {
      type: 'polygon',
      points: [
        [0, 0],
        [1.005, 2],
        [3, 0],
      ],
      fill: '--plan-tree-vision-color',
      opacity: 0.5,
    },
  ];
  const light = sceneToSVG(scene(items), treeTheme);
  assert.ok(
    light.includes(
      '<g transform="translate(10,0)"><rect x="0" y="0" width="10" height="5" rx="3" fill="#eef4fb" stroke="#1d5a9e" stroke-width="1.25" stroke-dasharray="5 3"/></g>',
    ),
    light,
  );
  assert.ok(light.includes('<circle cx="1" cy="2" r="3" fill="#aa0000" fill-opacity="0.1"/>'));
  assert.ok(light.includes('<line x1="0" y1="0" x2="0.33" y2="2" stroke="#767c86" stroke-linecap="round"/>'));
  assert.ok(light.includes('<path d="M0,0.33C1,2,0,3,4,5Z" fill="none" stroke="#767c86"/>'), light);
  assert.ok(light.includes('<polygon points="0,0 1,2 3,0" fill="#23344d" opacity="0.5"/>'), light);
  const dark = sceneToSVG(scene(items), treeTheme, {
    scheme: 'dark',
    overrides: { '--plan-tree-goal-1-color': ' rebeccapurple ', '--plan-tree-link-color': 'x" onload="alert(1)' },
  });
  assert.ok(dark.includes('fill="#1b2533" stroke="rebeccapurple"'), dark);
  assert.ok(dark.includes('<rect width="200" height="100" fill="#17191c"/>'));
  assert.ok(dark.includes('stroke="x&quot; onload=&quot;alert(1)"'), 'an override is an escaped attribute value');
});

test('a scene that cannot be written is an error, not a broken file', () => {
  assert.throws(
    () => sceneToSVG(scene([{ type: 'rect', x: NaN, y: 0, width: 1, height: 1 }]), treeTheme),
    (e) => e instanceof SceneError && /x is not a finite number/.test(e.message),
  );
  assert.throws(() => sceneToSVG(scene([{ type: 'rect', x: 0, y: 0, width: 1, height: 1, fill: '--plan-tree-nope' }]), treeTheme), /no token --plan-tree-nope/);
  assert.throws(() => sceneToSVG(scene([]), gaugeTheme), /plan-tree theme/);
});

test('numbers: one spelling each', () => {
  assert.equal(formatNumber(-0.001), '0');
  assert.equal(formatNumber(1.005), '1');
  assert.equal(formatNumber(2.675), '2.68');
  assert.equal(formatNumber(1e21), '1e+21');
  assert.equal(formatPath('M1e-7,2A3,3,0,0,1,4.4449,5'), 'M0,2A3,3,0,0,1,4.44,5');
  assert.equal(
    sceneToSVG(scene([{ type: 'rect', x: 0.1 + 0.2, y: 0, width: 1, height: 1 }]), treeTheme),
    sceneToSVG(scene([{ type: 'rect', x: 0.3, y: 0, width: 1, height: 1 }]), treeTheme),
  );
});

test('themes: private aliases, declarations for CSS, every token in light, dark and forced colours', () => {
  assert.equal(privateName(treeTheme, '--plan-tree-vision-text-color'), '--_vision-text');
  assert.equal(privateName(treeTheme, '--plan-tree-goal-1-tint'), '--_goal-1-tint');
  assert.equal(privateName(treeTheme, '--plan-tree-background'), '--_background');
  assert.ok(themeDeclarations(treeTheme, 'dark').includes('--_text:var(--plan-tree-text-color,#e6e8eb);'));
  assert.ok(themeDeclarations(gaugeTheme, 'light').includes('--_check:#ffffff;'));
  for (const theme of [treeTheme, gaugeTheme, collaborationTheme]) {
    for (const [name, value] of Object.entries(theme.tokens)) {
      for (const scheme of ['light', 'dark']) assert.match(value[scheme], /^(#[0-9a-f]{6}|0(\.\d+)?|1)$/, `${name} ${scheme}`);
      assert.match(value.forced, /^([A-Z][A-Za-z]+|0|1)$/, `${name} forced`);
    }
  }
  assert.throws(() => defineTheme('plan-tree', { '--plan-gauge-x': { light: '#000000', dark: '#000000', forced: 'CanvasText' } }), /must start with --plan-tree-/);
});
