import type { Message } from '../../schema/messages.js';

/** The strings `<plan-indicators>` adds to the gauge's, in Japanese and English. */
export const indicatorsMessages = {
  /** 「施策 2-4 見守り支援体制の整備 の指標（3件）」 */
  filterTitle: (name: string, count: string): Message => ({ ja: `${name} の指標（${count}件）`, en: `Indicators of ${name} (${count})` }),
  showAll: { ja: 'すべての指標を表示', en: 'Show all indicators' },
  trend: { ja: '推移の図', en: 'Trend chart' },
  loading: { ja: '表を読み込んでいます…', en: 'Loading the table…' },
  loadFailed: { ja: '表を読み込めませんでした', en: 'The table could not be loaded' },
} as const;
