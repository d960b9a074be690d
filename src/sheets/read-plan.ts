/**
 * Sheets → plan document (plan-schema-v1.md, "Spreadsheet layout"). Every problem is collected
 * with its file, sheet, row, column and value; every place in the plan remembers the cell it
 * came from, so that the validator's problems can be told on their cells too.
 */
import type { Text } from '../schema/types.js';
import { parseBoolean, parseChoice, parseNumber, parseYear, splitList, languageHeader } from './cells.js';
import {
  BASES,
  BASIS_LABEL,
  DIRECTIONS,
  KINDS,
  PLAN_KEYS,
  RELATIONS,
  SCOPES,
  SHEETS,
  findName,
  findSheet,
  normalizeName,
  sheetLayout,
  type Name,
  type SheetKey,
  type SheetLayout,
} from './layout.js';
import { sheetMessages as m } from './messages.js';
import { cellText, type CellValue, type Sheet, type SheetProblem, type SheetRow } from './model.js';

/** Where a value of the plan came from. */
export interface Origin {
  file: string;
  sheet: string;
  row?: number;
  column?: string;
  value?: string;
}

type Json = Record<string, unknown>;

/** A column as the header row names it. */
interface Column {
  index: number;
  header: string;
  name?: Name;
  lang?: string;
  /** Indicator year columns: a measured value, an interim target, or a note on a measured year. */
  year?: { kind: 'measured' | 'milestone' | 'note'; year: number };
}

interface Table {
  sheet: Sheet;
  layout: SheetLayout;
  columns: Column[];
  rows: SheetRow[];
}

class Context {
  problems: SheetProblem[] = [];
  /** Cells of single places (the 計画 sheet's keys, list items); rows are in `rows`, their fields found on demand. */
  origins = new Map<string, Origin>();
  rows = new Map<string, RowReader>();
  lang = 'ja';

  /** The cell a place of the plan came from: the place itself, else the nearest place above it that remembers one. */
  locate(pointer: string): Origin | undefined {
    let at = pointer;
    for (;;) {
      const origin = this.origins.get(at);
      if (origin) return origin;
      const reader = this.rows.get(at);
      if (reader) return reader.originOf(pointer.slice(at.length + 1));
      if (at === '') return undefined;
      at = at.slice(0, at.lastIndexOf('/'));
    }
  }

  problem(origin: Origin, code: string, message: SheetProblem['message'], severity: SheetProblem['severity'] = 'error'): void {
    // One error per cell: a value that could not be read is not reported again as missing.
    if (
      severity === 'error' &&
      origin.row !== undefined &&
      origin.column !== undefined &&
      this.problems.some((p) => p.severity === 'error' && p.row === origin.row && p.column === origin.column && p.sheet === origin.sheet && p.file === origin.file)
    )
      return;
    const p: SheetProblem = { file: origin.file, sheet: origin.sheet, code, severity, message };
    if (origin.row !== undefined) p.row = origin.row;
    if (origin.column !== undefined) p.column = origin.column;
    if (origin.value !== undefined && origin.value !== '') p.value = origin.value;
    this.problems.push(p);
  }
}

const MEASURED_PREFIX = /^(?:目標|target)\s*(.+)$/i;
const NOTE_PREFIX = /^(?:注記|note)\s*(.+)$/i;

function headerColumn(index: number, written: string, layout: SheetLayout): Column {
  const header = written;
  const lang = languageHeader(written);
  const base = lang ? lang.base : written;
  const name = findName(layout.columns, base);
  if (name && (!lang || name.text)) return lang ? { index, header, name, lang: lang.lang } : { index, header, name };
  if (layout.key === 'indicators') {
    const t = base.normalize('NFKC').trim();
    if (!lang) {
      const year = parseYear(t);
      if (year !== undefined) return { index, header, year: { kind: 'measured', year } };
      const milestone = MEASURED_PREFIX.exec(t);
      const my = milestone && parseYear(milestone[1]!);
      if (my) return { index, header, year: { kind: 'milestone', year: my } };
    }
    const note = NOTE_PREFIX.exec(t);
    const ny = note && parseYear(note[1]!);
    if (ny) return lang ? { index, header, lang: lang.lang, year: { kind: 'note', year: ny } } : { index, header, year: { kind: 'note', year: ny } };
  }
  return { index, header };
}

function isBlank(value: CellValue | undefined): boolean {
  return value === undefined || (typeof value === 'string' && value.trim() === '');
}

