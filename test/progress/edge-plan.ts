import type { Indicator, PlanDocument } from '../../src/schema/index.js';

/** Indicators for every edge case the gauges must read right (fictional values). */
export const edgeIndicators = {
  zeroBaseline: { id: 'zero-baseline', name: 'ゲートキーパー養成者数', unit: '人', node: '1-1', direction: 'increase', baseline: { value: 0, year: 2020 }, target: { value: 3000, year: 2026 }, current: { value: 640, year: 2024 } },
  onTrack: { id: 'on-track', name: '地域サロンの数', unit: 'か所', node: '1-1', direction: 'increase', baseline: { value: 0, year: 2020 }, target: { value: 100, year: 2026 }, current: { value: 80, year: 2024 } },
  flatIncrease: { id: 'flat-increase', name: '見守り協定の締結率', unit: '%', node: '1-2', direction: 'increase', baseline: { value: 50, year: 2020 }, target: { value: 50, year: 2026 }, current: { value: 55, year: 2024 } },
  flatDecrease: { id: 'flat-decrease', name: '乳幼児健康診査の未受診率', unit: '%', node: '1-2', direction: 'decrease', baseline: { value: 3.0, year: 2020 }, target: { value: 3.0, year: 2026 }, current: { value: 3.4, year: 2024 } },
  overAchieved: { id: 'over-achieved', name: '認知症サポーター養成講座の開催回数', unit: '回', node: '2', direction: 'increase', baseline: { value: 100, year: 2020 }, target: { value: 150, year: 2026 }, current: { value: 210, year: 2024 } },
  worse: { id: 'worse', name: '刑法犯認知件数', unit: '件', node: '2-1', direction: 'decrease', baseline: { value: 2450, year: 2019 }, target: { value: 2000, year: 2026 }, current: { value: 2610, year: 2024 } },
  negative: { id: 'negative', name: '人口の社会増減', unit: '人', node: '2-1', direction: 'increase', baseline: { value: -1200, year: 2020 }, target: { value: 0, year: 2026 }, current: { value: -850, year: 2024 }, scale: { min: -2000, max: 500 } },
  millions: { id: 'millions', name: '市民交流センターの年間来館者数', unit: '人', node: '2-1', direction: 'increase', baseline: { value: 1250000, year: 2021 }, target: { value: 1400000, year: 2026 }, current: { value: 1318000, year: 2024 }, history: [{ value: 1262000, year: 2022 }, { value: 1291000, year: 2023 }] },
  maintainBelow: { id: 'maintain-below', name: '民生委員・児童委員の充足率', unit: '%', node: '3', direction: 'maintain', baseline: { value: 100, year: 2019 }, target: { value: 100, year: 2026 }, current: { value: 97.5, year: 2024 } },
  maintainHeld: { id: 'maintain-held', name: 'がん検診の精密検査受診率', unit: '%', node: '3', direction: 'maintain', baseline: { value: 90, year: 2020 }, target: { value: 90, year: 2026 }, current: { value: 91.2, year: 2024 } },
  notMeasured: { id: 'not-measured', name: '市民後見人の登録者数', unit: '人', node: '3', direction: 'increase', baseline: { value: 12, year: 2020 }, target: { value: 40, year: 2026 } },
  suicide: {
    id: 'suicide',
    name: '自殺死亡率',
    unit: '人口10万対',
    node: '3',
    direction: 'decrease',
    baseline: { value: 19.8, year: 2019 },
    target: { value: 13.0, year: 2026 },
    current: { value: 16.2, year: 2024 },
    history: [
      { value: 19.1, year: 2020 },
      { value: 18.3, year: 2021 },
      { value: 17.6, year: 2022 },
      { value: 16.9, year: 2023 },
    ],
  },
} satisfies Record<string, Indicator>;

/** A plan of fiscal 2021–2026 holding every edge case, with bilingual goal titles. */
export const edgePlan: PlanDocument = {
  schemaVersion: 1,
  plan: { id: 'edge-cases', title: { ja: '指標の境界例', en: 'Indicator edge cases' }, period: { from: 2021, to: 2026 }, lang: 'ja' },
  vision: { text: '境界例' },
  goals: [
    { id: '1', label: '基本目標１', title: { ja: '支え合う地域', en: 'Communities that support each other' }, children: [{ id: '1-1', title: '担い手' }, { id: '1-2', title: '見守り' }] },
    { id: '2', label: '基本目標２', title: { ja: '安心な暮らし', en: 'Safe living' }, children: [{ id: '2-1', title: '防犯' }] },
    { id: '3', label: '基本目標３', title: { ja: '健康づくり', en: 'Health' }, children: [{ id: '3-1', title: '指標のない施策' }] },
  ],
  indicators: Object.values(edgeIndicators),
};

/** Text that must never reach a reader. */
export const NOT_A_NUMBER = /NaN|Infinity|undefined|null/;
