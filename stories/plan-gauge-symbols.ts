import thirty from '../examples/thirty-indicators.plan.json';

/** The thirty indicators graded ◎ ○ △ × (a plan's own evaluation with symbols, schema 1.1). */
export const withSymbols = {
  ...thirty,
  evaluation: {
    grades: [
      { label: { ja: '達成', en: 'Achieved' }, min: 1, symbol: '◎' },
      { label: { ja: '順調', en: 'On track' }, min: 0.5, symbol: '○' },
      { label: { ja: '遅れ', en: 'Behind' }, min: 0, symbol: '△' },
      { label: { ja: '悪化', en: 'Worsened' }, min: -1000, symbol: '×' },
    ],
  },
};
