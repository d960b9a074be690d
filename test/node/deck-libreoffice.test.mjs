// Decks of every example opened by another program: LibreOffice Impress converts them to PDF in
// one run (the package opens, every slide becomes a page), and poppler reads the pages back:
// every node title and indicator name is there as text, and no word lies outside its page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importSource } from './bundle.mjs';
import { convertToPdf, openDeck, pdfPages as readPages, readersAvailable, slideParts, squeeze } from '../deck/helpers.mjs';

// Each PDF read once by pdftotext for all the tests (more slides since the 概要版's parts: keep CI time).
const read = new Map();
const pdfPages = (pdf) => (read.has(pdf) ? read.get(pdf) : (read.set(pdf, readPages(pdf)), read.get(pdf)));

const { planDeck } = await importSource('src/deck/index.ts');
const { resolveText } = await importSource('src/schema/text.ts');

const example = (name) => JSON.parse(readFileSync(new URL(`../../examples/${name}`, import.meta.url), 'utf8'));

/** The decks: every example in its own language, the English sample in English, Iwaki with the sample indicators, and one at 4:3. */
const DECKS = [
  { file: 'iwaki', plan: 'iwaki-chiiki-fukushi.plan.json', options: { indicators: example('iwaki-sample-indicators.plan.json') } },
  { file: 'iwaki-plain', plan: 'iwaki-chiiki-fukushi.plan.json', options: {} },
  { file: 'english-ja', plan: 'english-sample.plan.json', options: {} },
  { file: 'english-en', plan: 'english-sample.plan.json', options: { lang: 'en' } },
  { file: 'deep', plan: 'deep-health-plan.plan.json', options: {} },
  { file: 'deep-4x3', plan: 'deep-health-plan.plan.json', options: { size: '4:3' } },
  { file: 'six-actor', plan: 'six-actor-bilingual.plan.json', options: {} },
  { file: 'thirty', plan: 'thirty-indicators.plan.json', options: { lang: 'en' } },
];

const skip = !readersAvailable() && process.env.CI !== 'true' ? 'LibreOffice or poppler-utils is not installed (CI installs them)' : false;
const dir = mkdtempSync(join(tmpdir(), 'plan-viz-deck-lo-'));
const decks = [];
let conversion;

before(async () => {
  if (skip) return;
  for (const deck of DECKS) {
    const plan = example(deck.plan);
    const bytes = planDeck(plan, { today: '2026-03-31', ...deck.options });
    const path = join(dir, `${deck.file}.pptx`);
    writeFileSync(path, bytes);
    const parts = openDeck(bytes);
    const document = deck.options.indicators ? { ...plan, indicators: deck.options.indicators.indicators } : plan;
    decks.push({ ...deck, path, pdf: join(dir, `${deck.file}.pdf`), slides: slideParts(parts).length, document, lang: deck.options.lang ?? plan.plan.lang ?? 'ja' });
  }
  conversion = await convertToPdf(
    decks.map((d) => d.path),
    dir,
    join(dir, 'profile'),
  );
});

test('LibreOffice opens every deck and converts it (one run, exit status 0, a PDF each)', { skip }, () => {
  for (const deck of decks) {
    assert.match(
      conversion.stdout,
      new RegExp(`convert ${deck.path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} -> .*using filter : impress_pdf_Export`),
      `${deck.file}: ${conversion.stdout} ${conversion.stderr}`,
    );
    assert.ok(existsSync(deck.pdf), `${deck.file}.pdf was not written`);
  }
  assert.doesNotMatch(conversion.stderr, /Error|failed to load|General input\/output error/i);
});

test('one page per slide; every node title, the vision, every indicator name, related plan and event is on a page as text', { skip }, async () => {
  for (const deck of decks) {
    const pages = await pdfPages(deck.pdf);
    assert.equal(pages.length, deck.slides, `${deck.file}: pages`);
    const all = squeeze(pages.map((p) => p.words.map((w) => w.text).join('')).join(''));
    const planLang = deck.document.plan.lang ?? 'ja';
    const want = [resolveText(deck.document.vision.text, deck.lang, planLang)];
    const walk = (nodes) => nodes.forEach((n) => (want.push(resolveText(n.title, deck.lang, planLang)), walk(n.children ?? [])));
    walk(deck.document.goals);
    for (const indicator of deck.document.indicators ?? []) want.push(resolveText(indicator.name, deck.lang, planLang));
    // The 概要版's parts: every related plan, every event of the timeline and its items.
    for (const related of deck.document.relatedPlans ?? []) want.push(resolveText(related.title, deck.lang, planLang));
    for (const event of deck.document.timeline ?? [])
      want.push(resolveText(event.title, deck.lang, planLang), ...(event.items ?? []).map((item) => resolveText(item, deck.lang, planLang)));
    const missing = want.filter((t) => !all.includes(squeeze(t)));
    assert.deepEqual(missing, [], `${deck.file}: not in the PDF`);
  }
});

test('no word lies outside its page', { skip }, async () => {
  for (const deck of decks) {
    const pages = await pdfPages(deck.pdf);
    pages.forEach((page, i) => {
      for (const w of page.words) {
        const inside = w.xMin >= -0.5 && w.yMin >= -0.5 && w.xMax <= page.width + 0.5 && w.yMax <= page.height + 0.5;
        assert.ok(inside, `${deck.file} page ${i + 1}: "${w.text}" at ${w.xMin},${w.yMin}–${w.xMax},${w.yMax} outside ${page.width}×${page.height}`);
      }
    });
  }
});

test('4:3 pages are 10 × 7.5 inches, 16:9 pages 13.33 × 7.5', { skip }, async () => {
  const size = async (file) => (await pdfPages(decks.find((d) => d.file === file).pdf))[0];
  const wide = await size('deep');
  const four = await size('deep-4x3');
  assert.ok(Math.abs(wide.width - 960) < 1 && Math.abs(wide.height - 540) < 1, `${wide.width}×${wide.height}`);
  assert.ok(Math.abs(four.width - 720) < 1 && Math.abs(four.height - 540) < 1, `${four.width}×${four.height}`);
});

after(() => rmSync(dir, { recursive: true, force: true }));