/** Finds the header row (the first of the first 20 rows naming two known columns, else the first row with anything) and the data rows under it. */
function readTable(ctx: Context, sheet: Sheet, layout: SheetLayout): Table | undefined {
  const rows = sheet.rows.filter((row) => row.cells.some((cell) => !isBlank(cell)));
  if (rows.length === 0) return undefined;
  let headerAt = rows.slice(0, 20).findIndex((row) => row.cells.filter((cell) => cell !== undefined && headerColumn(0, cellText(cell), layout).name).length >= 2);
  if (headerAt < 0) headerAt = 0;
  const headerRow = rows[headerAt]!;
  const columns: Column[] = [];
  const seen = new Map<string, Column>();
  const known = layout.columns.map((c) => `${c.ja} [${c.en}]`).join('、');
  const at = (column?: string, value?: string): Origin => ({
    file: sheet.file,
    sheet: sheet.name,
    row: headerRow.number,
    ...(column !== undefined ? { column } : {}),
    ...(value !== undefined ? { value } : {}),
  });
  headerRow.cells.forEach((cell, index) => {
    if (isBlank(cell)) return;
    const written = cellText(cell).trim();
    const column = headerColumn(index, written, layout);
    if (!column.name && !column.year) {
      ctx.problem(at(written), 'unknown-column', m.unknownColumn(written, known));
      return;
    }
    const key = column.year ? `${column.year.kind}:${column.year.year}:${column.lang ?? ''}` : `${column.name!.key}:${column.lang ?? ''}`;
    if (seen.has(key)) {
      ctx.problem(
        at(written),
        column.year?.kind === 'measured' ? 'duplicate-year' : 'duplicate-column',
        column.year?.kind === 'measured' ? m.duplicateYear(column.year.year) : m.duplicateColumn(written),
      );
      return;
    }
    seen.set(key, column);
    columns.push(column);
  });
  for (const name of layout.columns) {
    if (name.required && !columns.some((c) => c.name === name && !c.lang)) ctx.problem(at(), 'missing-column', m.missingColumn(name.ja, name.en));
  }
  const data = rows.slice(headerAt + 1);
  for (const row of data) {
    row.cells.forEach((cell, index) => {
      if (!isBlank(cell) && isBlank(headerRow.cells[index]))
        ctx.problem({ file: sheet.file, sheet: sheet.name, row: row.number, value: cellText(cell) }, 'no-header', m.dataWithoutHeader);
    });
  }
  return { sheet, layout, columns, rows: data };
}

/** Reads the fields of one row, remembering each field's cell for the pointer the value ends up at. */
class RowReader {
  /** Each field read, by its path in the row's object (`name`, `baseline/year`), and the column it came from. */
  readonly fields = new Map<string, { column: Column | undefined; key: string }>();

  constructor(
    readonly ctx: Context,
    readonly table: Table,
    readonly row: SheetRow,
  ) {}

  private plain(key: string): Column | undefined {
    return this.table.columns.find((c) => c.name?.key === key && !c.lang);
  }

  origin(column: Column | undefined, key?: string): Origin {
    const o: Origin = { file: this.table.sheet.file, sheet: this.table.sheet.name, row: this.row.number };
    if (column) {
      o.column = column.header;
      const value = this.row.cells[column.index];
      if (value !== undefined) o.value = cellText(value);
    } else if (key) {
      const name = this.table.layout.columns.find((c) => c.key === key);
      if (name) o.column = this.ctx.lang.startsWith('ja') ? name.ja : name.en;
    }
    return o;
  }

  /** The cell of a column, or undefined when blank; error cells and formulas without a result are reported. */
  cell(column: Column | undefined): CellValue | undefined {
    if (!column) return undefined;
    const value = this.row.cells[column.index];
    if (value === undefined) return undefined;
    if (typeof value === 'object' && value.kind === 'error') {
      this.ctx.problem(this.origin(column), value.code === 'formula' ? 'formula-no-value' : 'cell-error', value.code === 'formula' ? m.formulaNoValue : m.cellError(value.code));
      return undefined;
    }
    return value;
  }

  /** The cell unless it is blank (empty or only spaces): for values that are not text. */
  filled(column: Column | undefined): CellValue | undefined {
    const value = this.cell(column);
    return typeof value === 'string' && value.trim() === '' ? undefined : value;
  }

  /** Text as written, for ids and codes: numbers as written, a date Excel made of `1-1` is an error. */
  string(key: string, field = key, column = this.plain(key)): string | undefined {
    this.fields.set(field, { column: column, key });
    const value = this.cell(column);
    if (value === undefined) return undefined;
    if (typeof value === 'object') {
      if (value.kind === 'date') this.ctx.problem(this.origin(column), 'date-in-text', m.dateInText(value.iso));
      return undefined;
    }
    if (typeof value === 'number') return String(value);
    if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
    return value.trim() === '' ? undefined : value;
  }

