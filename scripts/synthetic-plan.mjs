// Synthetic plan documents of a given size, deterministic for a seed: for the benchmark and
// for tests that need plans larger than the examples.

function rng(seed) {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 4294967296;
  };
}

const WORDS_JA = [
  '地域',
  '福祉',
  '支援',
  '体制',
  '充実',
  '推進',
  '子ども・子育て',
  '高齢者',
  '障がい者',
  '見守り',
  '相談',
  '健康づくり',
  '権利擁護',
  '担い手',
  '交通',
  '住まい',
  '防犯',
  '共生',
  '医療',
  '連携',
];
const PARTICLES = ['の', 'と', 'による', 'に向けた', 'を支える'];
const WORDS_EN = [
  'community',
  'support',
  'health',
  'services',
  'housing',
  'safety',
  'children',
  'older residents',
  'disability',
  'outreach',
  'partnership',
  'transport',
  'volunteers',
  'wellbeing',
];

function titleJa(random, min = 6) {
  let t = '';
  while (t.length < min) t += WORDS_JA[Math.floor(random() * WORDS_JA.length)] + (random() < 0.5 ? PARTICLES[Math.floor(random() * PARTICLES.length)] : '');
  return t + '推進';
}

function titleEn(random, words = 4) {
  const parts = [];
  for (let i = 0; i < words; i++) parts.push(WORDS_EN[Math.floor(random() * WORDS_EN.length)]);
  const t = parts.join(' and ');
  return t[0].toUpperCase() + t.slice(1);
}

/**
 * A valid plan with `measures` nodes under its goals (goals → measures, and a third level
 * of projects from 200 measures up), `indicators` indicators (default measures / 10).
 */
export function syntheticPlan(measures, { seed = 1, lang = 'ja', indicators = Math.max(1, Math.round(measures / 10)) } = {}) {
  const random = rng(seed + measures);
  const title = () => (lang === 'en' ? titleEn(random, 2 + Math.floor(random() * 4)) : titleJa(random, 6 + Math.floor(random() * 24)));
  const goalCount = Math.max(3, Math.round(Math.cbrt(measures) / 1.5));
  const deep = measures >= 200;
  const goals = [];
  const leaves = [];
  let made = 0;
  for (let g = 0; g < goalCount; g++) goals.push({ id: `${g + 1}`, label: lang === 'en' ? `Goal ${g + 1}` : `基本目標${g + 1}`, title: title(), children: [] });
  const perGoal = Math.ceil(measures / goalCount);
  for (const goal of goals) {
    if (!deep) {
      for (let i = 0; i < perGoal && made < measures; i++, made++) {
        const node = { id: `${goal.id}-${i + 1}`, label: `${lang === 'en' ? 'Measure' : '施策'} ${goal.id}-${i + 1}`, title: title() };
        goal.children.push(node);
        leaves.push(node);
      }
      continue;
    }
    const mids = Math.max(1, Math.round(Math.sqrt(perGoal / 2)));
    for (let m = 0; m < mids && made < measures; m++) {
      const mid = { id: `${goal.id}-${m + 1}`, label: `${lang === 'en' ? 'Measure' : '施策'} ${goal.id}-${m + 1}`, title: title(), children: [] };
      goal.children.push(mid);
      made++;
      const projects = Math.ceil((perGoal - mids) / mids);
      for (let p = 0; p < projects && made < measures; p++, made++) {
        const node = { id: `${mid.id}-${p + 1}`, title: title() };
        mid.children.push(node);
        leaves.push(node);
      }
    }
  }
  const inds = [];
  for (let i = 0; i < indicators; i++) {
    const baseline = Math.round(random() * 1000) / 10;
    const up = random() < 0.6;
    const target = Math.round((up ? baseline * (1.1 + random()) : baseline * (0.3 + random() * 0.6)) * 10) / 10;
    const current = Math.round((baseline + (target - baseline) * (random() * 1.6 - 0.3)) * 10) / 10;
    const node = leaves[Math.floor(random() * leaves.length)] ?? goals[0];
    const indicator = {
      id: `ind-${i + 1}`,
      name: lang === 'en' ? titleEn(random, 2) : titleJa(random, 4),
      unit: '%',
      node: node.id,
      direction: up ? 'increase' : 'decrease',
      baseline: { value: baseline, year: 2020 },
      target: { value: target, year: 2026 },
    };
    if (random() < 0.9) indicator.current = { value: current, year: 2024 };
    inds.push(indicator);
  }
  return {
    schemaVersion: 1,
    plan: {
      id: `synthetic-${measures}`,
      title: lang === 'en' ? `Synthetic plan with ${measures} measures` : `合成計画（${measures}施策）`,
      lang,
      period: { from: 2021, to: 2026 },
    },
    levels: lang === 'en' ? ['Goal', 'Measure', 'Project'] : ['基本目標', '施策', '事業'],
    vision: { label: lang === 'en' ? 'Vision' : '基本理念', text: title() },
    goals,
    indicators: inds,
    collaboration: {
      title: lang === 'en' ? 'Working together' : '地域福祉の実現',
      center: lang === 'en' ? 'Partnership' : '協働',
      actors: [
        { id: 'a', label: lang === 'en' ? 'Residents' : '個人' },
        { id: 'b', label: lang === 'en' ? 'Community' : '地域' },
        { id: 'c', label: lang === 'en' ? 'City hall' : '行政' },
      ],
      keywords: leaves.slice(0, 12).map((leaf, i) => ({
        text: lang === 'en' ? titleEn(random, 1) : WORDS_JA[i % WORDS_JA.length],
        node: leaf.id,
        ...(i % 3 === 0 ? {} : { actors: [['a', 'b', 'c'][i % 3]] }),
      })),
      ring: lang === 'en' ? ['Society', 'Community', 'Daily life'] : ['社会', '地域', '暮らし'],
    },
  };
}
