/**
 * Numbers, units, percentages and fiscal years as a reader of a Japanese plan expects them,
 * in the element's language. Pure: `Intl` only, no DOM.
 */

/** The most fraction digits a value is shown with, however many the data has. */
export const MAX_DECIMALS = 3;

/** The fraction digits of a number as written in its shortest form (`16.2` → 1, `13` → 0, `1e-7` → 7). */
export function fractionDigits(value: number): number {
  if (!Number.isFinite(value)) return 0;
  // Every integer is written without a fraction (1e21 and up as `1e+21`): no string needed.
  if (Number.isInteger(value)) return 0;
  const written = String(Math.abs(value));
  const e = written.indexOf('e');
  const mantissa = e < 0 ? written : written.slice(0, e);
  const exponent = e < 0 ? 0 : Number(written.slice(e + 1));
  const dot = mantissa.indexOf('.');
  const fraction = dot < 0 ? 0 : mantissa.length - dot - 1;
  return Math.max(0, fraction - exponent);
}

/**
 * How many fraction digits to show for every value of one indicator: as many as the most
 * precise of them has (capped at {@link MAX_DECIMALS}). JSON keeps no trailing zeros, so a
 * target written `13.0` arrives as `13`; showing it beside `19.8` and `16.2` as `13.0` keeps
 * the column of values comparable.
 */
export function sharedDecimals(values: readonly number[]): number {
  let decimals = 0;
  for (const value of values) decimals = Math.max(decimals, fractionDigits(value));
  return Math.min(decimals, MAX_DECIMALS);
}

/** One number format and the strings it has written, by value (a plan repeats its values on every row and sentence). */
interface NumberFormatEntry {
  format: Intl.NumberFormat;
  written: Map<number, string>;
}

/** Formats by language, then by a name that stands for one set of options (`fixed2`, `compact` …). */
const numberFormats = new Map<string, Map<string, NumberFormatEntry>>();

/** Past this many remembered strings per format the memory starts again (a plan has a few thousand values). */
const MAX_WRITTEN = 20_000;

function numberFormat(lang: string, name: string, options: Intl.NumberFormatOptions): NumberFormatEntry {
  let byName = numberFormats.get(lang);
  if (!byName) {
    byName = new Map();
    numberFormats.set(lang, byName);
  }
  let entry = byName.get(name);
  if (!entry) {
    let format: Intl.NumberFormat;
    try {
      format = new Intl.NumberFormat(lang || 'ja', options);
    } catch {
      // A malformed lang attribute must not stop the figure from being drawn.
      format = new Intl.NumberFormat('en', options);
    }
    entry = { format, written: new Map() };
    byName.set(name, entry);
  }
  return entry;
}

/** `value` (finite, zero without its sign) in a format, remembered: Intl's format is the costliest step of a gauge's texts. */
function write(entry: NumberFormatEntry, value: number): string {
  let text = entry.written.get(value);
  if (text === undefined) {
    text = entry.format.format(value);
    if (entry.written.size >= MAX_WRITTEN) entry.written.clear();
    entry.written.set(value, text);
  }
  return text;
}

/** Names of the fixed-decimals formats, by digits. */
const FIXED = ['fixed0', 'fixed1', 'fixed2', 'fixed3'] as const;

/** The strings {@link formatNumber} has written, by language and digits, keyed by the value before rounding. */
const fixedWritten = new Map<string, Map<number, string>[]>();

/** Primary language subtag, lower case: `ja-JP` → `ja`. */
export function primaryLanguage(lang: string | undefined): string {
  if (!lang) return '';
  const dash = lang.indexOf('-');
  return (dash < 0 ? lang : lang.slice(0, dash)).toLowerCase();
}

/**
 * A number with digit grouping and a fixed number of fraction digits in the language's
 * convention (`1318000` → `1,318,000`; `13` with 1 decimal → `13.0`). A value that rounds to
 * zero is shown without a minus sign.
 */
export function formatNumber(value: number, lang: string, decimals = 0): string {
  if (!Number.isFinite(value)) return '—';
  const digits = Math.max(0, Math.min(MAX_DECIMALS, Math.round(decimals)));
  // NaN digits are no index: Intl rejects them as it always has.
  if (Number.isNaN(digits)) return numberFormat(lang, 'NaN', { minimumFractionDigits: digits, maximumFractionDigits: digits }).format.format(value);
  const index = digits;
  let byDigits = fixedWritten.get(lang);
  if (!byDigits) {
    byDigits = [new Map(), new Map(), new Map(), new Map()];
    fixedWritten.set(lang, byDigits);
  }
  const written = byDigits[index]!;
  let text = written.get(value);
  if (text === undefined) {
    const rounded = Number(value.toFixed(index));
    text = numberFormat(lang, FIXED[index]!, { minimumFractionDigits: index, maximumFractionDigits: index }).format.format(rounded === 0 ? 0 : rounded);
    if (written.size >= MAX_WRITTEN) written.clear();
    written.set(value, text);
  }
  return text;
}