  textOf(column: Column): string | undefined {
    const value = this.cell(column);
    if (value === undefined) return undefined;
    if (typeof value === 'object') return value.kind === 'date' ? value.iso : undefined;
    if (typeof value === 'number') return String(value);
    if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
    return value;
  }

  /** Text in the plan's language, with any `名称 (en)` columns beside it making it an object. */
  text(key: string, field = key): Text | undefined {
    const plain = this.plain(key);
    this.fields.set(field, { column: plain, key });
    const base = plain ? this.textOf(plain) : undefined;
    const others: Record<string, string> = {};
    let any = false;
    for (const column of this.table.columns) {
      if (column.name?.key !== key || !column.lang) continue;
      const value = this.textOf(column);
      if (value === undefined) continue;
      others[column.lang] = value;
      any = true;
    }
    if (!any) return base;
    if (base !== undefined) {
      const same = others[this.ctx.lang];
      if (same !== undefined && same !== base) this.ctx.problem(this.origin(plain), 'language-conflict', m.languageConflict(plain!.header));
      return { [this.ctx.lang]: base, ...others, ...(same === undefined ? {} : { [this.ctx.lang]: same }) };
    }
    return others;
  }

  number(key: string, field = key, column = this.plain(key)): number | undefined {
    this.fields.set(field, { column: column, key });
    const value = this.filled(column);
    if (value === undefined) return undefined;
    if (typeof value === 'number') return value;
    const n = typeof value === 'string' ? (value.trim() === '' ? undefined : parseNumber(value)) : undefined;
    if (n === undefined && !(typeof value === 'string' && value.trim() === '')) this.ctx.problem(this.origin(column), 'not-a-number', m.notNumber(cellText(value)));
    return n;
  }

  year(key: string, field = key): number | undefined {
    const column = this.plain(key);
    this.fields.set(field, { column: column, key });
    const value = this.filled(column);
    if (value === undefined) return undefined;
    const y =
      typeof value === 'number' ? (Number.isInteger(value) && value >= 1000 && value <= 9999 ? value : undefined) : typeof value === 'string' ? parseYear(value) : undefined;
    if (y === undefined) this.ctx.problem(this.origin(column), 'not-a-year', m.notYear(cellText(value)));
    return y;
  }

  boolean(key: string, field = key): boolean | undefined {
    const column = this.plain(key);
    this.fields.set(field, { column: column, key });
    const value = this.filled(column);
    if (value === undefined) return undefined;
    if (typeof value === 'boolean') return value;
    const b = typeof value === 'object' ? undefined : parseBoolean(String(value));
    if (b === undefined) this.ctx.problem(this.origin(column), 'not-a-boolean', m.notBoolean(cellText(value)));
    return b;
  }

  choice(key: string, choices: [string, string][], field = key): string | undefined {
    const raw = this.string(key, field);
    if (raw === undefined) return undefined;
    const value = parseChoice(raw, choices);
    if (value === undefined) this.ctx.problem(this.origin(this.plain(key)), 'not-a-choice', m.notChoice(raw, choices.map(([en, ja]) => `${ja} / ${en}`).join('、')));
    return value;
  }

  /** A date: a cell typed as a date, or `2024-04-01`, `2024/4/1`, `2024年4月1日`; `2024` and `2024-04` stay partial. */
  date(key: string, field = key): string | undefined {
    const column = this.plain(key);
    this.fields.set(field, { column: column, key });
    const value = this.filled(column);
    if (value === undefined) return undefined;
    if (typeof value === 'object') return value.kind === 'date' ? value.iso : undefined;
    const t = String(value).normalize('NFKC').trim();
    const match = /^(\d{4})(?:[-/.年](\d{1,2})(?:[-/.月](\d{1,2})日?)?月?)?年?$/.exec(t);
    if (!match) return t;
    return [match[1], match[2]?.padStart(2, '0'), match[3]?.padStart(2, '0')].filter(Boolean).join('-');
  }

  /** Names joined by 、 or , in each language column, item by item. */
  list(key: string, field = key, split = true): Text[] | undefined {
    const text = this.text(key, field);
    if (text === undefined) return undefined;
    if (!split) return [text];
    if (typeof text === 'string') return splitList(text);
    const parts = Object.entries(text).map(([lang, value]) => [lang, splitList(value)] as const);
    const count = parts[0]![1].length;
    if (parts.some(([, items]) => items.length !== count)) {
      this.ctx.problem(this.origin(this.plain(key), key), 'list-lengths', m.listLengths(this.plain(key)?.header ?? key));
      return undefined;
    }
    return Array.from({ length: count }, (_, i) => Object.fromEntries(parts.map(([lang, items]) => [lang, items[i]!])));
  }

