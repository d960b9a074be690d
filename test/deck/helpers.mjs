// Helpers of the deck tests: open a .pptx as its parts, check that XML is well-formed, and run
// LibreOffice and poppler on decks the way a user's machine would.
import { strFromU8, unzipSync } from 'fflate';
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import assert from 'node:assert/strict';

const run = promisify(execFile);

/** Every part of a .pptx, by path, as text. */
export function openDeck(bytes) {
  const parts = new Map();
  for (const [path, data] of Object.entries(unzipSync(bytes))) parts.set(path, strFromU8(data));
  return parts;
}

/** The slide parts in slide order. */
export function slideParts(parts) {
  return [...parts.keys()].filter((p) => /^ppt\/slides\/slide\d+\.xml$/.test(p)).sort((a, b) => Number(a.match(/\d+/)[0]) - Number(b.match(/\d+/)[0]));
}

const NAME = '[A-Za-z_][\\w.-]*(?::[A-Za-z_][\\w.-]*)?';
const ATTR = new RegExp(`\\s+(${NAME})\\s*=\\s*("[^"<]*"|'[^'<]*')`, 'y');

/**
 * Throws unless `xml` is a well-formed XML document: one root, tags nested and closed, attributes
 * quoted and not repeated, only the five named entities and numeric references that XML allows,
 * no character XML cannot hold. (Small on purpose: the deck's parts use no DTD, CDATA or PIs
 * other than the declaration.)
 */
export function assertWellFormed(xml, where = 'xml') {
  const fail = (at, why) => {
    throw new Error(`${where}: not well-formed at ${at}: ${why}: …${xml.slice(Math.max(0, at - 60), at + 60)}…`);
  };
  const bad = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.exec(xml);
  if (bad) fail(bad.index, 'a character XML cannot hold');
  const checkText = (text, at) => {
    for (const m of text.matchAll(/&([^;]*);?/g)) {
      if (!/^(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+)$/.test(m[1]) || !m[0].endsWith(';')) fail(at + m.index, `bad reference ${m[0].slice(0, 12)}`);
    }
    if (text.includes('<')) fail(at, 'a < in text');
  };
  let i = 0;
  if (xml.startsWith('<?xml')) {
    i = xml.indexOf('?>') + 2;
    if (i < 2) fail(0, 'unclosed declaration');
  }
  const stack = [];
  let roots = 0;
  while (i < xml.length) {
    const lt = xml.indexOf('<', i);
    const text = lt < 0 ? xml.slice(i) : xml.slice(i, lt);
    if (stack.length === 0 && text.trim() !== '') fail(i, 'text outside the root');
    checkText(text, i);
    if (lt < 0) break;
    i = lt;
    if (xml.startsWith('</', i)) {
      const m = new RegExp(`</(${NAME})\\s*>`, 'y');
      m.lastIndex = i;
      const r = m.exec(xml);
      if (!r) fail(i, 'bad end tag');
      const open = stack.pop();
      if (open !== r[1]) fail(i, `</${r[1]}> closes <${open}>`);
      i = m.lastIndex;
      continue;
    }
    const m = new RegExp(`<(${NAME})`, 'y');
    m.lastIndex = i;
    const r = m.exec(xml);
    if (!r) fail(i, 'bad start tag');
    if (stack.length === 0 && ++roots > 1) fail(i, 'a second root');
    let j = m.lastIndex;
    const seen = new Set();
    for (;;) {
      ATTR.lastIndex = j;
      const a = ATTR.exec(xml);
      if (!a) break;
      if (seen.has(a[1])) fail(j, `attribute ${a[1]} twice`);
      seen.add(a[1]);
      checkText(a[2].slice(1, -1), j);
      j = ATTR.lastIndex;
    }
    while (/\s/.test(xml[j])) j++;
    if (xml.startsWith('/>', j)) i = j + 2;
    else if (xml[j] === '>') {
      stack.push(r[1]);
      i = j + 1;
    } else fail(j, 'bad attribute or unclosed tag');
  }
  if (stack.length > 0) fail(xml.length, `<${stack.at(-1)}> not closed`);
  if (roots !== 1) fail(0, 'no root element');
}

/** Whether LibreOffice and poppler are here (CI installs them; without them the conversion tests are skipped outside CI). */
export function readersAvailable() {
  return ['soffice', 'pdftotext', 'pdfinfo'].every((tool) => ['/usr/bin', '/usr/local/bin'].some((dir) => existsSync(`${dir}/${tool}`)));
}

