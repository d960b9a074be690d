import type { Message } from '../../schema/messages.js';

/** The strings of `<plan-gauge>` and `<plan-indicators>`, in Japanese and English. */
export const gaugeMessages = {
  baselineMark: { ja: '基準', en: 'Baseline' },
  targetMark: { ja: '目標', en: 'Target' },
  baseline: { ja: '基準値', en: 'Baseline' },
  target: { ja: '目標値', en: 'Target' },
  current: { ja: '現状値', en: 'Current' },
  unit: { ja: '単位', en: 'Unit' },
  trend: { ja: '推移', en: 'Trend' },
  progress: (percent: string): Message => ({ ja: `進捗 ${percent}`, en: `Progress ${percent}` }),
  aboveTarget: (difference: string): Message => ({ ja: `目標を${difference}上回る`, en: `${difference} above target` }),
  belowTarget: (difference: string): Message => ({ ja: `目標を${difference}下回る`, en: `${difference} below target` }),
  atTarget: { ja: '目標どおり', en: 'At target' },
  planGrade: (label: string): Message => ({ ja: `評価 ${label}`, en: `grade ${label}` }),
  /** Joins the parts of a parenthesis: unit, year, note. */
  listSeparator: { ja: '、', en: ', ' },
  sentenceSeparator: { ja: '', en: ' ' },
  parenthesis: (inner: string): Message => ({ ja: `（${inner}）`, en: ` (${inner})` }),
  /** 「自殺死亡率 16.2（人口10万対、令和6年度）」 */
  currentSentence: (name: string, value: string, detail: string): Message => ({ ja: `${name} ${value}${detail}。`, en: `${name} ${value}${detail}.` }),
  notMeasuredSentence: (name: string, label: string): Message => ({ ja: `${name}：${label}。`, en: `${name}: ${label.toLowerCase()}.` }),
  targetSentence: (target: string, baseline: string): Message => ({ ja: `目標 ${target}、基準 ${baseline}。`, en: `Target ${target}, baseline ${baseline}.` }),
  gradeSentence: (progress: string, grade: string): Message => ({ ja: `${progress}、${grade}。`, en: `${progress}, ${grade}.` }),
  trendSentence: (values: string): Message => ({ ja: `推移 ${values}。`, en: `Trend: ${values}.` }),
  trendArrow: { ja: ' → ', en: ' → ' },
  unknownIndicator: (id: string): Message => ({ ja: `指標「${id}」はこの計画にありません。`, en: `This plan has no indicator "${id}".` }),
  noIndicatorChosen: { ja: '表示する指標の id を indicator 属性で指定してください。', en: 'Name the indicator to show in the indicator attribute.' },
  noIndicators: { ja: 'この計画には成果指標がありません。', en: 'This plan has no indicators.' },
  nodeWithoutIndicators: (title: string): Message => ({ ja: `「${title}」とその下の項目には成果指標がありません。`, en: `"${title}" and the items under it have no indicators.` }),
  unknownNode: (id: string): Message => ({ ja: `項目「${id}」はこの計画にありません。`, en: `This plan has no item "${id}".` }),
  indicatorCount: (count: string): Message => ({ ja: `成果指標 ${count}件`, en: `${count} indicator${count === '1' ? '' : 's'}` }),
  gradeSummary: { ja: '評価の内訳', en: 'By grade' },
  otherIndicators: { ja: 'その他の指標', en: 'Other indicators' },
} as const;
