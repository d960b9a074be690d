// The invariants every layout keeps, checked on one plan. Shared by the property test
// (test/node/property-layout.test.mjs) and the survey script (scripts/robustness-survey.mjs).
// `L` is the bundle of test/robustness/pure-layouts.ts.

let L;

/**
 * Bugs this suite found and reported that are not fixed yet. A problem put down to one of them
 * is counted and printed, not failed; delete the entry (and its tagging above) once it is fixed.
 */
export const KNOWN_BUGS = {};
const KNOWN = 'known bug ';

/** Numbers are rounded to 1/100 px; allow that much and a hair more. */
const TOLERANCE = 0.02;

// ---------------------------------------------------------------------------
// Checks shared by the layouts

/** Every number (and every number in a path string) of a value, skipping the plan's own data. */
function nonFinite(value, path, out, skip = new Set(['item', 'node', 'indicator'])) {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) out.push(`${path} is ${value}`);
  } else if (typeof value === 'string') {
    if (/^M[-\d.]/.test(value) && /NaN|Infinity|undefined/.test(value))
      out.push(`${path}: NaN or Infinity in path "${value.replace(/^.{0,40}(?=.{0,20}(NaN|Infinity|undefined))/, '…').slice(0, 80)}"`);
  } else if (Array.isArray(value)) {
    value.forEach((v, i) => nonFinite(v, `${path}[${i}]`, out, skip));
  } else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) if (!skip.has(k)) nonFinite(v, `${path}.${k}`, out, skip);
  }
  return out;
}

function inside(outer, inner, slack = TOLERANCE) {
  return L.contains({ x: outer.x - slack, y: outer.y - slack, width: outer.width + 2 * slack, height: outer.height + 2 * slack }, inner);
}

const show = (box) => `${box.x},${box.y} ${box.width}×${box.height}`;
const squash = (text) => text.replace(/[\s\u00ad]/g, '');

// ---------------------------------------------------------------------------
// plan-tree

/** The corners of a path made of M/L/H/V commands (the tree's connectors and brackets). */
function pathPoints(path) {
  const points = [];
  let x = 0;
  let y = 0;
  for (const [, command, args] of path.matchAll(/([MLHV])([^MLHV]*)/g)) {
    const numbers = args
      .split(/[ ,]+/)
      .filter((t) => t !== '')
      .map(Number);
    if (command === 'H') x = numbers[0];
    else if (command === 'V') y = numbers[0];
    else ((x = numbers[0]), (y = numbers[1]));
    points.push([x, y]);
  }
  return points;
}

/** The tree's numbers, field by field (walking the whole layout would walk every TreeItem too). */
function treeNumbers(layout, problems) {
  const box = (what, b) => {
    if (!(Number.isFinite(b.x) && Number.isFinite(b.y) && Number.isFinite(b.width) && Number.isFinite(b.height))) problems.push(`${what} box ${show(b)} is not finite`);
  };
  const lines = (what, list) => {
    for (const l of list) {
      if (!(Number.isFinite(l.x) && Number.isFinite(l.y) && Number.isFinite(l.fontSize))) problems.push(`${what} line "${l.text}" at ${l.x},${l.y} is not finite`);
      box(`${what} line "${l.text}"`, l.box);
    }
  };
  box('viewBox', layout.viewBox);
  for (const n of layout.nodes) {
    box(`node ${n.item.id}`, n.box);
    lines(`node ${n.item.id}`, n.lines);
    if (n.toggle && !(Number.isFinite(n.toggle.x) && Number.isFinite(n.toggle.y))) problems.push(`node ${n.item.id} toggle is not finite`);
  }
  for (const g of layout.groups) {
    box(`group ${g.label}`, g.box);
    lines(`group ${g.label}`, g.lines);
    if (/NaN|Infinity|undefined/.test(g.bracket)) problems.push(`group ${g.label} bracket ${g.bracket}`);
  }
  for (const h of layout.headers) {
    box(`header ${h.text}`, h.box);
    lines(`header ${h.text}`, h.lines);
    if (/NaN|Infinity|undefined/.test(h.rule)) problems.push(`header ${h.text} rule ${h.rule}`);
  }
  return problems;
}

