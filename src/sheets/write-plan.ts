/**
 * Plan document → sheets, the inverse of read-plan.ts: importing what this writes gives the same
 * document. What the layout cannot hold (an observation's date, a measured value without a
 * fiscal year …) is returned as a problem naming the indicator and the field, never dropped.
 */
import type { Indicator, Observation, PlanDocument, PlanNode, Text } from '../schema/types.js';
import { hasSeparator } from './cells.js';
import { BASES, BASIS_LABEL, DIRECTIONS, KINDS, PLAN_KEYS, RELATIONS, SCOPES, normalizeName, sheetLayout, type Name, type SheetKey } from './layout.js';
import { sheetMessages as m } from './messages.js';
import type { OutputCell, OutputSheet, SheetProblem } from './model.js';

type Value = Text | string | number | boolean | undefined;

/** A column to write: its name, and how to get its value from an item. */
interface Field<T> {
  name: Name;
  get: (item: T) => Value;
}

class Writer {
  problems: SheetProblem[] = [];
  constructor(
    readonly lang: string,
    readonly ja: boolean,
  ) {}

  header(name: { ja: string; en: string }): string {
    return this.ja ? name.ja : name.en;
  }

  choice(value: string | undefined, choices: [string, string][]): string | undefined {
    if (value === undefined) return undefined;
    const found = choices.find(([en]) => en === value);
    return found ? (this.ja ? found[1] : found[0]) : value;
  }

  cannot(pointer: string, what: SheetProblem['message'], field: string, why: SheetProblem['message']): void {
    this.problems.push({ file: '', pointer, code: 'cannot-hold', severity: 'error', message: m.cannotHold(what, field, why) });
  }

  /** The languages other than the plain column's that a text column needs, in order of first use. */
  languages(values: Value[]): string[] {
    const out: string[] = [];
    for (const value of values) {
      if (typeof value !== 'object' || value === null) continue;
      const keys = Object.keys(value);
      for (const key of keys) {
        // A text object with only the plan's language goes to its own `(ja)` column, so that it is read back as an object.
        if ((key !== this.lang || keys.length === 1) && !out.includes(key)) out.push(key);
      }
    }
    return out;
  }

  /** Cells of one text value: the plain column, then each language column. */
  textCells(value: Value, langs: string[]): OutputCell[] {
    if (typeof value !== 'object' || value === null) return [value as OutputCell, ...langs.map(() => undefined)];
    const only = Object.keys(value).length === 1;
    const plain = only ? undefined : value[this.lang];
    return [plain, ...langs.map((lang) => (lang === this.lang && !only ? undefined : value[lang]))];
  }

  /** A sheet of items, one row each, with every column of the layout and a language column per language used. */
  table<T>(key: SheetKey, fields: Field<T>[], items: T[], extra?: { headers: string[]; cells: (item: T) => OutputCell[] }): OutputSheet {
    const layout = sheetLayout(key);
    const header: OutputCell[] = [];
    const parts: { field: Field<T>; langs: string[] }[] = [];
    for (const field of fields) {
      const langs = field.name.text ? this.languages(items.map(field.get)) : [];
      parts.push({ field, langs });
      header.push(this.header(field.name));
      for (const lang of langs) header.push(`${this.header(field.name)} (${lang})`);
    }
    if (extra) header.push(...extra.headers);
    const rows: OutputCell[][] = [header];
    for (const item of items) {
      const row: OutputCell[] = [];
      for (const { field, langs } of parts) {
        const value = field.get(item);
        if (field.name.text) row.push(...this.textCells(value, langs));
        else row.push(value as OutputCell);
      }
      if (extra) row.push(...extra.cells(item));
      rows.push(row);
    }
    return { name: this.header(layout), rows };
  }
}

function field<T>(key: SheetKey, name: string, get: (item: T) => Value): Field<T> {
  return { name: sheetLayout(key).columns.find((c) => c.key === name)!, get };
}

const yes = (w: Writer, value: boolean | undefined): string | undefined => (value === undefined ? undefined : value ? (w.ja ? '○' : 'TRUE') : w.ja ? '×' : 'FALSE');

