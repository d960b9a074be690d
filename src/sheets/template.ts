/** The example the template workbook carries: a short plan that fills every sheet once or twice. */
import type { PlanDocument } from '../schema/types.js';

const JA: PlanDocument = {
  schemaVersion: 1,
  plan: {
    id: 'midori-kankyo',
    title: 'みどり町 環境基本計画',
    municipality: 'みどり町',
    period: { from: 2024, to: 2028, label: '令和6年度〜令和10年度' },
    lang: 'ja',
    updated: '2025-04-01',
    notes: ['例として書いた行です。消して使ってください。'],
  },
  levels: ['基本目標', '施策'],
  vision: { label: '将来像', text: '水と緑を未来へつなぐまち' },
  goals: [
    { id: '1', label: '基本目標１', title: '脱炭素のまちをつくる', sdgs: [7, 13] },
    { id: '2', label: '基本目標２', title: '自然と共に暮らすまちをつくる', sdgs: [15] },
  ],
  indicators: [
    {
      id: 'solar',
      node: '1',
      name: '住宅用太陽光発電の設置件数',
      unit: '件',
      direction: 'increase',
      baseline: { value: 1200, year: 2023 },
      target: { value: 2000, year: 2028 },
      history: [{ value: 1350, year: 2024 }],
      current: { value: 1480, year: 2025 },
      milestones: [{ value: 1600, year: 2026 }],
      source: '町の補助金実績',
    },
    { id: 'waste', node: '2', name: '1人1日あたりのごみ排出量', unit: 'g', direction: 'decrease', baseline: { value: 850, year: 2023 }, target: { value: 780, year: 2028 } },
  ],
  collaboration: {
    title: '環境のまちづくり',
    center: '協働',
    actors: [
      { id: 'resident', label: '町民' },
      { id: 'business', label: '事業者' },
      { id: 'town', label: '町' },
    ],
    keywords: [{ text: '省エネ', actors: ['resident', 'business'], node: '1' }],
  },
  sections: [{ id: 'promotion', title: '計画の推進', items: ['毎年、指標の実績を公表します。', '環境審議会で点検します。'] }],
  evaluation: {
    grades: [
      { label: '達成', symbol: '◎', min: 1 },
      { label: '順調', symbol: '○', min: 0.5 },
      { label: '遅れ', symbol: '△', min: 0 },
    ],
    basis: 'target',
  },
  relatedPlans: [
    { id: 'sogo', title: 'みどり町総合計画', relation: 'upper', period: { from: 2021, to: 2030 } },
    { id: 'law', title: '環境基本法', relation: 'basis' },
  ],
  timeline: [{ date: '2020-10', title: '2050年カーボンニュートラル宣言', scope: 'national', items: ['国が温室効果ガス排出を全体としてゼロにすると宣言'] }],
};

const EN: PlanDocument = {
  schemaVersion: 1,
  plan: {
    id: 'greenfield-environment',
    title: 'Greenfield Environment Plan',
    municipality: 'Greenfield',
    period: { from: 2024, to: 2028 },
    lang: 'en',
    notes: ['Example rows: delete them and write your own.'],
  },
  levels: ['Goal', 'Measure'],
  vision: { label: 'Vision', text: 'A green town for the next generation' },
  goals: [
    { id: '1', label: 'Goal 1', title: 'A low-carbon town', sdgs: [7, 13] },
    { id: '2', label: 'Goal 2', title: 'Living with nature', sdgs: [15] },
  ],
  indicators: [
    {
      id: 'solar',
      node: '1',
      name: 'Homes with solar panels',
      unit: 'homes',
      direction: 'increase',
      baseline: { value: 1200, year: 2023 },
      target: { value: 2000, year: 2028 },
      history: [{ value: 1350, year: 2024 }],
      current: { value: 1480, year: 2025 },
      milestones: [{ value: 1600, year: 2026 }],
    },
    { id: 'waste', node: '2', name: 'Waste per person per day', unit: 'g', direction: 'decrease', baseline: { value: 850, year: 2023 }, target: { value: 780, year: 2028 } },
  ],
  collaboration: {
    center: 'Together',
    actors: [
      { id: 'resident', label: 'Residents' },
      { id: 'business', label: 'Businesses' },
      { id: 'town', label: 'Town' },
    ],
    keywords: [{ text: 'Saving energy', actors: ['resident', 'business'], node: '1' }],
  },
  sections: [{ id: 'promotion', title: 'Putting the plan to work', items: ['The indicators are published every year.'] }],
  evaluation: {
    grades: [
      { label: 'Achieved', symbol: 'A', min: 1 },
      { label: 'On track', symbol: 'B', min: 0.5 },
      { label: 'Behind', symbol: 'C', min: 0 },
    ],
    basis: 'target',
  },
  relatedPlans: [{ id: 'master', title: 'Greenfield Master Plan', relation: 'upper', period: { from: 2021, to: 2030 } }],
  timeline: [{ date: '2020-10', title: 'Net zero by 2050 declared', scope: 'national' }],
};

export function templatePlan(lang: 'ja' | 'en'): PlanDocument {
  return lang === 'en' ? EN : JA;
}
