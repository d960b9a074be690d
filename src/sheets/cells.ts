/** Reading what staff type into cells: numbers, fiscal years, ○/TRUE, choices, lists. */

/**
 * A number as typed: `1234`, `１，２３４`, `1,234.5`, `-3`, `▲3` / `△3` (minus, as Japanese
 * tables write it), `1e15`. Undefined when it is not one.
 */
export function parseNumber(text: string): number | undefined {
  let t = text
    .normalize('NFKC')
    .trim()
    .replace(/[\u2212\u2012\u2013\uFF0D]/g, '-');
  if (/^[▲△]/.test(t)) t = `-${t.slice(1).trim()}`;
  if (/^[-+]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(t)) t = t.replace(/,/g, '');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(t)) return undefined;
  const n = Number(t);
  return Number.isFinite(n) ? n : undefined;
}

/** The first year of each era, less one: 令和1年 = 2019. */
const ERAS: Record<string, number> = { 令和: 2018, r: 2018, 平成: 1988, h: 1988, 昭和: 1925, s: 1925 };

/**
 * A fiscal year as typed: `2022`, `2022年度`, `FY2022`, `令和4年度`, `令和元年度`, `R4`, `H30年度`.
 * Undefined when it is not one (or is outside 1000–9999).
 */
export function parseYear(text: string): number | undefined {
  const t = text.normalize('NFKC').trim().replace(/\s+/g, '');
  let m = /^(?:fy)?(\d{4})(?:年度?)?$/i.exec(t);
  if (m) return Number(m[1]);
  m = /^(令和|平成|昭和|[rhs])(\d{1,2}|元)(?:年度?)?$/i.exec(t);
  if (m) {
    const base = ERAS[m[1]!.toLowerCase()];
    const n = m[2] === '元' ? 1 : Number(m[2]);
    if (base !== undefined && n >= 1) return base + n;
  }
  return undefined;
}

/** `○`, `TRUE`, `1`, `はい` → true; `×`, `FALSE`, `0`, `いいえ` → false; otherwise undefined. */
export function parseBoolean(text: string): boolean | undefined {
  const t = text.normalize('NFKC').trim().toLowerCase();
  if (['○', '◯', '〇', 'true', '1', 'yes', 'はい', 'y'].includes(t)) return true;
  if (['×', '✕', 'x', 'false', '0', 'no', 'いいえ', 'n', '-'].includes(t)) return false;
  return undefined;
}

/** A choice written in Japanese or English (any case); undefined when none matches. */
export function parseChoice(text: string, choices: [string, string][]): string | undefined {
  const t = text.normalize('NFKC').trim().toLowerCase();
  return choices.find(([en, ja]) => t === en.toLowerCase() || t === ja.normalize('NFKC').toLowerCase())?.[0];
}

/** Names joined by `、` or `,` (full-width too). */
export function splitList(text: string): string[] {
  return text.split(/[、,，]/);
}

/** Whether a name contains a list separator, so that it cannot be joined into one cell. */
export function hasSeparator(text: string): boolean {
  return /[、,，]/.test(text);
}

/** A header naming a language's column: `名称 (en)`, `名称（en）` → base and tag. */
export function languageHeader(header: string): { base: string; lang: string } | undefined {
  const m = /^(.*?)\s*[(（]\s*([A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*)\s*[)）]\s*$/.exec(header.normalize('NFKC').trim());
  return m && m[1] ? { base: m[1], lang: m[2]! } : undefined;
}

/** A number written to a cell or CSV exactly (`-0` stays negative zero). */
export function numberText(value: number): string {
  return Object.is(value, -0) ? '-0' : String(value);
}