/** Rows of the 計画 sheet. */
function planSheet(w: Writer, doc: PlanDocument): OutputSheet {
  const rows: [Name, Value][] = [];
  const name = (key: string): Name => PLAN_KEYS.find((k) => k.key === key)!;
  const add = (key: string, value: Value): void => {
    if (value !== undefined) rows.push([name(key), value]);
  };
  const list = (key: string, pointer: string, values: Text[] | undefined): void => {
    if (!values) return;
    const texts = values.flatMap((v) => (typeof v === 'string' ? [v] : Object.values(v)));
    if (values.length > 1 && !texts.some(hasSeparator)) {
      // Joined by 、 in one row, language by language.
      const langs = new Set(values.flatMap((v) => (typeof v === 'string' ? [w.lang] : Object.keys(v))));
      const joined: Record<string, string> = {};
      for (const lang of langs) joined[lang] = values.map((v) => (typeof v === 'string' ? (lang === w.lang ? v : '') : (v[lang] ?? ''))).join(w.ja ? '、' : ',');
      const allPlain = values.every((v) => typeof v === 'string');
      // Joining is exact only when every item has every language.
      if (allPlain) return add(key, joined[w.lang]);
      if (values.every((v) => typeof v === 'object' && [...langs].every((l) => v[l] !== undefined))) return add(key, joined);
    }
    if (values.length === 1 && texts.some(hasSeparator)) {
      w.cannot(pointer, { ja: name(key).ja, en: name(key).en }, '', m.whySeparator(texts.find(hasSeparator)!));
      return;
    }
    for (const value of values) add(key, value);
  };
  const p = doc.plan;
  add('id', p.id);
  add('title', p.title);
  add('municipality', p.municipality);
  add('from', p.period?.from);
  add('to', p.period?.to);
  add('originalTo', p.period?.originalTo);
  add('periodLabel', p.period?.label);
  add('lang', p.lang);
  add('source', p.source);
  add('updated', p.updated);
  add('visionLabel', doc.vision.label);
  add('vision', doc.vision.text);
  list('levels', '/levels', doc.levels);
  add('collaborationTitle', doc.collaboration?.title);
  add('collaborationCenter', doc.collaboration?.center);
  list('ring', '/collaboration/ring', doc.collaboration?.ring);
  for (const note of p.notes ?? []) add('note', note);
  const layout = sheetLayout('plan');
  const keyName = layout.columns[0]!;
  const valueName = layout.columns[1]!;
  const langs = w.languages(rows.filter(([n]) => n.text).map(([, v]) => v));
  const header: OutputCell[] = [w.header(keyName), w.header(valueName), ...langs.map((l) => `${w.header(valueName)} (${l})`)];
  return { name: w.header(layout), rows: [header, ...rows.map(([n, v]): OutputCell[] => [w.header(n), ...(n.text ? w.textCells(v, langs) : [v as OutputCell])])] };
}

function flatten(nodes: PlanNode[], parent: string | undefined, out: { node: PlanNode; parent: string | undefined }[]): typeof out {
  for (const node of nodes) {
    out.push({ node, parent });
    if (node.children) flatten(node.children, node.id, out);
  }
  return out;
}

function nodeSheet(w: Writer, doc: PlanDocument): OutputSheet {
  type Row = { node: PlanNode; parent: string | undefined };
  const f = (name: string, get: (row: Row) => Value): Field<Row> => field('nodes', name, get);
  return w.table<Row>(
    'nodes',
    [
      f('id', (r) => r.node.id),
      f('parent', (r) => r.parent),
      f('label', (r) => r.node.label),
      f('title', (r) => r.node.title),
      f('description', (r) => r.node.description),
      f('group', (r) => r.node.group),
      f('pending', (r) => yes(w, r.node.pending)),
      f('sdgs', (r) => r.node.sdgs?.join(w.ja ? '、' : ',')),
    ],
    flatten(doc.goals, undefined, []),
  );
}