/** Converts decks to PDF with one LibreOffice run (a private profile); resolves to its output. */
export async function convertToPdf(files, outDir, profile) {
  const { stdout, stderr } = await run('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, ...files], {
    timeout: 300_000,
    maxBuffer: 1 << 24,
  });
  return { stdout, stderr };
}

/** The PDF's pages: each page's size (pt) and words with their boxes, from `pdftotext -bbox`. */
export async function pdfPages(pdf) {
  // -raw: words in the order the page draws them, so that a text frame's lines stay together whatever stands beside them.
  const { stdout } = await run('pdftotext', ['-raw', '-bbox', pdf, '-'], { maxBuffer: 1 << 26 });
  const pages = [];
  for (const m of stdout.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)) {
    const words = [...m[3].matchAll(/<word xMin="([-\d.]+)" yMin="([-\d.]+)" xMax="([-\d.]+)" yMax="([-\d.]+)">([^<]*)<\/word>/g)].map((w) => ({
      xMin: Number(w[1]),
      yMin: Number(w[2]),
      xMax: Number(w[3]),
      yMax: Number(w[4]),
      text: w[5]
        .replace(/&amp;/g, '&')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'"),
    }));
    pages.push({ width: Number(m[1]), height: Number(m[2]), words });
  }
  return pages;
}

/** Text with every space removed: lines wrap anywhere in Japanese, and LibreOffice spaces Japanese from Latin. */
export function squeeze(text) {
  return text.replace(/\s+/g, '');
}

/** The text of every `a:t` of a part. */
export const texts = (xml) => [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1].replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>'));

/**
 * Checks the goal slides of a deck: each node's title runs at 14 pt or more, unless the slide's
 * notes say its branch is the exception; every node of every goal on one of its slides. Returns
 * the slides that are exceptions.
 */
export function measureTitleSizes(plan, parts, where, lang = plan.plan.lang ?? 'ja') {
  const text = (t) => (typeof t === 'string' ? t : (t?.[lang] ?? Object.values(t ?? {})[0] ?? ''));
  const exceptions = [];
  const slides = slideParts(parts).map((s) => ({ s, xml: parts.get(s), name: parts.get(s).match(/<p:cSld name="([^"]*)"/)[1] }));
  for (const goal of plan.goals) {
    const name = [text(goal.label), text(goal.title)].filter(Boolean).join(' ');
    const own = slides.filter((x) => x.name === name || x.name.replace(/（\d+\/\d+）$|\s\(\d+\/\d+\)$/, '') === name);
    assert.ok(own.length >= 1, `${where}: no slide for ${name}`);
    const seen = new Set();
    const nodes = new Map();
    const walk = (n) => (nodes.set(n.id, n), (n.children ?? []).forEach(walk));
    walk(goal);
    for (const { s, xml } of own) {
      const small = /14ポイントより小さく|smaller than 14 pt|not fit on one slide at 14 pt/.test(texts(parts.get(s.replace('slides/slide', 'notesSlides/notesSlide'))).join(''));
      if (small) exceptions.push(s);
      for (const m of xml.matchAll(/<p:cNvPr id="\d+" name="node ([^"]+)"[^>]*\/>([^]*?)<\/p:grpSp>/g)) {
        const id = m[1].replace(/&amp;/g, '&');
        seen.add(id);
        const node = nodes.get(id);
        if (!node || node === goal) continue;
        const title = text(node.title).replace(/\s+/g, '');
        const runs = [...m[2].matchAll(/<a:r><a:rPr [^>]*sz="(\d+)"[^>]*>[^]*?<a:t>([^<]*)<\/a:t>/g)].filter(
          (r) => r[2].trim() && title.includes(r[2].replace(/&amp;/g, '&').replace(/\s+/g, '')),
        );
        assert.ok(runs.length > 0, `${where} ${s}: no title runs for ${id}`);
        if (!small) for (const r of runs) assert.ok(Number(r[1]) >= 1400, `${where} ${s}: ${id} "${r[2]}" at ${Number(r[1]) / 100} pt`);
      }
    }
    assert.deepEqual(
      [...nodes.keys()].filter((id) => !seen.has(id)),
      [],
      `${where}: nodes of ${name} on no slide`,
    );
  }
  return exceptions;
}

export { readFileSync };
