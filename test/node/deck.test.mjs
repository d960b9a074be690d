// The deck writer as a user's PowerPoint sees the file: its parts, the fonts and languages its text
// names, shapes rather than pictures, the notes of each slide, and what bad input gives.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { importSource } from './bundle.mjs';
import { assertWellFormed, openDeck, slideParts } from '../deck/helpers.mjs';

const { planDeck, periodText, PlanDeckError } = await importSource('src/deck/index.ts');

const example = (name) => JSON.parse(readFileSync(new URL(`../../examples/${name}`, import.meta.url), 'utf8'));
const EXAMPLES = ['iwaki-chiiki-fukushi.plan.json', 'iwaki-sample-indicators.plan.json', 'english-sample.plan.json', 'deep-health-plan.plan.json', 'six-actor-bilingual.plan.json', 'thirty-indicators.plan.json'];

/** The text of every `a:t` of a part, joined. */
const texts = (xml) => [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1].replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>'));

test('every part of every example deck is well-formed XML, and each slide has its notes', () => {
  for (const name of EXAMPLES) {
    const parts = openDeck(planDeck(example(name), { today: '2026-03-31' }));
    for (const [path, xml] of parts) assertWellFormed(xml, `${name} ${path}`);
    const slides = slideParts(parts);
    assert.ok(slides.length >= 4, `${name}: ${slides.length} slides`);
    const types = parts.get('[Content_Types].xml');
    for (const slide of slides) {
      const n = slide.match(/\d+/)[0];
      assert.match(types, new RegExp(`PartName="/${slide}"`), `${name}: ${slide} has its content type`);
      const notes = parts.get(`ppt/notesSlides/notesSlide${n}.xml`);
      assert.ok(notes, `${name}: slide ${n} has notes`);
      assert.ok(texts(notes).join('').length > 0, `${name}: the notes of slide ${n} are not empty`);
      assert.match(parts.get(`ppt/slides/_rels/slide${n}.xml.rels`), new RegExp(`notesSlide${n}\\.xml`));
    }
    assert.equal((parts.get('ppt/presentation.xml').match(/<p:sldId /g) ?? []).length, slides.length);
  }
});

test('fonts are named once in the theme, Japanese as Japanese (charset 128), never the Chinese charset; runs name their language', () => {
  const parts = openDeck(planDeck(example('iwaki-sample-indicators.plan.json'), { today: '2026-03-31' }));
  const theme = parts.get('ppt/theme/theme1.xml');
  assert.match(theme, /<a:minorFont><a:latin typeface="BIZ UDPGothic"[^>]*\/><a:ea typeface="BIZ UDPGothic" pitchFamily="50" charset="-128"\/>/);
  assert.match(theme, /<a:font script="Jpan" typeface="BIZ UDPGothic"\/>/);
  for (const [path, xml] of parts) assert.doesNotMatch(xml, /charset="-122"|charset="134"/, `${path} names a Chinese charset`);
  let runs = 0;
  for (const slide of slideParts(parts)) {
    const xml = parts.get(slide);
    for (const m of xml.matchAll(/<a:rPr ([^>]*)>(.*?)<\/a:rPr>/g)) {
      runs++;
      assert.match(m[1], /lang="ja-JP"/, `${slide}: a run without lang="ja-JP"`);
      assert.match(m[2], /<a:latin typeface="\+mn-lt"\/><a:ea typeface="\+mn-ea"\/>/, `${slide}: a run that does not take the theme's fonts`);
    }
  }
  assert.ok(runs > 50, `${runs} runs`);

  const english = openDeck(planDeck(example('english-sample.plan.json'), { lang: 'en', today: '2026-03-31' }));
  for (const slide of slideParts(english)) {
    for (const m of english.get(slide).matchAll(/<a:rPr ([^>]*)>/g)) assert.match(m[1], /lang="en-US"/, `english ${slide}`);
  }
  // The other typefaces a council's template wants go into the theme, and only there.
  const meiryo = openDeck(planDeck(example('english-sample.plan.json'), { fonts: { eastAsian: 'Meiryo', latin: 'Meiryo' } }));
  assert.match(meiryo.get('ppt/theme/theme1.xml'), /<a:ea typeface="Meiryo" pitchFamily="50" charset="-128"\/>/);
  assert.doesNotMatch(meiryo.get('ppt/slides/slide2.xml'), /typeface="Meiryo"/);
});

test('everything is native: shapes and text frames, no pictures, no media parts', () => {
  const parts = openDeck(planDeck(example('iwaki-sample-indicators.plan.json'), { today: '2026-03-31' }));
  assert.deepEqual([...parts.keys()].filter((p) => /media|\.png|\.jpe?g|\.emf|\.svg/i.test(p)), []);
  for (const slide of slideParts(parts)) {
    const xml = parts.get(slide);
    assert.doesNotMatch(xml, /<p:pic|<a:blip|<p:oleObj/, `${slide} holds a picture`);
    assert.match(xml, /<p:ph type="title"\/>/, `${slide} has a title`);
  }
});

