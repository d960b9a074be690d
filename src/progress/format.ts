/**
 * Numbers, units, percentages and fiscal years as a reader of a Japanese plan expects them,
 * in the element's language. Pure: `Intl` only, no DOM.
 */

/** The most fraction digits a value is shown with, however many the data has. */
export const MAX_DECIMALS = 3;

/** The fraction digits of a number as written in its shortest form (`16.2` → 1, `13` → 0, `1e-7` → 7). */
export function fractionDigits(value: number): number {
  if (!Number.isFinite(value)) return 0;
  const [mantissa = '', exponent = '0'] = String(Math.abs(value)).split('e');
  const fraction = mantissa.split('.')[1]?.length ?? 0;
  return Math.max(0, fraction - Number(exponent));
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

const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(lang: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    try {
      format = new Intl.NumberFormat(lang || 'ja', options);
    } catch {
      // A malformed lang attribute must not stop the figure from being drawn.
      format = new Intl.NumberFormat('en', options);
    }
    numberFormats.set(key, format);
  }
  return format;
}

/** Primary language subtag, lower case: `ja-JP` → `ja`. */
export function primaryLanguage(lang: string | undefined): string {
  return (lang ?? '').toLowerCase().split('-')[0] ?? '';
}

/**
 * A number with digit grouping and a fixed number of fraction digits in the language's
 * convention (`1318000` → `1,318,000`; `13` with 1 decimal → `13.0`). A value that rounds to
 * zero is shown without a minus sign.
 */
export function formatNumber(value: number, lang: string, decimals = 0): string {
  if (!Number.isFinite(value)) return '—';
  const digits = Math.max(0, Math.min(MAX_DECIMALS, Math.round(decimals)));
  const rounded = Number(value.toFixed(digits));
  return numberFormat(lang, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(rounded === 0 ? 0 : rounded);
}

/** From this magnitude on, compact notation runs out of words (`1,510,000T`): numbers are written `1.51E27`. */
const SCIENTIFIC_FROM = 1e15;

/** A number shortened for a small space: `123兆`, `1.32M`, `1.51E27` (three significant digits). */
export function formatCompact(value: number, lang: string): string {
  if (!Number.isFinite(value)) return '—';
  const notation = Math.abs(value) >= SCIENTIFIC_FROM ? 'scientific' : 'compact';
  return numberFormat(lang, { notation, maximumSignificantDigits: 3 }).format(value === 0 ? 0 : value);
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
  return numberFormat(lang, { style: 'percent', maximumFractionDigits: 0 }).format((rounded === 0 ? 0 : rounded) / 100);
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
