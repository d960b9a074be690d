import type { Message } from '../../schema/messages.js';

/** The strings of `<plan-trend>`, in Japanese and English. */
export const trendMessages = {
  baseline: { ja: '基準値', en: 'Baseline' },
  target: { ja: '目標値', en: 'Target' },
  milestone: { ja: '中間目標値', en: 'Interim target' },
  measured: { ja: '実績値', en: 'Measured' },
  current: { ja: '現状値', en: 'Current' },
  expected: { ja: '見込み（基準値から目標値への道筋）', en: 'Expected path (baseline to target)' },
  expectedNow: { ja: '見込み', en: 'Expected' },
  year: { ja: '年度', en: 'Fiscal year' },
  value: { ja: '値', en: 'Value' },
  kind: { ja: '種類', en: 'Kind' },
  table: { ja: '数値の表', en: 'Values as a table' },
  title: (name: string): Message => ({ ja: `${name}の推移`, en: `${name}: trend` }),
  unknownIndicator: (id: string): Message => ({ ja: `指標「${id}」は計画にありません。`, en: `The plan has no indicator "${id}".` }),
  noIndicator: { ja: '表示する指標（indicator 属性）を指定してください。', en: 'Name the indicator to show (the indicator attribute).' },
} as const;