  /** The cell of a field (or of the nearest field above `path`), else the row. */
  originOf(path: string): Origin {
    for (let at = path; at !== ''; at = at.includes('/') ? at.slice(0, at.lastIndexOf('/')) : '') {
      const field = this.fields.get(at);
      if (field) return this.origin(field.column, field.key);
    }
    // A missing object (a baseline with no value) is told on its first column.
    for (const [name, field] of this.fields) if (name.startsWith(`${path}/`)) return this.origin(field.column, field.key);
    return this.origin(undefined);
  }

  /** Remembers that this row became the object at `pointer`, so that its fields' cells can be found. */
  place(pointer: string): void {
    this.ctx.rows.set(pointer, this);
  }
}

const set = (target: Json, key: string, value: unknown): void => {
  if (value !== undefined) target[key] = value;
};

/** Reads the 計画 sheet: one row per key, `値` and `値 (en)` columns. */
function readPlanSheet(ctx: Context, table: Table): Map<string, { values: Text[]; reader: RowReader; rows: number }> {
  const out = new Map<string, { values: Text[]; reader: RowReader; rows: number }>();
  const keyColumn = table.columns.find((c) => c.name?.key === 'key');
  const keys = PLAN_KEYS.map((k) => `${k.ja} [${k.en}]`).join('、');
  const readers: [Name, RowReader][] = [];
  for (const row of table.rows) {
    const reader = new RowReader(ctx, table, row);
    const written = reader.string('key');
    if (written === undefined) {
      if (table.columns.some((c) => !isBlank(row.cells[c.index]))) ctx.problem(reader.origin(keyColumn), 'required', m.required(keyColumn?.header ?? '項目'));
      continue;
    }
    const name = findName(PLAN_KEYS, written);
    if (!name) {
      ctx.problem(reader.origin(keyColumn), 'unknown-key', m.unknownKey(written, keys));
      continue;
    }
    if (!name.text && table.columns.some((c) => c.lang && !isBlank(row.cells[c.index]))) ctx.problem(reader.origin(keyColumn), 'not-text-key', m.notTextKey(written));
    readers.push([name, reader]);
  }
  // 言語 first: it says which language the plain 値 column is in.
  const langRow = readers.find(([name]) => name.key === 'lang');
  if (langRow) ctx.lang = langRow[1].string('value') ?? 'ja';
  const counts = new Map<string, number>();
  for (const [name] of readers) counts.set(name.key, (counts.get(name.key) ?? 0) + 1);
  for (const [name, reader] of readers) {
    const repeated = (counts.get(name.key) ?? 0) > 1;
    if (repeated && !['note', 'levels', 'ring'].includes(name.key)) {
      ctx.problem(reader.origin(keyColumn), 'duplicate-key', m.duplicateKey(name.ja));
      continue;
    }
    const entry = out.get(name.key) ?? { values: [], reader, rows: 0 };
    entry.rows++;
    if (name.key === 'levels' || name.key === 'ring') {
      // Joined by 、 in one row, or one row per name.
      const items = reader.list('value', 'value', !repeated);
      if (items) entry.values.push(...items);
    } else if (name.text) {
      const text = reader.text('value');
      if (text !== undefined) entry.values.push(text);
    }
    out.set(name.key, entry);
  }
  return out;
}

