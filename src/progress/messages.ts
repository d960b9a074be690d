import type { Message } from '../schema/messages.js';

/** The default grades' names, from the plan document contract. */
export const gradeLabels = {
  achieved: { ja: '達成', en: 'Achieved' },
  'on-track': { ja: '順調', en: 'On track' },
  behind: { ja: '遅れ', en: 'Behind' },
  worsened: { ja: '悪化', en: 'Worsened' },
  'not-measured': { ja: '未計測', en: 'Not measured' },
} as const satisfies Record<string, Message>;
