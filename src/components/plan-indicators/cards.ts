/**
 * The grid of indicator cards at a width: how many columns, how wide each card, where each
 * card goes. One arithmetic for the screen and the file: the screen's CSS grid
 * (`repeat(auto-fill, minmax(min(100%, 14rem), 1fr))` with a 1rem gap) makes exactly the
 * columns {@link cardColumns} counts, and an exported file places its cards with
 * {@link layoutCards} at the same width. Pure numbers, no DOM.
 */
import type { Box } from '../../geometry/index.js';

/** The narrowest column (`--plan-indicators-column-width`, 14rem) and the gap (1rem), in CSS px at 16 px type. */
export const CARD_GRID = { minColumn: 224, gap: 16 } as const;

/**
 * How many columns of cards fit in `width`: as many `minColumn`-wide columns with `gap`
 * between them as fit, at least one (CSS grid's auto-fill repetitions).
 */
export function cardColumns(width: number, minColumn: number = CARD_GRID.minColumn, gap: number = CARD_GRID.gap): number {
  if (!(width > 0) || !(minColumn > 0)) return 1;
  return Math.max(1, Math.floor((width + gap) / (minColumn + gap) + 1e-9));
}

/** The cards of one list, placed. */
export interface CardGrid {
  columns: number;
  /** Every card's width: the columns share the width left after the gaps. */
  cardWidth: number;
  /** Each card's box, in the order given; the cards of a row are as tall as its tallest. */
  cards: Box[];
  width: number;
  height: number;
}

const round = (value: number): number => Math.round(value * 100) / 100 + 0;

/**
 * Places `count` cards in rows across `width`: `columns` (default {@link cardColumns} of the
 * width; a bar list is one column) of equal width, `gap` apart; `heightOf(i, cardWidth)` is card
 * i's height at that width, and each row is as tall as its tallest card, as in the CSS grid.
 */
export function layoutCards(
  width: number,
  count: number,
  heightOf: (index: number, cardWidth: number) => number,
  options: { columns?: number; minColumn?: number; gap?: number } = {},
): CardGrid {
  const gap = options.gap ?? CARD_GRID.gap;
  const columns = Math.max(1, Math.floor(options.columns ?? cardColumns(width, options.minColumn, gap)));
  // Every column is as wide as in a full row (auto-fill keeps the empty tracks): a short list does not stretch.
  const cardWidth = round((width - gap * (columns - 1)) / columns);
  const cards: Box[] = [];
  let y = 0;
  for (let start = 0; start < count; start += columns) {
    const end = Math.min(count, start + columns);
    let height = 0;
    const heights: number[] = [];
    for (let i = start; i < end; i++) {
      const h = heightOf(i, cardWidth);
      heights.push(h);
      height = Math.max(height, h);
    }
    for (let i = start; i < end; i++) cards.push({ x: round((i - start) * (cardWidth + gap)), y: round(y), width: cardWidth, height: round(height) });
    y += height + gap;
  }
  return { columns, cardWidth, cards, width, height: round(Math.max(0, y - gap)) };
}