function planObject(ctx: Context, table: Table | undefined, doc: Json): void {
  const rows = table ? readPlanSheet(ctx, table) : new Map<string, { values: Text[]; reader: RowReader; rows: number }>();
  const sheetName = table?.sheet.name ?? sheetLayout('plan').ja;
  const file = table?.sheet.file ?? '';
  const keyOrigin = (key: string): Origin => {
    const entry = rows.get(key);
    const name = PLAN_KEYS.find((k) => k.key === key)!;
    if (entry)
      return {
        ...entry.reader.origin(table!.columns.find((c) => c.name?.key === 'value' && !c.lang)),
        column: table!.columns.find((c) => c.name?.key === 'value' && !c.lang)?.header ?? '値',
      };
    return { file, sheet: sheetName, column: ctx.lang.startsWith('ja') ? name.ja : name.en };
  };
  const text = (key: string, pointer: string): Text | undefined => {
    ctx.origins.set(pointer, keyOrigin(key));
    return rows.get(key)?.values[0];
  };
  const string = (key: string, pointer: string): string | undefined => {
    ctx.origins.set(pointer, keyOrigin(key));
    return rows.get(key)?.reader.string('value');
  };
  const year = (key: string, pointer: string): number | undefined => {
    ctx.origins.set(pointer, keyOrigin(key));
    return rows.get(key)?.reader.year('value');
  };
  const list = (key: string, pointer: string): Text[] | undefined => {
    const values = rows.get(key)?.values;
    values?.forEach((_, i) => ctx.origins.set(`${pointer}/${i}`, keyOrigin(key)));
    ctx.origins.set(pointer, keyOrigin(key));
    return values && values.length > 0 ? values : undefined;
  };
  const plan: Json = {};
  set(plan, 'id', string('id', '/plan/id'));
  set(plan, 'title', text('title', '/plan/title'));
  set(plan, 'municipality', text('municipality', '/plan/municipality'));
  if (['from', 'to', 'originalTo', 'periodLabel'].some((k) => rows.has(k))) {
    const period: Json = {};
    set(period, 'from', year('from', '/plan/period/from'));
    set(period, 'to', year('to', '/plan/period/to'));
    set(period, 'originalTo', year('originalTo', '/plan/period/originalTo'));
    set(period, 'label', text('periodLabel', '/plan/period/label'));
    ctx.origins.set('/plan/period', keyOrigin(rows.has('from') ? 'from' : 'to'));
    plan.period = period;
  }
  set(plan, 'lang', string('lang', '/plan/lang'));
  set(plan, 'source', string('source', '/plan/source'));
  const updated = rows.get('updated');
  ctx.origins.set('/plan/updated', keyOrigin('updated'));
  set(plan, 'updated', updated?.reader.date('value'));
  set(plan, 'notes', list('note', '/plan/notes'));
  ctx.origins.set('/plan', { file, sheet: sheetName });
  doc.plan = plan;
  set(doc, 'levels', list('levels', '/levels'));
  const vision: Json = {};
  set(vision, 'label', text('visionLabel', '/vision/label'));
  set(vision, 'text', text('vision', '/vision/text'));
  ctx.origins.set('/vision', keyOrigin('vision'));
  doc.vision = vision;
  if (['collaborationTitle', 'collaborationCenter', 'ring'].some((k) => rows.has(k))) {
    const collaboration: Json = {};
    set(collaboration, 'title', text('collaborationTitle', '/collaboration/title'));
    set(collaboration, 'center', text('collaborationCenter', '/collaboration/center'));
    set(collaboration, 'ring', list('ring', '/collaboration/ring'));
    ctx.origins.set('/collaboration', keyOrigin('collaborationCenter'));
    doc.collaboration = collaboration;
  }
}

function readNodes(ctx: Context, table: Table | undefined, doc: Json): void {
  if (!table) return;
  interface Entry {
    node: Json;
    parent?: string;
    reader: RowReader;
    children: Entry[];
  }
  const byId = new Map<string, Entry>();
  const entries: Entry[] = [];
  for (const row of table.rows) {
    const reader = new RowReader(ctx, table, row);
    const id = reader.string('id');
    const node: Json = {};
    set(node, 'id', id);
    set(node, 'label', reader.text('label'));
    set(node, 'title', reader.text('title'));
    set(node, 'description', reader.text('description'));
    set(node, 'group', reader.text('group'));
    set(node, 'pending', reader.boolean('pending'));
    const sdgs = reader.string('sdgs');
    if (sdgs !== undefined) {
      const numbers: number[] = [];
      for (const part of splitList(sdgs)) {
        if (part.trim() === '') continue;
        const n = parseNumber(part);
        if (n === undefined || !Number.isInteger(n)) ctx.problem(reader.origin(table.columns.find((c) => c.name?.key === 'sdgs')), 'not-a-number', m.notNumber(part));
        else numbers.push(n);
      }
      node.sdgs = numbers;
    }
    const parent = reader.string('parent');
    const entry: Entry = { node, reader, children: [], ...(parent !== undefined ? { parent } : {}) };
    if (id === undefined) {
      ctx.problem(
        reader.origin(
          table.columns.find((c) => c.name?.key === 'id'),
          'id',
        ),
        'required',
        m.required('ID'),
      );
      continue;
    }
    const first = byId.get(id);
    if (first) {
      ctx.problem(reader.origin(table.columns.find((c) => c.name?.key === 'id')), 'duplicate-id', m.duplicateRowId(id, first.reader.row.number));
      continue;
    }
    byId.set(id, entry);
    entries.push(entry);
  }
  const goals: Entry[] = [];
  for (const entry of entries) {
    if (entry.parent === undefined) {
      goals.push(entry);
      continue;
    }
    const parent = byId.get(entry.parent);
    const parentColumn = table.columns.find((c) => c.name?.key === 'parent');
    if (!parent) {
      ctx.problem(entry.reader.origin(parentColumn), 'unknown-parent', m.unknownParent(entry.parent));
      continue;
    }
    // A parent chain that comes back to the row would make a loop, not a tree.
    let up: Entry | undefined = parent;
    let steps = 0;
    while (up && up !== entry && steps++ <= entries.length) up = up.parent !== undefined ? byId.get(up.parent) : undefined;
    if (up === entry) {
      ctx.problem(entry.reader.origin(parentColumn), 'parent-cycle', m.parentCycle(String(entry.node.id)));
      continue;
    }
    parent.children.push(entry);
  }
  const build = (list: Entry[], pointer: string, depth: number): Json[] =>
    list.map((entry, i) => {
      const p = `${pointer}/${i}`;
      entry.reader.place(p);
      if (entry.children.length > 0 && depth < 1000) entry.node.children = build(entry.children, `${p}/children`, depth + 1);
      return entry.node;
    });
  ctx.origins.set('/goals', { file: table.sheet.file, sheet: table.sheet.name });
  doc.goals = build(goals, '/goals', 0);
}

