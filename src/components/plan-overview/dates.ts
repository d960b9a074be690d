import { formatFiscalYear, primaryLanguage } from '../../progress/format.js';

/** The fiscal year (April to March) a `YYYY-MM-DD` date falls in; the real today's when absent or not a date. */
export function fiscalYearOf(today: string | undefined): number {
  const match = today ? /^(\d{4})-(\d{2})-\d{2}$/.exec(today) : null;
  const date = match ? { year: Number(match[1]), month: Number(match[2]) } : { year: new Date().getFullYear(), month: new Date().getMonth() + 1 };
  return date.month < 4 ? date.year - 1 : date.year;
}

/** 令和3年度（2021年度） in Japanese, FY2021 otherwise. */
export function fiscalYearText(year: number, lang: string): string {
  return primaryLanguage(lang) === 'ja' ? `${formatFiscalYear(year, 'ja')}（${year}年度）` : formatFiscalYear(year, lang);
}

let eraFormat: Intl.DateTimeFormat | null | undefined;

/** The Japanese era and year of a date (令和元年), or '' where Intl has no Japanese calendar. */
function eraYear(year: number, month: number, day: number): string {
  if (eraFormat === undefined) {
    try {
      eraFormat = new Intl.DateTimeFormat('ja-JP-u-ca-japanese', { era: 'long', year: 'numeric', timeZone: 'UTC' });
    } catch {
      eraFormat = null;
    }
  }
  if (!eraFormat || year < 1873) return '';
  const parts = eraFormat.formatToParts(new Date(Date.UTC(year, month - 1, day)));
  const era = parts.find((p) => p.type === 'era')?.value ?? '';
  const n = parts.find((p) => p.type === 'year')?.value ?? '';
  return era && n ? `${era}${n === '1' ? '元' : n}年` : '';
}

/**
 * A timeline date (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) to the precision it is given: 平成29年12月（2017年12月）
 * in Japanese, December 2017 otherwise. A month is placed in its era at its last day, so that
 * 2019-05 is 令和元年5月 (the era changed on 1 May).
 */
export function formatPartialDate(date: string, lang: string): string {
  const [year = NaN, month, day] = date.split('-').map(Number);
  if (!Number.isFinite(year)) return date;
  if (primaryLanguage(lang) === 'ja') {
    const western = `${year}年${month ? `${month}月` : ''}${day ? `${day}日` : ''}`;
    const era = eraYear(year, month ?? 12, day ?? (month ? new Date(Date.UTC(year, month, 0)).getUTCDate() : 31));
    return era ? `${era}${month ? `${month}月` : ''}${day ? `${day}日` : ''}（${western}）` : western;
  }
  if (!month) return String(year);
  return new Intl.DateTimeFormat(lang || 'en', { year: 'numeric', month: 'long', ...(day ? { day: 'numeric' } : {}), timeZone: 'UTC' }).format(
    new Date(Date.UTC(year, month - 1, day ?? 1)),
  );
}