export function treeProblems(plan, options, layout) {
  const problems = treeNumbers(layout, []);
  for (const link of layout.links) {
    if (/NaN|Infinity|undefined/.test(link.path)) problems.push(`link ${link.target}: ${link.path}`);
    for (const [x, y] of pathPoints(link.path))
      if (!inside(layout.viewBox, { x, y, width: 0, height: 0 })) problems.push(`link to ${link.target} reaches ${x},${y}, outside the viewBox ${show(layout.viewBox)}`);
  }
  const items = L.visibleItems(L.planItems(plan, options));
  if (layout.nodes.length !== items.length) problems.push(`${items.length} items shown, ${layout.nodes.length} boxes`);
  const vb = layout.viewBox;
  const boxes = [
    ...layout.nodes.map((n) => [`node ${n.item.id}`, n.box]),
    ...layout.groups.map((g) => [`group ${g.label}`, g.box]),
    ...layout.headers.map((h) => [`header ${h.text}`, h.box]),
  ];
  for (const [i, j] of L.overlappingPairs(boxes.map(([, b]) => b))) problems.push(`${boxes[i][0]} (${show(boxes[i][1])}) overlaps ${boxes[j][0]} (${show(boxes[j][1])})`);
  for (const [what, b] of boxes) {
    if (!inside(vb, b)) problems.push(`${what} (${show(b)}) outside the viewBox ${show(vb)}`);
    if (!(b.width > 0 && b.height > 0)) problems.push(`${what} has an empty box`);
  }
  const textOf = (what, owner, lines) => {
    for (const line of lines) {
      if (!inside(owner, line.box)) problems.push(`${what}: line "${line.text}" (${show(line.box)}) leaves its box (${show(owner)})`);
      const measured = L.measureText(line.text, line.fontSize, line.bold);
      const room = line.vertical ? line.box.height : line.box.width;
      if (measured > room + TOLERANCE) problems.push(`${what}: line "${line.text}" measures ${measured} px, its box gives ${room}`);
    }
    for (const [i, j] of L.overlappingPairs(lines.map((l) => l.box))) problems.push(`${what}: lines "${lines[i].text}" and "${lines[j].text}" overlap`);
  };
  layout.nodes.forEach((n, i) => {
    if (n.item.index !== i) problems.push(`node ${n.item.id} out of reading order`);
    textOf(`node ${n.item.id}`, n.box, n.lines);
    // Nothing of the title is lost unless it is cut with an ellipsis.
    const shown = n.lines
      .filter((l) => l.kind === 'title')
      .map((l) => l.text)
      .join('');
    if (!n.truncated && squash(shown) !== squash(n.item.title)) problems.push(`node ${n.item.id}: title "${n.item.title}" shown as "${shown}" without being marked truncated`);
    if (n.truncated && !n.lines.some((l) => l.text.endsWith('…'))) problems.push(`node ${n.item.id}: truncated without an ellipsis`);
  });
  for (const g of layout.groups) textOf(`group ${g.label}`, g.box, g.lines);
  for (const h of layout.headers) textOf(`header ${h.text}`, h.box, h.lines);
  return problems;
}