function readIndicators(ctx: Context, table: Table | undefined, doc: Json): void {
  if (!table || table.rows.length === 0) return;
  const indicators: Json[] = [];
  const measured = table.columns.filter((c) => c.year?.kind === 'measured').sort((a, b) => a.year!.year - b.year!.year);
  const milestones = table.columns.filter((c) => c.year?.kind === 'milestone').sort((a, b) => a.year!.year - b.year!.year);
  const notes = table.columns.filter((c) => c.year?.kind === 'note');
  for (const row of table.rows) {
    const reader = new RowReader(ctx, table, row);
    const pointer = `/indicators/${indicators.length}`;
    const indicator: Json = {};
    set(indicator, 'id', reader.string('id'));
    set(indicator, 'name', reader.text('name'));
    set(indicator, 'unit', reader.text('unit'));
    set(indicator, 'node', reader.string('node'));
    set(indicator, 'direction', reader.choice('direction', DIRECTIONS));
    const observation = (valueKey: string, yearKey: string, noteKey: string, field: string): Json | undefined => {
      const value = reader.number(valueKey, `${field}/value`);
      const year = reader.year(yearKey, `${field}/year`);
      const note = reader.text(noteKey, `${field}/note`);
      if (value === undefined && year === undefined && note === undefined) return undefined;
      const o: Json = {};
      set(o, 'value', value);
      set(o, 'year', year);
      set(o, 'note', note);
      return o;
    };
    set(indicator, 'baseline', observation('baseline', 'baselineYear', 'baselineNote', 'baseline'));
    set(indicator, 'target', observation('target', 'targetYear', 'targetNote', 'target'));
    const series: Json[] = [];
    const seriesColumns: Column[] = [];
    for (const column of measured) {
      const value = reader.number('', 'x', column);
      const noteColumns = notes.filter((n) => n.year!.year === column.year!.year);
      let plainNote: string | undefined;
      const otherNotes: Record<string, string> = {};
      for (const noteColumn of noteColumns) {
        const text = reader.textOf(noteColumn);
        if (text === undefined) continue;
        if (noteColumn.lang === undefined) plainNote = text;
        else otherNotes[noteColumn.lang] = text;
      }
      const note: Text | undefined = Object.keys(otherNotes).length === 0 ? plainNote : { ...(plainNote !== undefined ? { [ctx.lang]: plainNote } : {}), ...otherNotes };
      if (value === undefined) {
        if (note !== undefined) ctx.problem(reader.origin(noteColumns[0]), 'note-without-value', m.required(column.header));
        continue;
      }
      const o: Json = { value, year: column.year!.year };
      set(o, 'note', note);
      series.push(o);
      seriesColumns.push(column);
    }
    const last = series.pop();
    if (last) indicator.current = last;
    if (series.length > 0) indicator.history = series;
    seriesColumns.forEach((column, i) => reader.fields.set(i === seriesColumns.length - 1 ? 'current' : `history/${i}`, { column, key: '' }));
    const interim: Json[] = [];
    for (const column of milestones) {
      const value = reader.number('', 'x', column);
      if (value === undefined) continue;
      reader.fields.set(`milestones/${interim.length}`, { column, key: '' });
      interim.push({ value, year: column.year!.year });
    }
    if (interim.length > 0) indicator.milestones = interim;
    const min = reader.number('scaleMin', 'scale/min');
    const max = reader.number('scaleMax', 'scale/max');
    if (min !== undefined || max !== undefined) {
      const scale: Json = {};
      set(scale, 'min', min);
      set(scale, 'max', max);
      indicator.scale = scale;
    }
    set(indicator, 'source', reader.text('source'));
    reader.place(pointer);
    indicators.push(indicator);
  }
  ctx.origins.set('/indicators', { file: table.sheet.file, sheet: table.sheet.name });
  doc.indicators = indicators;
}