/** From this magnitude on, compact notation runs out of words (`1,510,000T`): numbers are written `1.51E27`. */
const SCIENTIFIC_FROM = 1e15;

/** A number shortened for a small space: `123兆`, `1.32M`, `1.51E27` (three significant digits). */
export function formatCompact(value: number, lang: string): string {
  if (!Number.isFinite(value)) return '—';
  const notation = Math.abs(value) >= SCIENTIFIC_FROM ? 'scientific' : 'compact';
  return write(numberFormat(lang, notation, { notation, maximumSignificantDigits: 3 }), value === 0 ? 0 : value);
}

/** True when a unit is written straight after the number (`44.0%`, `3,450人`) rather than after a space. */
export function unitAttaches(unit: string, lang: string): boolean {
  if (unit === '%' || unit === '％') return true;
  // Short Japanese counters (人, 件, 事業者) attach; longer phrases such as 人口10万対 read better apart.
  return primaryLanguage(lang) === 'ja' && unit.length <= 3 && !/[0-9A-Za-z\s]/.test(unit);
}

/** A value with its unit: `16.2 人口10万対`, `3,450人`, `44.0%`, `47,500 hours`. */
export function formatValue(value: number, unit: string, lang: string, decimals = 0): string {
  const number = formatNumber(value, lang, decimals);
  if (!unit) return number;
  return unitAttaches(unit, lang) ? `${number}${unit}` : `${number} ${unit}`;
}

/** A whole percentage: `220%`, `-36%`. */
export function formatPercent(percent: number, lang: string): string {
  if (!Number.isFinite(percent)) return '—';
  const rounded = Math.round(percent);
  return write(numberFormat(lang, 'percent', { style: 'percent', maximumFractionDigits: 0 }), (rounded === 0 ? 0 : rounded) / 100);
}

/** The first fiscal year named in the Japanese calendar (明治); earlier years are written in Western numerals. */
const FIRST_JAPANESE_ERA_YEAR = 1868;

let eraFormat: Intl.DateTimeFormat | null | undefined;

function japaneseEraFormat(): Intl.DateTimeFormat | null {
  if (eraFormat === undefined) {
    try {
      eraFormat = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', { era: 'long', year: 'numeric', timeZone: 'UTC' });
    } catch {
      eraFormat = null;
    }
  }
  return eraFormat;
}

/**
 * A fiscal year in the reader's convention: `令和6年度` in Japanese, `FY2024` otherwise.
 *
 * The Japanese era is the one in force on 1 October of the fiscal year (its middle), which
 * gives the names in common use: fiscal 2019 (1 April 2019 was still 平成31年) is 令和元年度,
 * fiscal 1989 is 平成元年度 and fiscal 1988 is 昭和63年度.
 */
export function formatFiscalYear(year: number, lang: string): string {
  if (!Number.isFinite(year)) return '';
  if (primaryLanguage(lang) !== 'ja') return `FY${year}`;
  // A plan names a handful of years, each on every indicator: formatToParts is the slow part.
  let name = japaneseYears.get(year);
  if (name === undefined) {
    name = japaneseFiscalYear(year);
    if (japaneseYears.size >= 1000) japaneseYears.clear();
    japaneseYears.set(year, name);
  }
  return name;
}

const japaneseYears = new Map<number, string>();

function japaneseFiscalYear(year: number): string {
  const format = year >= FIRST_JAPANESE_ERA_YEAR ? japaneseEraFormat() : null;
  if (!format) return `${year}年度`;
  const parts = format.formatToParts(new Date(Date.UTC(year, 9, 1)));
  const era = parts.find((p) => p.type === 'era')?.value;
  const eraYear = parts.find((p) => p.type === 'year')?.value;
  if (!era || !eraYear) return `${year}年度`;
  return `${era}${eraYear === '1' ? '元' : eraYear}年度`;
}

const dateFormats = new Map<string, Intl.DateTimeFormat | null>();

/**
 * An ISO 8601 date (`2024-04-01`) in the reader's convention: `令和6年4月1日` in Japanese,
 * `Apr 1, 2024` in English. Text that is not a date comes back as it is.
 */
export function formatDate(date: string, lang: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return date;
  const time = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (!Number.isFinite(time.getTime())) return date;
  const japanese = primaryLanguage(lang) === 'ja' && time.getUTCFullYear() >= FIRST_JAPANESE_ERA_YEAR;
  const key = japanese ? 'ja-era' : lang;
  if (!dateFormats.has(key)) {
    try {
      dateFormats.set(
        key,
        japanese
          ? new Intl.DateTimeFormat('ja-JP-u-ca-japanese', { era: 'long', year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' })
          : new Intl.DateTimeFormat(lang || 'en', { dateStyle: 'medium', timeZone: 'UTC' }),
      );
    } catch {
      dateFormats.set(key, null);
    }
  }
  return dateFormats.get(key)?.format(time) ?? date;
}