/** The bands a large tree is drawn in: every box whole in exactly one, every connector in each it crosses. */
export function bandProblems(layout, bandHeight) {
  const bands = L.splitIntoBands(layout, bandHeight);
  const problems = [];
  const vb = layout.viewBox;
  if (bands.length === 0) return ['no bands'];
  if (Math.abs(bands[0].y - vb.y) > TOLERANCE) problems.push(`the first band starts at ${bands[0].y}, the viewBox at ${vb.y}`);
  const last = bands[bands.length - 1];
  if (Math.abs(last.y + last.height - (vb.y + vb.height)) > TOLERANCE) problems.push(`the last band ends at ${last.y + last.height}, the viewBox at ${vb.y + vb.height}`);
  bands.forEach((band, i) => {
    if (!(band.height > 0) || !Number.isFinite(band.y)) problems.push(`band ${i} is ${band.y}+${band.height}`);
    if (i > 0 && Math.abs(bands[i - 1].y + bands[i - 1].height - band.y) > TOLERANCE) problems.push(`a gap or overlap before band ${i}`);
  });
  for (const [kind, list] of [
    ['nodes', layout.nodes],
    ['groups', layout.groups],
    ['headers', layout.headers],
  ]) {
    const seen = new Array(list.length).fill(0);
    bands.forEach((band) => {
      for (const i of band[kind]) {
        seen[i]++;
        const b = list[i].box;
        if (b.y < band.y - TOLERANCE || b.y + b.height > band.y + band.height + TOLERANCE) problems.push(`${kind} ${i} (${show(b)}) is cut by its band ${band.y}+${band.height}`);
      }
    });
    seen.forEach((n, i) => n !== 1 && problems.push(`${kind} ${i} is in ${n} bands`));
  }
  layout.links.forEach((link, i) => {
    const ys = pathPoints(link.path).map(([, y]) => y);
    const top = Math.min(...ys);
    const bottom = Math.max(...ys);
    bands.forEach((band, b) => {
      const crosses = bottom >= band.y - TOLERANCE && top <= band.y + band.height + TOLERANCE;
      if (crosses && !band.links.includes(i) && bottom > band.y + 0.5 && top < band.y + band.height - 0.5)
        problems.push(`link to ${link.target} (${top}–${bottom}) crosses band ${b} but is not drawn there`);
    });
  });
  return problems;
}

export function calloutProblems(layout, node) {
  const text = node.item.description;
  const callout = L.layoutCallout(node.box, text, layout.viewBox, node.item.titleLang);
  if (text.trim() === '') return callout === undefined ? [] : ['a callout for an empty description'];
  if (!callout) return [`no callout for "${text.slice(0, 20)}"`];
  const problems = nonFinite(callout, 'callout', []);
  const vb = layout.viewBox;
  if (callout.box.x < vb.x - TOLERANCE || callout.box.x + callout.box.width > vb.x + vb.width + TOLERANCE)
    problems.push(`callout of ${node.item.id} (${show(callout.box)}) sticks out of the viewBox ${show(vb)} sideways`);
  for (const line of callout.lines) {
    if (!inside(callout.box, line.box)) problems.push(`callout line "${line.text}" leaves its box`);
    if (L.measureText(line.text, line.fontSize, line.bold) > line.box.width + TOLERANCE) problems.push(`callout line "${line.text}" is wider than its box`);
  }
  return problems;
}

// ---------------------------------------------------------------------------
// plan-collaboration