function readCollaboration(ctx: Context, table: Table | undefined, doc: Json): void {
  if (!table || table.rows.length === 0) return;
  const collaboration = (doc.collaboration as Json | undefined) ?? {};
  const actors: Json[] = [];
  const keywords: Json[] = [];
  for (const row of table.rows) {
    const reader = new RowReader(ctx, table, row);
    const kind = reader.choice('kind', KINDS);
    if (kind === 'actor') {
      const actor: Json = {};
      set(actor, 'id', reader.string('id'));
      set(actor, 'label', reader.text('text', 'label'));
      set(actor, 'description', reader.text('description'));
      reader.place(`/collaboration/actors/${actors.length}`);
      actors.push(actor);
    } else if (kind === 'keyword') {
      const keyword: Json = {};
      set(keyword, 'text', reader.text('text'));
      const ids = reader.string('actors');
      if (ids !== undefined)
        keyword.actors = splitList(ids)
          .map((s) => s.trim())
          .filter((s) => s !== '');
      set(keyword, 'node', reader.string('node'));
      reader.place(`/collaboration/keywords/${keywords.length}`);
      keywords.push(keyword);
    } else if (kind === undefined && reader.originOf('kind').value === undefined) {
      ctx.problem(
        reader.origin(
          table.columns.find((c) => c.name?.key === 'kind'),
          'kind',
        ),
        'required',
        m.required(table.columns.find((c) => c.name?.key === 'kind')?.header ?? '種類'),
      );
    }
  }
  collaboration.actors = actors;
  if (keywords.length > 0) collaboration.keywords = keywords;
  if (!ctx.origins.has('/collaboration')) ctx.origins.set('/collaboration', { file: table.sheet.file, sheet: table.sheet.name });
  doc.collaboration = collaboration;
}

function readSections(ctx: Context, table: Table | undefined, doc: Json): void {
  if (!table || table.rows.length === 0) return;
  const sections: Json[] = [];
  const byId = new Map<string, Json>();
  for (const row of table.rows) {
    const reader = new RowReader(ctx, table, row);
    const id = reader.string('id');
    const title = reader.text('title');
    const item = reader.text('item');
    if (id === undefined) {
      ctx.problem(reader.origin(undefined, 'id'), 'required', m.required('ID'));
      continue;
    }
    let section = byId.get(id);
    if (!section) {
      section = { id, items: [] };
      set(section, 'title', title);
      byId.set(id, section);
      reader.place(`/sections/${sections.length}`);
      sections.push(section);
    } else if (title !== undefined) {
      if (section.title === undefined) section.title = title;
      else if (JSON.stringify(section.title) !== JSON.stringify(title))
        ctx.problem(reader.origin(table.columns.find((c) => c.name?.key === 'title')), 'section-title', m.sectionTitleDiffers(id));
    }
    const items = section.items as Text[];
    if (item !== undefined) {
      ctx.origins.set(`/sections/${sections.indexOf(section)}/items/${items.length}`, reader.originOf('item'));
      items.push(item);
    }
  }
  doc.sections = sections;
}

function readRelatedPlans(ctx: Context, table: Table | undefined, doc: Json): void {
  if (!table || table.rows.length === 0) return;
  doc.relatedPlans = table.rows.map((row, i) => {
    const reader = new RowReader(ctx, table, row);
    const plan: Json = {};
    set(plan, 'id', reader.string('id'));
    set(plan, 'title', reader.text('title'));
    set(plan, 'relation', reader.choice('relation', RELATIONS));
    set(plan, 'field', reader.text('field'));
    set(plan, 'owner', reader.text('owner'));
    const from = reader.year('from', 'period/from');
    const to = reader.year('to', 'period/to');
    const label = reader.text('periodLabel', 'period/label');
    if (from !== undefined || to !== undefined || label !== undefined) {
      const period: Json = {};
      set(period, 'from', from);
      set(period, 'to', to);
      set(period, 'label', label);
      plan.period = period;
    }
    set(plan, 'url', reader.string('url'));
    set(plan, 'note', reader.text('note'));
    reader.place(`/relatedPlans/${i}`);
    return plan;
  });
}

function readTimeline(ctx: Context, table: Table | undefined, doc: Json): void {
  if (!table || table.rows.length === 0) return;
  const events: Json[] = [];
  const byKey = new Map<string, Json>();
  for (const row of table.rows) {
    const reader = new RowReader(ctx, table, row);
    const date = reader.date('date');
    const title = reader.text('title');
    const item = reader.text('item');
    const scope = reader.choice('scope', SCOPES);
    const planned = reader.boolean('planned');
    const key = JSON.stringify([date, title]);
    let event = byKey.get(key);
    if (!event) {
      event = {};
      set(event, 'date', date);
      set(event, 'title', title);
      set(event, 'scope', scope);
      set(event, 'planned', planned);
      byKey.set(key, event);
      reader.place(`/timeline/${events.length}`);
      events.push(event);
    }
    if (item !== undefined) {
      const items = (event.items as Text[] | undefined) ?? [];
      ctx.origins.set(`/timeline/${events.indexOf(event)}/items/${items.length}`, reader.originOf('item'));
      items.push(item);
      event.items = items;
    }
  }
  doc.timeline = events;
}