test('the title slide gives the title, the municipality and the period with its extension', () => {
  // The Iwaki plan: 令和3〜7年度, extended by a year (plan.period.originalTo).
  const plan = example('iwaki-chiiki-fukushi.plan.json');
  assert.equal(plan.plan.period.originalTo, 2025);
  assert.equal(periodText(plan, 'ja'), '計画期間 令和3年度〜令和7年度 → 令和8年度まで延長');
  assert.equal(periodText(plan, 'en'), 'Plan period FY2021 to FY2025 → extended to FY2026');
  const title = texts(openDeck(planDeck(plan)).get('ppt/slides/slide1.xml'));
  assert.deepEqual(title, ['いわき市地域福祉計画', 'いわき市', '計画期間 令和3年度〜令和7年度 → 令和8年度まで延長']);
  const plain = example('iwaki-chiiki-fukushi.plan.json');
  delete plain.plan.period.originalTo;
  assert.equal(periodText(plain, 'ja'), '計画期間 令和3年度〜令和8年度');
});

test('the slide order: title, 体系図, a slide per goal, collaboration, indicators by goal (at most six a slide, with grade counts), sections', () => {
  const plan = example('iwaki-sample-indicators.plan.json');
  const parts = openDeck(planDeck(plan, { today: '2026-03-31' }));
  const names = slideParts(parts).map((s) => parts.get(s).match(/<p:cSld name="([^"]*)"/)[1]);
  const goals = plan.goals.map((g) => `${g.label} ${g.title}`);
  assert.equal(names[0], 'いわき市地域福祉計画');
  assert.equal(names[1], '施策の体系');
  assert.deepEqual(names.slice(2, 5), goals);
  assert.equal(names[5], '協働の図：地域福祉の実現');
  assert.deepEqual(names.slice(6, 9), goals.map((g) => `成果指標：${g}`));
  assert.deepEqual(names.slice(9), plan.sections.map((s) => s.title));
  // Goal 2's slide: the count per grade drawn (the indicators figure's summary), and said in the notes.
  const goal2 = texts(parts.get('ppt/slides/slide8.xml'));
  for (const count of ['成果指標 5件', '達成 1', '順調 0', '遅れ 1', '悪化 2', '未計測 1']) assert.ok(goal2.includes(count), `${count} is not on the slide: ${goal2.slice(0, 10)}`);
  assert.ok(texts(parts.get('ppt/notesSlides/notesSlide8.xml')).includes('指標 5件　達成 1件　遅れ 1件　悪化 2件　未計測 1件'));

  const thirty = example('thirty-indicators.plan.json');
  const many = openDeck(planDeck(thirty, { today: '2026-03-31' }));
  for (const slide of slideParts(many)) {
    const xml = many.get(slide);
    if (!/name="成果指標/.test(xml)) continue;
    const names = thirty.indicators.filter((i) => texts(xml).some((t) => t.includes(typeof i.name === 'string' ? i.name : i.name.ja)));
    assert.ok(names.length >= 1 && names.length <= 6, `${slide}: ${names.length} indicators`);
  }
});

test('plan text is data: markup and control characters in titles stay text and the parts stay well-formed', () => {
  const plan = example('iwaki-chiiki-fukushi.plan.json');
  plan.plan.title = '<b>計画</b> & "テスト" \u0001';
  plan.goals[0].title = '</a:t></a:r><p:pic/>';
  const parts = openDeck(planDeck(plan));
  for (const [path, xml] of parts) assertWellFormed(xml, path);
  assert.deepEqual(texts(parts.get('ppt/slides/slide1.xml')).slice(0, 1), ['<b>計画</b> & "テスト" ']);
  assert.ok(slideParts(parts).some((s) => texts(parts.get(s)).some((t) => t.includes('</a:t></a:r><p:pic/>'))));
});

test('bad input: a readable error with the JSON Pointer, in the deck language, and nothing written', () => {
  const broken = JSON.parse(readFileSync(new URL('../../examples/broken/duplicate-id.broken.json', import.meta.url), 'utf8'));
  assert.throws(() => planDeck(broken), (error) => error instanceof PlanDeckError && /\/goals\/0\/children\/1\/id/.test(error.message) && /重複しています/.test(error.message));
  assert.throws(() => planDeck(example('iwaki-chiiki-fukushi.plan.json'), { lang: 'en', indicators: { schemaVersion: 1 } }), (error) => error instanceof PlanDeckError && /The indicators document has \d+ problem/.test(error.message));
  assert.throws(() => planDeck(example('iwaki-chiiki-fukushi.plan.json'), { today: '2026-02-30' }), /today は YYYY-MM-DD/);
  assert.throws(() => planDeck(example('iwaki-chiiki-fukushi.plan.json'), { size: '3:2' }), /size は 16:9 か 4:3/);
  assert.throws(() => planDeck(null), PlanDeckError);
  // Indicators whose nodes are not in the plan are the plan's problem, named where they are.
  const other = example('thirty-indicators.plan.json');
  assert.throws(() => planDeck(example('iwaki-chiiki-fukushi.plan.json'), { indicators: other }), (error) => error instanceof PlanDeckError && /\/indicators\/26\/node  ノード "4-1" がありません/.test(error.message));
});

test('the same plan gives the same bytes; 4:3 slides are 10 × 7.5 inches', () => {
  const a = planDeck(example('deep-health-plan.plan.json'), { today: '2026-03-31' });
  const b = planDeck(example('deep-health-plan.plan.json'), { today: '2026-03-31' });
  assert.deepEqual(a, b);
  const four = openDeck(planDeck(example('deep-health-plan.plan.json'), { size: '4:3' }));
  assert.match(four.get('ppt/presentation.xml'), /<p:sldSz cx="9144000" cy="6858000" type="screen4x3"\/>/);
});