export function collaborationProblems(layout) {
  const problems = nonFinite(layout, 'collaboration', []);
  for (const segment of layout.ring) if (/NaN|Infinity|undefined/.test(segment.path)) problems.push(`ring path ${segment.path}`);
  const figure = { x: 0, y: 0, width: layout.width, height: layout.height };
  const badge = (b) => ({ x: b.x - b.r, y: b.y - b.r, width: 2 * b.r, height: 2 * b.r });
  const labels = [];
  if (layout.title) labels.push(['title', layout.title]);
  labels.push(['centre', layout.center]);
  for (const a of layout.actors) labels.push([`actor ${a.id}`, a.label, a.key]);
  for (const k of layout.keywords) labels.push([`keyword ${k.index}`, k.label, k.key]);
  for (const s of layout.ring) if (s.label.lines.length > 0) labels.push([`ring ${s.index}`, s.label]);
  // A label with text is written somewhere (in its region, in the key, or the centre above the circles).
  for (const [what, label] of labels)
    if (!what.startsWith('ring') && squash(label.text) !== '' && label.lines.length === 0) problems.push(`${what}: "${label.text.slice(0, 20)}" is not written anywhere`);
  const boxes = labels.filter(([, l]) => l.lines.length > 0).map(([what, l]) => [what, l.box]);
  for (const [what, , mark] of labels) {
    if (!mark) continue;
    boxes.push([`${what} key badge`, badge(mark.badge)]);
    if (mark.marker) boxes.push([`${what} marker`, badge(mark.marker)]);
  }
  for (const [i, j] of L.overlappingPairs(boxes.map(([, b]) => b))) problems.push(`${boxes[i][0]} (${show(boxes[i][1])}) overlaps ${boxes[j][0]} (${show(boxes[j][1])})`);
  for (const [what, b] of boxes) if (!inside(figure, b)) problems.push(`${what} (${show(b)}) outside the figure ${layout.width}×${layout.height}`);
  for (const a of layout.actors) {
    if (!(a.r > 0)) problems.push(`circle of ${a.id} has radius ${a.r}`);
    const circle = { x: a.cx - a.r, y: a.cy - a.r, width: 2 * a.r, height: 2 * a.r };
    if (!inside(figure, circle, 0.5)) problems.push(`circle of ${a.id} (${show(circle)}) outside the figure`);
  }
  if (layout.ring.length > 0) {
    if (!(layout.ringInnerRadius > 0 && layout.ringInnerRadius < layout.ringOuterRadius))
      problems.push(`the ring runs from radius ${layout.ringInnerRadius} to ${layout.ringOuterRadius}`);
    const r = layout.ringOuterRadius;
    const ring = { x: layout.cx - r, y: layout.cy - r, width: 2 * r, height: 2 * r };
    if (!inside(figure, ring, 0.5)) problems.push(`the ring (${show(ring)}) is outside the figure`);
  }
  for (const [what, label] of labels) {
    const lineHeight = label.fontSize * 1.25;
    for (const line of label.lines) {
      const w = L.measureText(line.text, label.fontSize, label.bold);
      const left = label.align === 'middle' ? line.x - w / 2 : line.x;
      const lineBox = { x: left, y: line.y - lineHeight / 2, width: w, height: lineHeight };
      if (!inside(label.box, lineBox, 0.5)) problems.push(`${what}: line "${line.text}" (${show(lineBox)}) leaves its box (${show(label.box)})`);
      if (!inside(figure, lineBox, 0.5)) problems.push(`${what}: line "${line.text}" (${show(lineBox)}) leaves the figure ${layout.width}×${layout.height}`);
    }
  }
  for (const k of layout.keywords) if (!k.inRegion && !layout.misplaced.includes(k.index)) problems.push(`keyword ${k.index} out of its region but not listed as misplaced`);
  return problems;
}

// ---------------------------------------------------------------------------
// plan-gauge (both variants) and its sparkline

