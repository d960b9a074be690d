/**
 * Reads the cells of an .xlsx workbook: every sheet, its visibility, text, numbers, TRUE/FALSE,
 * dates (cells formatted as dates), error values, and for formulas the result Excel saved (a
 * formula is never evaluated). A cell merged over several rows counts for each of them.
 *
 * Own code over fflate rather than read-excel-file: the zip's directory must be checked before
 * anything is inflated (a small file can inflate to gigabytes), and read-excel-file neither says
 * which sheets are hidden nor which cells are merged, and stops at the first odd cell.
 */
import { unzipSync } from 'fflate';
import type { CellValue, Sheet, SheetProblem, SheetRow } from './model.js';
import { sheetMessages as m } from './messages.js';

/** Limits on what a workbook may inflate to: far above any plan (a 100,000-row sheet is about 30 MB of XML). */
export const ZIP_LIMITS = { entries: 5_000, entryBytes: 256 * 1024 * 1024, totalBytes: 384 * 1024 * 1024 };

/** Thrown inside the zip reader to stop before inflating. */
class Refused extends Error {
  constructor(readonly problem: Omit<SheetProblem, 'file' | 'severity'>) {
    super(problem.code);
  }
}

/** Whether the bytes start like a zip file (PK\3\4). */
export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

const decoder = new TextDecoder('utf-8');

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** XML text → string: entities, character references, and Excel's `_xHHHH_` escapes (carriage returns, control characters). */
export function xmlText(raw: string): string {
  const text =
    raw.indexOf('&') < 0
      ? raw
      : raw.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, ref: string) => {
          if (ref[0] !== '#') return ENTITIES[ref] ?? whole;
          const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
          return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
        });
  return text.indexOf('_x') < 0 ? text : text.replace(/_x([0-9a-fA-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

function attributes(source: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const match of source.matchAll(/([\w:]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    const name = match[1]!.replace(/^\w+:(?!id$)/, '');
    out[name] = xmlText(match[2] ?? match[3] ?? '');
  }
  return out;
}

/** Drops namespace prefixes from element names (`<x:c>` → `<c>`), as some writers use them. */
function plainTags(xml: string): string {
  return /<\/?\w+:/.test(xml) ? xml.replace(/<(\/?)[A-Za-z_][\w.-]*:/g, '<$1') : xml;
}

/** The text of a shared or inline string: its runs, without the phonetic guides (ふりがな) Japanese Excel stores beside them. */
function stringItem(inner: string): string {
  const body = inner.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '').replace(/<phoneticPr\b[^>]*\/>/g, '');
  let text = '';
  for (const match of body.matchAll(/<t\b[^>]*?(?:\/>|>([\s\S]*?)<\/t>)/g)) text += xmlText(match[1] ?? '');
  return text;
}

function columnIndex(ref: string): number {
  let n = 0;
  for (const ch of ref) {
    const c = ch.charCodeAt(0);
    if (c < 65 || c > 90) break;
    n = n * 26 + (c - 64);
  }
  return n - 1;
}

/** Excel's built-in number formats that show a date (ja locale included: 27–36, 50–58). */
const DATE_FORMAT_IDS = new Set([14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 34, 35, 36, 50, 51, 52, 53, 54, 57, 58]);

function isDateFormat(code: string): boolean {
  // Quoted text, [colours]/[locales] and escaped characters do not count; a date code has d, m, y, e or g (era) left.
  const bare = code.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
  return /[dmyeg]/i.test(bare) && !/^general$/i.test(bare.trim());
}

/** For each cell style index, whether it shows the number as a date. */
function dateStyles(xml: string | undefined): boolean[] {
  if (!xml) return [];
  const custom = new Map<number, string>();
  for (const match of xml.matchAll(/<numFmt\b([^>]*)\/?>/g)) {
    const a = attributes(match[1]!);
    custom.set(Number(a.numFmtId), a.formatCode ?? '');
  }
  const xfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml)?.[1] ?? '';
  return [...xfs.matchAll(/<xf\b([^>]*?)\/?>/g)].map((match) => {
    const id = Number(attributes(match[1]!).numFmtId ?? 0);
    const code = custom.get(id);
    return code !== undefined ? isDateFormat(code) : DATE_FORMAT_IDS.has(id);
  });
}

/** An Excel serial day number as an ISO date (the 1900 system counts a 29 Feb 1900 that never was). */
function serialDate(serial: number, epoch1904: boolean): string | undefined {
  if (!Number.isFinite(serial) || serial < 0 || serial > 2958465) return undefined;
  const days = Math.floor(serial) + (epoch1904 ? 1462 : 0);
  const ms = Date.UTC(1899, 11, 30) + (days < 61 && !epoch1904 ? days + 1 : days) * 86400000;
  return new Date(ms).toISOString().slice(0, 10);
}

function resolvePath(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = base.split('/').slice(0, -1);
  for (const part of target.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.') parts.push(part);
  }
  return parts.join('/');
}

function relationships(xml: string | undefined, base: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const match of (xml ?? '').matchAll(/<Relationship\b([^>]*?)\/?>/g)) {
    const a = attributes(match[1]!);
    if (a.Id && a.Target) out.set(a.Id, resolvePath(base, a.Target));
  }
  return out;
}

/** Inflates the parts of the workbook it needs, after checking the zip directory's sizes against ZIP_LIMITS. */
function unzipParts(bytes: Uint8Array): Map<string, string> {
  let entries = 0;
  let total = 0;
  const files = unzipSync(bytes, {
    filter(file) {
      entries++;
      if (entries > ZIP_LIMITS.entries) throw new Refused({ code: 'zip-too-many-entries', message: m.zipTooManyEntries(ZIP_LIMITS.entries) });
      const wanted = /\.(xml|rels)$/i.test(file.name);
      if (!wanted) return false;
      // fflate inflates each part into a buffer of the size the directory declares, never more; so these sums bound memory.
      if (file.originalSize > ZIP_LIMITS.entryBytes || total + file.originalSize > ZIP_LIMITS.totalBytes) {
        throw new Refused({ code: 'zip-too-large', value: file.name, message: m.zipTooLarge(file.name, file.originalSize, ZIP_LIMITS.totalBytes) });
      }
      total += file.originalSize;
      return true;
    },
  });
  const out = new Map<string, string>();
  for (const [name, data] of Object.entries(files)) out.set(name.replace(/^\/+/, ''), decoder.decode(data));
  return out;
}

/**
 * Reads every sheet of an .xlsx file. Problems are returned, never thrown: a file that is not a
 * workbook, a damaged zip, or one that would inflate past the limits.
 */
export function readXlsx(file: string, bytes: Uint8Array): { sheets: Sheet[]; problems: SheetProblem[] } {
  let parts: Map<string, string>;
  try {
    parts = unzipParts(bytes);
  } catch (error) {
    if (error instanceof Refused) return { sheets: [], problems: [{ file, severity: 'error', ...error.problem }] };
    return { sheets: [], problems: [{ file, severity: 'error', code: 'not-a-workbook', message: m.notWorkbook(error instanceof Error ? error.message : String(error)) }] };
  }
  const root = relationships(parts.get('_rels/.rels'), '');
  const workbookPath = [...root.values()].find((p) => /workbook[^/]*\.xml$/i.test(p)) ?? 'xl/workbook.xml';
  const workbookXml = parts.get(workbookPath);
  if (!workbookXml) return { sheets: [], problems: [{ file, severity: 'error', code: 'not-a-workbook', message: m.notWorkbook('workbook.xml') }] };
  const workbook = plainTags(workbookXml);
  const dir = workbookPath.replace(/[^/]*$/, '');
  const rels = relationships(parts.get(`${dir}_rels/${workbookPath.slice(dir.length)}.rels`), workbookPath);
  const epoch1904 = /<workbookPr\b[^>]*date1904\s*=\s*["'](1|true)["']/.test(workbook);
  const relsList = [...rels.values()];
  const sharedPath = relsList.find((p) => /sharedStrings[^/]*\.xml$/i.test(p));
  const stylesPath = relsList.find((p) => /styles[^/]*\.xml$/i.test(p));
  const shared =
    sharedPath && parts.has(sharedPath) ? [...plainTags(parts.get(sharedPath)!).matchAll(/<si\b[^>]*?(?:\/>|>([\s\S]*?)<\/si>)/g)].map((match) => stringItem(match[1] ?? '')) : [];
  const dates = dateStyles(stylesPath ? parts.get(stylesPath) && plainTags(parts.get(stylesPath)!) : undefined);
  const sheets: Sheet[] = [];
  const problems: SheetProblem[] = [];
  for (const match of workbook.matchAll(/<sheet\b([^>]*?)\/?>/g)) {
    const a = attributes(match[1]!);
    const name = a.name ?? '';
    const path = a['r:id'] ? rels.get(a['r:id']) : undefined;
    const xml = path ? parts.get(path) : undefined;
    if (xml === undefined) {
      problems.push({ file, sheet: name, severity: 'error', code: 'not-a-workbook', message: m.notWorkbook(path ?? name) });
      continue;
    }
    sheets.push({ file, name, hidden: a.state === 'hidden' || a.state === 'veryHidden', rows: readSheet(plainTags(xml), shared, dates, epoch1904) });
  }
  return { sheets, problems };
}

function readSheet(xml: string, shared: string[], dates: boolean[], epoch1904: boolean): SheetRow[] {
  const rows = new Map<number, SheetRow>();
  let rowNumber = 0;
  const data = /<sheetData\b[^>]*?(?:\/>|>([\s\S]*)<\/sheetData>)/.exec(xml)?.[1] ?? '';
  for (const rowMatch of data.matchAll(/<row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/row>)/g)) {
    const r = /\br\s*=\s*["'](\d+)["']/.exec(rowMatch[1]!);
    rowNumber = r ? Number(r[1]) : rowNumber + 1;
    const cells: (CellValue | undefined)[] = [];
    let column = -1;
    for (const cellMatch of (rowMatch[2] ?? '').matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      // A cell's attributes are only r, t and s here (no entities in them): read without the general parser, for speed on large sheets.
      const a: Record<string, string> = {};
      for (const m of cellMatch[1]!.matchAll(/\b([rts])\s*=\s*["']([^"']*)["']/g)) a[m[1]!] = m[2]!;
      column = a.r ? columnIndex(a.r) : column + 1;
      const value = cellValue(a, cellMatch[2] ?? '', shared, dates, epoch1904);
      if (value !== undefined && column >= 0) cells[column] = value;
    }
    if (cells.length > 0) rows.set(rowNumber, { number: rowNumber, cells });
  }
  // A merged cell holds its value in its top-left cell only: give it to every row it spans, in its first column.
  for (const match of xml.matchAll(/<mergeCell\b[^>]*\bref\s*=\s*["']([A-Z]+)(\d+):[A-Z]+(\d+)["']/g)) {
    const col = columnIndex(match[1]!);
    const first = Number(match[2]);
    const last = Math.min(Number(match[3]), first + 100_000);
    const value = rows.get(first)?.cells[col];
    if (value === undefined) continue;
    for (let n = first + 1; n <= last; n++) {
      let row = rows.get(n);
      if (!row) rows.set(n, (row = { number: n, cells: [] }));
      if (row.cells[col] === undefined) row.cells[col] = value;
    }
  }
  return [...rows.values()].sort((x, y) => x.number - y.number);
}

function cellValue(a: Record<string, string>, inner: string, shared: string[], dates: boolean[], epoch1904: boolean): CellValue | undefined {
  const type = a.t ?? 'n';
  if (type === 'inlineStr') {
    const is = /<is\b[^>]*>([\s\S]*?)<\/is>/.exec(inner);
    return is ? stringItem(is[1]!) : undefined;
  }
  const v = /<v\b[^>]*?(?:\/>|>([\s\S]*?)<\/v>)/.exec(inner);
  if (!v) return /<f\b/.test(inner) ? { kind: 'error', code: 'formula' } : undefined;
  const raw = xmlText(v[1] ?? '');
  switch (type) {
    case 's':
      return shared[Number(raw)] ?? { kind: 'error', code: 'shared-string' };
    case 'str':
      return raw;
    case 'b':
      return raw === '1' || raw.toLowerCase() === 'true';
    case 'e':
      return { kind: 'error', code: raw };
    case 'd':
      return { kind: 'date', iso: raw.slice(0, 10) };
    default: {
      if (raw.trim() === '') return undefined;
      const number = Number(raw);
      if (!Number.isFinite(number)) return raw;
      if (dates[Number(a.s ?? 0)]) {
        const iso = serialDate(number, epoch1904);
        if (iso) return { kind: 'date', iso };
      }
      return number;
    }
  }
}
