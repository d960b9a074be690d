import { html, nothing, svg, type TemplateResult } from 'lit';
import { describeRollup, rollupSegments, type GradeRollup } from '../../progress/index.js';

/**
 * A roll-up as a small stacked bar (one part per grade, in the grade's colour; 未計測 grey) and
 * the counts in words beside it, which is what a screen reader reads (the bar is hidden from it).
 * Widths are SVG attributes, not inline styles, so a strict Content-Security-Policy allows them.
 */
export function rollupBar(rollup: GradeRollup, lang: string): TemplateResult {
  return html`<p part="rollup" class="rollup">
    <svg class="rollup-bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
      ${rollupSegments(rollup).map((s) => svg`<rect class="tone-${s.grade.tone}" x=${s.x * 100} width=${s.width * 100} height="10" fill=${s.grade.color ?? nothing}></rect>`)}</svg
    ><span class="rollup-text">${describeRollup(rollup, lang)}</span>
  </p>`;
}