function readEvaluation(ctx: Context, table: Table | undefined, doc: Json): void {
  if (!table || table.rows.length === 0) return;
  const grades: Json[] = [];
  const evaluation: Json = { grades };
  for (const row of table.rows) {
    const reader = new RowReader(ctx, table, row);
    const label = reader.text('label');
    if (typeof label === 'string' && [BASIS_LABEL.ja, BASIS_LABEL.en].some((b) => normalizeName(b) === normalizeName(label))) {
      const basis = reader.choice('min', BASES, 'basis');
      reader.place('/evaluation');
      ctx.origins.set('/evaluation/basis', reader.originOf('basis'));
      if (basis === undefined && !ctx.problems.some((p) => p.row === row.number && p.sheet === table.sheet.name)) ctx.problem(reader.origin(undefined, 'min'), 'basis', m.basisRow);
      set(evaluation, 'basis', basis);
      continue;
    }
    const grade: Json = {};
    set(grade, 'label', label);
    set(grade, 'min', reader.number('min'));
    set(grade, 'color', reader.string('color'));
    set(grade, 'symbol', reader.string('symbol'));
    reader.place(`/evaluation/grades/${grades.length}`);
    grades.push(grade);
  }
  if (!ctx.origins.has('/evaluation')) ctx.origins.set('/evaluation', { file: table.sheet.file, sheet: table.sheet.name });
  doc.evaluation = evaluation;
}

/**
 * Makes a plan document of the sheets: the known sheets by name (Japanese or English, any
 * case), in any order. Returns the document (not yet validated), every problem found on the
 * way, and where each value came from.
 */
export function planFromSheets(sheets: Sheet[]): { doc: Json; problems: SheetProblem[]; locate: (pointer: string) => Origin | undefined } {
  const ctx = new Context();
  const found = new Map<SheetKey, Sheet>();
  const knownNames = SHEETS.map((s) => `${s.ja} [${s.en}]`).join('、');
  for (const sheet of sheets) {
    const layout = findSheet(sheet.name);
    const at: Origin = { file: sheet.file, sheet: sheet.name };
    if (!layout) {
      const empty = !sheet.rows.some((row) => row.cells.some((cell) => !isBlank(cell)));
      if (sheet.hidden) ctx.problem(at, 'hidden-sheet-skipped', m.hiddenSheetSkipped(sheet.name), 'warning');
      else if (!empty) ctx.problem(at, 'unknown-sheet', m.unknownSheet(sheet.name, knownNames), 'warning');
      continue;
    }
    if (found.has(layout.key)) {
      ctx.problem(at, 'duplicate-sheet', m.duplicateSheet(sheet.name));
      continue;
    }
    if (sheet.hidden) ctx.problem(at, 'hidden-sheet-read', m.hiddenSheetRead(sheet.name), 'warning');
    found.set(layout.key, sheet);
  }
  const file = sheets[0]?.file ?? '';
  for (const layout of SHEETS) {
    if (layout.required && !found.has(layout.key)) ctx.problem({ file, sheet: layout.ja }, 'missing-sheet', m.missingSheet(layout.ja, layout.en));
  }
  const table = (key: SheetKey): Table | undefined => {
    const sheet = found.get(key);
    return sheet ? readTable(ctx, sheet, sheetLayout(key)) : undefined;
  };
  const doc: Json = { schemaVersion: 1 };
  planObject(ctx, table('plan'), doc);
  doc.goals = [];
  readNodes(ctx, table('nodes'), doc);
  readIndicators(ctx, table('indicators'), doc);
  readCollaboration(ctx, table('collaboration'), doc);
  readSections(ctx, table('sections'), doc);
  readEvaluation(ctx, table('evaluation'), doc);
  readRelatedPlans(ctx, table('relatedPlans'), doc);
  readTimeline(ctx, table('timeline'), doc);
  const order = ['$schema', 'schemaVersion', 'plan', 'levels', 'vision', 'goals', 'indicators', 'collaboration', 'sections', 'evaluation', 'relatedPlans', 'timeline'];
  const ordered: Json = {};
  for (const key of order) if (doc[key] !== undefined) ordered[key] = doc[key];
  return { doc: ordered, problems: ctx.problems, locate: (pointer: string) => ctx.locate(pointer) };
}