/** Checks that an indicator's observations fit the year columns; reports each that does not. */
function checkObservations(w: Writer, indicator: Indicator, index: number): void {
  const what = { ja: `指標 ${indicator.id}`, en: `indicator ${indicator.id}` };
  const at = `/indicators/${index}`;
  const check = (o: Observation | undefined, name: string, needsYear: boolean, noteAllowed = true): void => {
    if (!o) return;
    if (o.date !== undefined) w.cannot(`${at}/${name}/date`, what, `${name}.date`, m.whyDate);
    if (needsYear && o.year === undefined) w.cannot(`${at}/${name}/year`, what, `${name}.year`, m.whyNoYear);
    if (!noteAllowed && o.note !== undefined) w.cannot(`${at}/${name}/note`, what, `${name}.note`, m.whyMilestoneNote);
  };
  check(indicator.baseline, 'baseline', false);
  check(indicator.target, 'target', false);
  indicator.history?.forEach((o, i) => check(o, `history/${i}`, true));
  check(indicator.current, 'current', true);
  indicator.milestones?.forEach((o, i) => check(o, `milestones/${i}`, true, false));
  const ascending = (list: Observation[]): boolean => list.every((o, i) => i === 0 || (o.year ?? NaN) > (list[i - 1]!.year ?? NaN));
  const measured = [...(indicator.history ?? []), ...(indicator.current ? [indicator.current] : [])];
  if (!indicator.current && indicator.history?.length) w.cannot(`${at}/history`, what, 'history', m.whyYearOrder);
  else if (measured.every((o) => o.year !== undefined) && !ascending(measured))
    w.cannot(`${at}/${indicator.current ? 'current' : 'history'}/year`, what, 'history / current', m.whyYearOrder);
  const milestones = indicator.milestones ?? [];
  if (milestones.every((o) => o.year !== undefined) && !ascending(milestones)) w.cannot(`${at}/milestones`, what, 'milestones', m.whyYearOrder);
}

function indicatorSheet(w: Writer, indicators: Indicator[]): OutputSheet {
  indicators.forEach((indicator, i) => checkObservations(w, indicator, i));
  const f = (name: string, get: (i: Indicator) => Value): Field<Indicator> => field('indicators', name, get);
  const measured = (i: Indicator): Observation[] => [...(i.history ?? []), ...(i.current ? [i.current] : [])];
  const years = [...new Set(indicators.flatMap((i) => measured(i).map((o) => o.year!)))].filter((y) => y !== undefined).sort((a, b) => a - b);
  const milestoneYears = [...new Set(indicators.flatMap((i) => (i.milestones ?? []).map((o) => o.year!)))].filter((y) => y !== undefined).sort((a, b) => a - b);
  const noteOf = (i: Indicator, year: number): Text | undefined => measured(i).find((o) => o.year === year)?.note;
  const noteYears = years.filter((y) => indicators.some((i) => noteOf(i, y) !== undefined));
  const noteLangs = new Map(noteYears.map((y) => [y, w.languages(indicators.map((i) => noteOf(i, y)))]));
  const yearHeader = (y: number): string => (w.ja ? `${y}年度` : String(y));
  const headers = [
    ...years.map(yearHeader),
    ...noteYears.flatMap((y) => {
      const h = `${w.ja ? '注記' : 'note'} ${yearHeader(y)}`;
      return [h, ...noteLangs.get(y)!.map((l) => `${h} (${l})`)];
    }),
    ...milestoneYears.map((y) => `${w.ja ? '目標' : 'target'} ${yearHeader(y)}`),
  ];
  return w.table<Indicator>(
    'indicators',
    [
      f('id', (i) => i.id),
      f('node', (i) => i.node),
      f('name', (i) => i.name),
      f('unit', (i) => i.unit),
      f('direction', (i) => w.choice(i.direction, DIRECTIONS)),
      f('baseline', (i) => i.baseline.value),
      f('baselineYear', (i) => i.baseline.year),
      f('baselineNote', (i) => i.baseline.note),
      f('target', (i) => i.target.value),
      f('targetYear', (i) => i.target.year),
      f('targetNote', (i) => i.target.note),
      f('scaleMin', (i) => i.scale?.min),
      f('scaleMax', (i) => i.scale?.max),
      f('source', (i) => i.source),
    ],
    indicators,
    {
      headers,
      cells: (i) => [
        ...years.map((y) => measured(i).find((o) => o.year === y)?.value),
        ...noteYears.flatMap((y) => w.textCells(noteOf(i, y), noteLangs.get(y)!)),
        ...milestoneYears.map((y) => i.milestones?.find((o) => o.year === y)?.value),
      ],
    },
  );
}