const WORDS_OF_FAILURE = /\bNaN\b|Infinity|undefined|\bnull\b|\[object/;

export function gaugeProblems(indicator, plan, today, lang, variant) {
  const planLang = plan.plan.lang ?? 'ja';
  const progress = L.indicatorProgress(indicator, plan, today, lang);
  const description = L.describeIndicator(progress, lang, planLang);
  const layout = L.layoutGauge(progress.scale, description.gauge, variant);
  const trend = [...(indicator.history ?? []), ...(progress.measured && indicator.current ? [indicator.current] : [])];
  const spark = L.layoutSparkline(
    trend.map((o) => (o.year === undefined ? { value: o.value } : { value: o.value, year: o.year })),
    variant === 'bar' ? 64 : 96,
    variant === 'bar' ? 20 : 28,
  );
  const what = `${variant} gauge of ${indicator.id}`;
  const problems = nonFinite(layout, what, []);
  nonFinite(progress.scale, `${what} scale`, problems);
  if (spark) {
    nonFinite(spark, `${what} sparkline`, problems);
    for (const p of spark.points)
      if (p.x < -TOLERANCE || p.x > spark.width + TOLERANCE || p.y < -TOLERANCE || p.y > spark.height + TOLERANCE)
        problems.push(`${what}: sparkline point ${p.x},${p.y} outside ${spark.width}×${spark.height}`);
  }
  for (const path of [layout.track, layout.value ?? '']) if (/NaN|Infinity|undefined/.test(path)) problems.push(`${what}: path ${path}`);
  for (const [name, m] of [
    ['baseline', layout.baseline],
    ['target', layout.target],
  ]) {
    const line = { x: Math.min(m.x1, m.x2), y: Math.min(m.y1, m.y2), width: Math.abs(m.x2 - m.x1), height: Math.abs(m.y2 - m.y1) };
    if (!inside(layout.viewBox, line)) problems.push(`${what}: the ${name} mark (${show(line)}) is outside the viewBox ${show(layout.viewBox)}`);
  }
  if (layout.current) {
    const c = layout.current;
    const dot = { x: c.x - c.r, y: c.y - c.r, width: 2 * c.r, height: 2 * c.r };
    if (!inside(layout.viewBox, dot)) problems.push(`${what}: the current-value dot (${show(dot)}) is outside the viewBox ${show(layout.viewBox)}`);
  }
  const texts = [...layout.ends, ...layout.unit, layout.center, layout.baseline.label, layout.target.label].filter(Boolean);
  for (const t of texts) {
    if (!inside(layout.viewBox, t.box)) problems.push(`${what}: "${t.text}" (${show(t.box)}) outside the viewBox ${show(layout.viewBox)}`);
    if (L.measureText(t.text, t.fontSize) > t.box.width + TOLERANCE) problems.push(`${what}: "${t.text}" wider than its box`);
  }
  for (const [i, j] of L.overlappingPairs(texts.map((t) => t.box))) problems.push(`${what}: "${texts[i].text}" overlaps "${texts[j].text}"`);
  // What a reader sees or hears is built from plan text and formatted numbers only.
  const name = description.name;
  for (const said of [
    description.sentence.replaceAll(name, ''),
    description.value,
    description.progress ?? '',
    description.grade,
    ...texts.map((t) => t.text),
    ...description.facts.map((f) => `${f.value} ${f.detail}`),
  ]) {
    if (WORDS_OF_FAILURE.test(said)) problems.push(`${what} says "${said.slice(0, 80)}"`);
  }
  const tagged = problems;
  // Enough to rebuild the case: the numbers (the texts rarely matter to a gauge's geometry).
  if (tagged.some((p) => !p.startsWith(KNOWN))) {
    const numbers = JSON.stringify(
      {
        direction: indicator.direction,
        baseline: indicator.baseline,
        target: indicator.target,
        current: indicator.current,
        history: indicator.history?.map((o) => o.value),
        scale: indicator.scale,
        period: plan.plan.period,
        evaluation: plan.evaluation?.grades.map((g) => g.min),
        today,
        lang,
      },
      (key, value) => (key === 'note' ? undefined : value),
    );
    tagged.push(`${what}: ${numbers}`);
  }
  return tagged;
}

// ---------------------------------------------------------------------------

function countNodes(nodes) {
  let n = 0;
  const stack = [...nodes];
  while (stack.length > 0) {
    const node = stack.pop();
    n++;
    if (node.children) stack.push(...node.children);
  }
  return n;
}

/** Sets the bundle of test/robustness/pure-layouts.ts the checks run on. */
export function useLayouts(bundle) {
  L = bundle;
}

/** Counts of what was checked, for the report line. */
export function newStats() {
  return { known: {}, plans: 0, nodes: 0, treeLayouts: 0, callouts: 0, collaborations: 0, keywords: 0, gauges: 0, indicators: 0, maxNodes: 0, maxIndicators: 0, maxDepth: 0 };
}

/** Adds the counts of `more` to `stats`. */
export function addStats(stats, more) {
  for (const [key, value] of Object.entries(more)) {
    if (key === 'known') for (const [bug, n] of Object.entries(value)) stats.known[bug] = (stats.known[bug] ?? 0) + n;
    else stats[key] = key.startsWith('max') ? Math.max(stats[key], value) : stats[key] + value;
  }
  return stats;
}

/** The problems that are not put down to a known bug; those are counted in `stats.known`. */
export function unknownProblems(problems, stats) {
  return problems.filter(([, problem]) => {
    if (!problem.startsWith(KNOWN)) return true;
    const bug = problem.slice(KNOWN.length, problem.indexOf(':'));
    stats.known[bug] = (stats.known[bug] ?? 0) + 1;
    return false;
  });
}

export function describeKnownBugs(stats) {
  return Object.entries(stats.known).map(([bug, n]) => `known bug, seen ${n}×: ${KNOWN_BUGS[bug] ?? bug}`);
}

export function describeStats(stats) {
  return (
    `${stats.plans} plans: ${stats.nodes} nodes (largest plan ${stats.maxNodes}, deepest level ${stats.maxDepth}), ` +
    `${stats.treeLayouts} tree layouts, ${stats.callouts} callouts, ${stats.collaborations} collaboration figures (${stats.keywords} keywords), ` +
    `${stats.gauges} gauges of ${stats.indicators} indicators (most in one plan ${stats.maxIndicators})`
  );
}

/**
 * Runs one generated plan through validatePlan and every layout: `[component, problem]` for each
 * broken promise (empty when all hold). A layout that throws is a problem too.
 */
export function checkPlan(doc, options, collabOptions, day, pick, stats) {
  const problems = [];
  const guard = (component, run) => {
    try {
      for (const problem of run()) problems.push([component, problem]);
    } catch (error) {
      problems.push([component, `throws ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`]);
    }
  };
  // The document travels as JSON, like a fetched file.
  const result = L.validatePlan(JSON.parse(JSON.stringify(doc)));
  if (!result.valid) return [['generator', `made an invalid plan: ${JSON.stringify(result.errors.slice(0, 3))}`]];
  const plan = result.plan;
  const lang = options.lang || plan.plan.lang || 'ja';
  const items = L.visibleItems(L.planItems(plan, options));

  let tree;
  guard('plan-tree', () => {
    tree = L.layoutTree(plan, options);
    return treeProblems(plan, options, tree);
  });
  // The other orientation too, one node collapsed, as a reader clicking would see it.
  const other = { ...options, orientation: options.orientation === 'vertical' ? 'horizontal' : 'vertical', collapsed: new Set([items[pick % items.length].id]) };
  guard('plan-tree', () => treeProblems(plan, other, L.layoutTree(plan, other)));
  if (tree) {
    guard('plan-tree bands', () => bandProblems(tree, 150 + (pick % 1500)));
    const withDescription = tree.nodes.filter((n) => n.item.description !== '');
    if (withDescription.length > 0) {
      guard('callout', () => calloutProblems(tree, withDescription[pick % withDescription.length]));
      stats.callouts++;
    }
  }

  guard('plan-collaboration', () => {
    const figure = L.layoutCollaboration(plan, collabOptions);
    if (figure === undefined) return plan.collaboration === undefined ? [] : ['no figure for a collaboration'];
    stats.collaborations++;
    stats.keywords += figure.keywords.length;
    const found = collaborationProblems(figure);
    if (figure.actors.length !== plan.collaboration.actors.length) found.push(`${figure.actors.length} circles for ${plan.collaboration.actors.length} actors`);
    if (figure.keywords.length !== (plan.collaboration.keywords?.length ?? 0)) found.push('keywords lost');
    return found;
  });

  const indicators = plan.indicators ?? [];
  indicators.forEach((indicator, i) => {
    guard('plan-gauge', () => gaugeProblems(indicator, plan, day, lang, (i + pick) % 2 === 0 ? 'arc' : 'bar'));
    stats.gauges++;
  });
  // plan-indicators: the indicators of a node's subtree, each in exactly one group.
  guard('plan-indicators', () => {
    const scope = items[(pick >> 3) % items.length].id;
    const selection = L.selectIndicators(plan, scope === '#vision' ? null : scope);
    const found = [];
    if (selection.kind === 'groups' && selection.groups.reduce((n, g) => n + g.indicators.length, 0) !== selection.count) found.push('groups do not add up to the count');
    if (scope === '#vision' && (selection.kind === 'groups' ? selection.count : 0) !== indicators.length) found.push('not every indicator is shown for the whole plan');
    return found;
  });

  const nodes = countNodes(plan.goals);
  stats.plans++;
  stats.treeLayouts += 2;
  stats.nodes += nodes;
  stats.indicators += indicators.length;
  stats.maxNodes = Math.max(stats.maxNodes, nodes);
  stats.maxIndicators = Math.max(stats.maxIndicators, indicators.length);
  stats.maxDepth = Math.max(stats.maxDepth, ...items.map((item) => item.depth));
  return problems;
}
