/**
 * The period bar as a scene: one cell per fiscal year, the years of an extension drawn lighter
 * and hatched with 延長 beneath them, today's fiscal year marked above its cell when inside.
 * Pure: numbers and text in, a scene out (no DOM).
 */
import { localize } from '../../schema/messages.js';
import { formatFiscalYear, primaryLanguage } from '../../progress/format.js';
import type { Period } from '../../schema/types.js';
import type { Scene, SceneItem } from '../../scene/types.js';
import { wrapLines } from '../../text/wrap.js';
import { fiscalYearText } from './dates.js';
import { overviewMessages as m } from './messages.js';

export interface PeriodLayoutOptions {
  width: number;
  lang: string;
  /** The fiscal year to mark as today's. */
  today: number;
  /** The figure's name, e.g. the plan's title and 計画期間. */
  title: string;
}

const LINE = 1.3;

/** Sentences that say what the bar shows. */
export function describePeriod(period: Period, lang: string, today: number): string {
  const to = period.to;
  const originalTo = period.originalTo ?? to;
  const text = (year: number) => fiscalYearText(year, lang);
  let out = localize(m.periodSentence(text(period.from), text(to), to - period.from + 1), lang);
  if (originalTo < to) out += localize(m.extensionSentence(text(originalTo), to - originalTo), lang);
  out += localize(today >= period.from && today <= to ? m.todaySentence(text(today), today - period.from + 1) : m.todayOutside(text(today)), lang);
  return out;
}

export function periodScene(period: Period, options: PeriodLayoutOptions): Scene {
  const { lang, today } = options;
  const width = Math.max(120, options.width);
  const ja = primaryLanguage(lang) === 'ja';
  const years = Math.max(1, period.to - period.from + 1);
  const originalTo = Math.min(period.originalTo ?? period.to, period.to);
  const cell = width / years;
  const fontSize = Math.max(10, Math.min(14, cell / 5.6));
  const small = Math.max(9, fontSize - 2);
  const inside = today >= period.from && today <= period.to;
  const top = inside ? fontSize * LINE + 12 : 2;
  const labels = [];
  let cellHeight = 0;
  for (let i = 0; i < years; i++) {
    const year = period.from + i;
    const main = wrapLines(formatFiscalYear(year, lang), { maxWidth: cell - 8, fontSize, lang, bold: true }).lines;
    const sub = ja ? wrapLines(`${year}年度`, { maxWidth: cell - 8, fontSize: small, lang }).lines : [];
    labels.push({ main, sub });
    cellHeight = Math.max(cellHeight, (main.length * fontSize + sub.length * small) * LINE + 14);
  }
  const items: SceneItem[] = [];
  for (let i = 0; i < years; i++) {
    const year = period.from + i;
    const extended = year > originalTo;
    const x = i * cell;
    const { main, sub } = labels[i]!;
    const cellItems: SceneItem[] = [
      {
        type: 'rect',
        x: x + 1,
        y: top,
        width: cell - 2,
        height: cellHeight,
        r: 3,
        fill: extended ? '--plan-overview-extension-color' : '--plan-overview-period-color',
        stroke: extended ? '--plan-overview-period-color' : 'none',
        strokeWidth: 1.5,
        ...(extended ? { dash: [5, 3] } : {}),
        part: extended ? 'year extension' : 'year',
      },
    ];
    if (extended) {
      // Hatching: diagonal strokes clipped by hand to the cell.
      let d = '';
      for (let k = -cellHeight; k < cell; k += 10) {
        const x0 = Math.max(k, 0);
        const x1 = Math.min(k + cellHeight, cell - 2);
        if (x1 > x0) d += `M${(x + 1 + x0).toFixed(1)} ${(top + cellHeight - (x0 - k)).toFixed(1)}L${(x + 1 + x1).toFixed(1)} ${(top + cellHeight - (x1 - k)).toFixed(1)}`;
      }
      cellItems.push({ type: 'path', d, stroke: '--plan-overview-period-color', strokeWidth: 1, opacity: 0.25 });
    }
    const color = extended ? '--plan-overview-extension-text-color' : '--plan-overview-period-text-color';
    let y = top + 7 + fontSize;
    const cx = x + cell / 2;
    cellItems.push({ type: 'text', fontSize, bold: true, anchor: 'middle', fill: color, lines: main.map((text, k) => ({ text, x: cx, y: y + k * fontSize * LINE })) });
    y += main.length * fontSize * LINE - fontSize + small;
    if (sub.length > 0) cellItems.push({ type: 'text', fontSize: small, anchor: 'middle', fill: color, lines: sub.map((text, k) => ({ text, x: cx, y: y + k * small * LINE })) });
    if (inside && year === today) {
      cellItems.push(
        { type: 'rect', x: x + 1, y: top, width: cell - 2, height: cellHeight, r: 3, fill: 'none', stroke: '--plan-overview-today-color', strokeWidth: 3, part: 'today' },
        {
          type: 'polygon',
          points: [
            [cx - 6, top - 9],
            [cx + 6, top - 9],
            [cx, top - 2],
          ],
          fill: '--plan-overview-today-color',
        },
        {
          type: 'text',
          fontSize: small + 1,
          bold: true,
          anchor: 'middle',
          fill: '--plan-overview-today-color',
          lines: [{ text: localize(m.today, lang), x: Math.min(Math.max(cx, 30), width - 30), y: top - 12 }],
        },
      );
    }
    items.push({ type: 'group', key: String(year), children: cellItems });
  }
  // Brackets under the original years and the extension, each with its label.
  const bracketY = top + cellHeight + 6;
  const spans: { from: number; to: number; text: string; extended: boolean }[] = [];
  if (originalTo < period.to) {
    spans.push({
      from: 0,
      to: originalTo - period.from + 1,
      text: `${localize(m.original, lang)} ${localize(m.range(formatFiscalYear(period.from, lang), formatFiscalYear(originalTo, lang)), lang)}`,
      extended: false,
    });
    spans.push({ from: originalTo - period.from + 1, to: years, text: `${localize(m.extension, lang)} +${period.to - originalTo}`, extended: true });
  }
  let bottom = top + cellHeight + 2;
  for (const span of spans) {
    const x0 = span.from * cell + 3;
    const x1 = span.to * cell - 3;
    const lines = wrapLines(span.text, { maxWidth: x1 - x0, fontSize: small, lang, bold: span.extended });
    const stroke = span.extended ? '--plan-overview-period-color' : '--plan-overview-line-color';
    items.push({
      type: 'group',
      part: span.extended ? 'extension-label' : 'original-label',
      children: [
        { type: 'path', d: `M${x0} ${bracketY - 4}V${bracketY}H${x1}V${bracketY - 4}`, fill: 'none', stroke, strokeWidth: 1.5, ...(span.extended ? { dash: [4, 2] } : {}) },
        {
          type: 'text',
          fontSize: small,
          bold: span.extended,
          anchor: 'middle',
          fill: span.extended ? '--plan-overview-extension-text-color' : '--plan-overview-muted-color',
          lines: lines.lines.map((text, k) => ({ text, x: (x0 + x1) / 2, y: bracketY + 4 + small + k * small * LINE })),
        },
      ],
    });
    bottom = Math.max(bottom, bracketY + 8 + lines.lines.length * small * LINE);
  }
  return { theme: 'plan-overview', width, height: Math.ceil(bottom + 2), lang, title: options.title, description: describePeriod(period, lang, today), items };
}