function collaborationSheet(w: Writer, doc: PlanDocument): OutputSheet | undefined {
  const c = doc.collaboration;
  if (!c) return undefined;
  type Row = { kind: 'actor' | 'keyword'; id?: string; text: Text; actors?: string[]; node?: string; description?: Text };
  const rows: Row[] = [
    ...c.actors.map((a): Row => ({ kind: 'actor', id: a.id, text: a.label, ...(a.description !== undefined ? { description: a.description } : {}) })),
    ...(c.keywords ?? []).map((k): Row => ({ kind: 'keyword', text: k.text, ...(k.actors ? { actors: k.actors } : {}), ...(k.node !== undefined ? { node: k.node } : {}) })),
  ];
  c.keywords?.forEach((k, i) => {
    const bad = k.actors?.find((id) => hasSeparator(id) || id.trim() !== id || id === '');
    if (bad !== undefined) w.cannot(`/collaboration/keywords/${i}/actors`, { ja: 'キーワード', en: 'keyword' }, 'actors', m.whySeparator(bad));
  });
  const f = (name: string, get: (r: Row) => Value): Field<Row> => field('collaboration', name, get);
  return w.table<Row>(
    'collaboration',
    [
      f('kind', (r) => w.choice(r.kind, KINDS)),
      f('id', (r) => r.id),
      f('text', (r) => r.text),
      f('actors', (r) => (r.actors && r.actors.length > 0 ? r.actors.join(w.ja ? '、' : ',') : undefined)),
      f('node', (r) => r.node),
      f('description', (r) => r.description),
    ],
    rows,
  );
}

function sectionSheet(w: Writer, doc: PlanDocument): OutputSheet | undefined {
  if (!doc.sections) return undefined;
  type Row = { id: string; title?: Text; item?: Text };
  const rows: Row[] = doc.sections.flatMap((s) => {
    const first: Row = { id: s.id, title: s.title };
    if (s.items.length === 0) return [first];
    return s.items.map((item, i): Row => (i === 0 ? { ...first, item } : { id: s.id, item }));
  });
  const f = (name: string, get: (r: Row) => Value): Field<Row> => field('sections', name, get);
  return w.table<Row>('sections', [f('id', (r) => r.id), f('title', (r) => r.title), f('item', (r) => r.item)], rows);
}

function relatedSheet(w: Writer, doc: PlanDocument): OutputSheet | undefined {
  if (!doc.relatedPlans) return undefined;
  type R = NonNullable<PlanDocument['relatedPlans']>[number];
  const f = (name: string, get: (r: R) => Value): Field<R> => field('relatedPlans', name, get);
  return w.table<R>(
    'relatedPlans',
    [
      f('id', (r) => r.id),
      f('title', (r) => r.title),
      f('relation', (r) => w.choice(r.relation, RELATIONS)),
      f('field', (r) => r.field),
      f('owner', (r) => r.owner),
      f('from', (r) => r.period?.from),
      f('to', (r) => r.period?.to),
      f('periodLabel', (r) => r.period?.label),
      f('url', (r) => r.url),
      f('note', (r) => r.note),
    ],
    doc.relatedPlans,
  );
}

function timelineSheet(w: Writer, doc: PlanDocument): OutputSheet | undefined {
  if (!doc.timeline) return undefined;
  type Row = { date: string; title: Text; item?: Text; scope?: string; planned?: boolean };
  const seen = new Set<string>();
  doc.timeline.forEach((e, i) => {
    const key = JSON.stringify([e.date, e.title]);
    if (seen.has(key))
      w.cannot(`/timeline/${i}`, { ja: '年表', en: 'timeline' }, e.date, {
        ja: '同じ日付と事項の出来事が 2 つあると、1 つにまとめて読まれます。',
        en: 'two events with the same date and title are read back as one.',
      });
    seen.add(key);
  });
  const rows: Row[] = doc.timeline.flatMap((e) => {
    const first: Row = { date: e.date, title: e.title, ...(e.scope ? { scope: e.scope } : {}), ...(e.planned !== undefined ? { planned: e.planned } : {}) };
    const items = e.items ?? [];
    return items.length === 0 ? [first] : items.map((item, i): Row => (i === 0 ? { ...first, item } : { date: e.date, title: e.title, item }));
  });
  const f = (name: string, get: (r: Row) => Value): Field<Row> => field('timeline', name, get);
  return w.table<Row>(
    'timeline',
    [f('date', (r) => r.date), f('title', (r) => r.title), f('item', (r) => r.item), f('scope', (r) => w.choice(r.scope, SCOPES)), f('planned', (r) => yes(w, r.planned))],
    rows,
  );
}

function evaluationSheet(w: Writer, doc: PlanDocument): OutputSheet | undefined {
  const e = doc.evaluation;
  if (!e) return undefined;
  type Row = { label: Text; symbol?: string; min: number | string; color?: string };
  e.grades.forEach((g, i) => {
    if (typeof g.label === 'string' && [BASIS_LABEL.ja, BASIS_LABEL.en].some((b) => normalizeName(b) === normalizeName(g.label as string))) {
      w.cannot(`/evaluation/grades/${i}/label`, { ja: '評価', en: 'evaluation' }, 'label', {
        ja: `「${g.label}」は基準の行と区別できません。`,
        en: `"${g.label}" cannot be told from the basis row.`,
      });
    }
  });
  const rows: Row[] = e.grades.map((g) => ({
    label: g.label,
    min: g.min,
    ...(g.symbol !== undefined ? { symbol: g.symbol } : {}),
    ...(g.color !== undefined ? { color: g.color } : {}),
  }));
  if (e.basis) rows.push({ label: w.header(BASIS_LABEL), min: w.choice(e.basis, BASES)! });
  const f = (name: string, get: (r: Row) => Value): Field<Row> => field('evaluation', name, get);
  return w.table<Row>('evaluation', [f('label', (r) => r.label), f('symbol', (r) => r.symbol), f('min', (r) => r.min), f('color', (r) => r.color)], rows);
}

/** Lists Excel offers in a drop-down on the sheets that have a fixed choice (方向, 関係, 範囲, 種類, 未定, 予定). */
export function choiceLists(sheet: OutputSheet, ja: boolean): OutputSheet {
  const header = sheet.rows[0] ?? [];
  const lists: NonNullable<OutputSheet['lists']> = [];
  const choices: [SheetKey, string, string[]][] = [
    ['indicators', 'direction', DIRECTIONS.map(([en, j]) => (ja ? j : en))],
    ['relatedPlans', 'relation', RELATIONS.map(([en, j]) => (ja ? j : en))],
    ['timeline', 'scope', SCOPES.map(([en, j]) => (ja ? j : en))],
    ['collaboration', 'kind', KINDS.map(([en, j]) => (ja ? j : en))],
    ['nodes', 'pending', ja ? ['○', '×'] : ['TRUE', 'FALSE']],
    ['timeline', 'planned', ja ? ['○', '×'] : ['TRUE', 'FALSE']],
  ];
  for (const [key, column, values] of choices) {
    const layout = sheetLayout(key);
    if ((ja ? layout.ja : layout.en) !== sheet.name) continue;
    const name = layout.columns.find((c) => c.key === column)!;
    const index = header.indexOf(ja ? name.ja : name.en);
    if (index >= 0) lists.push({ column: index, values });
  }
  return lists.length > 0 ? { ...sheet, lists } : sheet;
}

/** The sheets of a valid plan document, and what they could not hold. */
export function sheetsFromPlan(doc: PlanDocument, every = false): { sheets: OutputSheet[]; problems: SheetProblem[] } {
  const lang = doc.plan.lang ?? 'ja';
  const w = new Writer(lang, lang.toLowerCase().startsWith('ja'));
  // With `every`, a sheet the plan has nothing for is written with its header alone.
  const all: PlanDocument = every
    ? {
        ...doc,
        indicators: doc.indicators ?? [],
        collaboration: doc.collaboration ?? { center: '', actors: [] },
        sections: doc.sections ?? [],
        evaluation: doc.evaluation ?? { grades: [] },
        relatedPlans: doc.relatedPlans ?? [],
        timeline: doc.timeline ?? [],
      }
    : doc;
  const sheets = [
    planSheet(w, doc),
    nodeSheet(w, doc),
    all.indicators ? indicatorSheet(w, all.indicators) : undefined,
    collaborationSheet(w, all),
    sectionSheet(w, all),
    evaluationSheet(w, all),
    relatedSheet(w, all),
    timelineSheet(w, all),
  ].filter((s): s is OutputSheet => s !== undefined);
  return { sheets: sheets.map((s) => choiceLists(s, w.ja)), problems: w.problems };
}
