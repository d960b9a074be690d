import { expect } from '@open-wc/testing';
import { validatePlan, resolveText, type Problem } from '../../src/schema/index.js';

async function load(path: string): Promise<unknown> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return response.json();
}

const minimal = () => ({
  schemaVersion: 1,
  plan: { id: 'x', title: 'X' },
  vision: { text: 'V' },
  goals: [{ id: '1', title: 'G' }],
});

const pointers = (problems: Problem[]) => problems.map((p) => p.pointer);

describe('validatePlan', () => {
  it('accepts a minimal plan and returns it typed', () => {
    const result = validatePlan(minimal());
    expect(result.valid).to.equal(true);
    if (result.valid) expect(result.plan.goals[0]!.title).to.equal('G');
  });

  it('reports every problem with a pointer and a message in both languages', () => {
    const doc = minimal() as Record<string, unknown>;
    delete doc.vision;
    (doc.goals as Record<string, unknown>[])[0]!.title = 42;
    const result = validatePlan(doc);
    expect(result.valid).to.equal(false);
    expect(pointers(result.errors)).to.have.members(['/vision', '/goals/0/title']);
    for (const problem of result.errors) {
      expect(problem.message.ja).to.match(/[ぁ-んァ-ヶ一-龠]/);
      expect(problem.message.en).to.match(/[A-Za-z]/);
    }
    expect(result.errors.find((p) => p.pointer === '/vision')!.message.en).to.equal('The required key "vision" is missing.');
  });

  it('rejects non-objects and never throws on odd JSON values', () => {
    for (const value of [null, 0, 'plan', [], true, undefined, NaN, { schemaVersion: '1' }]) {
      const result = validatePlan(value);
      expect(result.valid, JSON.stringify(value)).to.equal(false);
      expect(result.errors.length).to.be.greaterThan(0);
    }
  });

  it('reports non-finite numbers in a plan object', () => {
    const doc = minimal() as Record<string, unknown>;
    doc.indicators = [{ id: 'i', name: 'n', direction: 'increase', baseline: { value: Infinity }, target: { value: NaN } }];
    const result = validatePlan(doc);
    expect(pointers(result.errors)).to.have.members(['/indicators/0/baseline/value', '/indicators/0/target/value']);
    expect(result.errors[0]!.message.en).to.contain('non-finite');
  });

  it('survives deep nesting and reports it instead of overflowing the stack', () => {
    const doc = minimal();
    let node: Record<string, unknown> = doc.goals[0]!;
    for (let i = 0; i < 5000; i++) {
      const child = { id: `n${i}`, title: 't' };
      node.children = [child];
      node = child;
    }
    const result = validatePlan(doc);
    expect(result.valid).to.equal(false);
    expect(result.errors.some((p) => p.code === 'too-deep')).to.equal(true);
  });

  it('treats __proto__ and constructor keys as plain data', () => {
    const doc = JSON.parse(
      '{"schemaVersion":1,"plan":{"id":"x","title":{"__proto__":"p","ja":"計画"}},"vision":{"text":"V","constructor":1},"goals":[{"id":"__proto__","title":"G"}]}',
    ) as unknown;
    const result = validatePlan(doc);
    expect(result.valid).to.equal(false);
    expect(result.errors.map((p) => p.code)).to.deep.equal(['language-tag']);
    expect(result.errors[0]!.pointer).to.equal('/plan/title/__proto__');
    expect(result.warnings.map((p) => p.pointer)).to.deep.equal(['/vision/constructor']);
    expect(({} as Record<string, unknown>).ja).to.equal(undefined);
  });

  it('treats keys set to undefined as absent, as a plan built in JavaScript has them', () => {
    const doc = { ...minimal(), plan: { id: 'x', title: 'X', municipality: undefined }, goals: [{ id: '1', title: 'G', description: undefined, children: undefined }] };
    const ok = validatePlan(doc);
    expect(ok.errors).to.deep.equal([]);
    const missing = validatePlan({ ...minimal(), vision: { text: undefined } });
    expect(missing.errors.map((p) => `${p.code} ${p.pointer}`)).to.deep.equal(['required /vision/text']);
  });

  it('reports a non-finite scale bound once, as a type problem', () => {
    const doc = { ...minimal(), indicators: [{ id: 'i', name: 'n', direction: 'increase', baseline: { value: 0 }, target: { value: 1 }, scale: { min: NaN, max: 100 } }] };
    expect(validatePlan(doc).errors.map((p) => `${p.code} ${p.pointer}`)).to.deep.equal(['type /indicators/0/scale/min']);
  });

  it('handles huge strings', () => {
    const doc = minimal();
    doc.goals[0]!.title = '福'.repeat(2_000_000);
    expect(validatePlan(doc).valid).to.equal(true);
  });

  it('names a newer schemaVersion clearly', () => {
    const result = validatePlan({ ...minimal(), schemaVersion: 2, goals: 'whatever' });
    expect(result.errors).to.have.length(1);
    expect(result.errors[0]!.code).to.equal('newer-version');
    expect(result.errors[0]!.message.ja).to.contain('新しい版');
  });

  it('checks ids, references and ranges', () => {
    const doc = {
      ...minimal(),
      plan: { id: 'x', title: 'X', period: { from: 2026, to: 2021 } },
      goals: [{ id: '1', title: 'a', children: [{ id: '1', title: 'b' }] }],
      indicators: [{ id: 'i', name: 'n', node: 'nope', direction: 'increase', baseline: { value: 0 }, target: { value: 1 }, scale: { min: 5, max: 5 } }],
      collaboration: {
        center: 'c',
        actors: [
          { id: 'a', label: 'A' },
          { id: 'b', label: 'B' },
        ],
        keywords: [{ text: 'k', actors: ['a', 'z'], node: 'gone' }],
      },
    };
    const result = validatePlan(doc);
    expect(result.errors.map((p) => `${p.code} ${p.pointer}`)).to.have.members([
      'duplicate-id /goals/0/children/0/id',
      'unknown-node /indicators/0/node',
      'scale-order /indicators/0/scale',
      'unknown-node /collaboration/keywords/0/node',
      'unknown-actor /collaboration/keywords/0/actors/1',
      'period-order /plan/period',
    ]);
  });

  it('escapes pointer tokens', () => {
    const doc = minimal() as Record<string, unknown>;
    (doc.vision as Record<string, unknown>).text = { 'a/b~c': 'x' };
    const result = validatePlan(doc);
    expect(result.errors[0]!.pointer).to.equal('/vision/text/a~1b~0c');
  });
});

describe('example plans', () => {
  const examples = [
    'iwaki-chiiki-fukushi.plan.json',
    'iwaki-sample-indicators.plan.json',
    'english-sample.plan.json',
    'deep-health-plan.plan.json',
    'six-actor-bilingual.plan.json',
  ];
  for (const name of examples) {
    it(`${name} validates without errors or warnings`, async () => {
      const result = validatePlan(await load(`/examples/${name}`));
      expect(result.errors, JSON.stringify(result.errors, null, 1)).to.deep.equal([]);
      expect(result.warnings, JSON.stringify(result.warnings, null, 1)).to.deep.equal([]);
    });
  }

  it('the Iwaki plan has the vision, 3 goals and their 20 measures, six of them pending', async () => {
    const result = validatePlan(await load('/examples/iwaki-chiiki-fukushi.plan.json'));
    if (!result.valid) throw new Error('invalid');
    const { plan } = result;
    expect(resolveText(plan.vision.text)).to.contain('住み慣れた地域で共に生き');
    expect(plan.goals.map((g) => g.children?.length)).to.deep.equal([7, 10, 3]);
    const measures = plan.goals.flatMap((g) => g.children ?? []);
    expect(measures.filter((m) => m.pending).map((m) => m.id)).to.deep.equal(['1-5', '1-6', '2-3', '2-6', '2-7', '3-3']);
    expect(measures.find((m) => m.id === '1-2')!.title).to.equal('子ども・子育て支援の充実');
    expect(plan.goals[1]!.children!.map((m) => resolveText(m.group))).to.deep.equal([
      ...Array(3).fill('〈人づくり〉'),
      ...Array(3).fill('〈体制づくり〉'),
      ...Array(4).fill('〈安全・安心〉'),
    ]);
    expect(plan.indicators).to.equal(undefined);
    expect(plan.plan.period).to.include({ from: 2021, to: 2026 });
  });
});

describe('the Iwaki example with the 1.1 keys', () => {
  for (const name of ['iwaki-chiiki-fukushi.plan.json', 'iwaki-sample-indicators.plan.json']) {
    it(`${name}: the extended period, where the plan stands and the four national events, as the summary gives them`, async () => {
      const result = validatePlan(await load(`/examples/${name}`));
      if (!result.valid) throw new Error('invalid');
      const { plan } = result;
      expect(plan.plan.period).to.include({ from: 2021, to: 2026, originalTo: 2025 });
      const by = (relation: string) => plan.relatedPlans!.filter((r) => r.relation === relation).map((r) => resolveText(r.title));
      expect(by('basis')).to.deep.equal(['社会福祉法第107条', '成年後見制度の利用の促進に関する法律']);
      expect(by('upper')).to.deep.equal(['以和貴まちづくり基本条例']);
      expect(plan.relatedPlans!.filter((r) => r.relation === 'related').map((r) => `${resolveText(r.field)}:${resolveText(r.title)}`)).to.deep.equal([
        '高齢者施策分野:市高齢者保健福祉計画',
        '障がい者施策分野:市障がい者計画',
        '子ども・子育て施策分野:市子ども・子育て支援事業計画',
        '保健・健康施策分野:健康いわき21',
        '保健・健康施策分野:市食育推進計画',
        '保健・健康施策分野:市自殺対策計画',
      ]);
      const partner = plan.relatedPlans!.find((r) => r.relation === 'partner')!;
      expect([resolveText(partner.title), resolveText(partner.owner)]).to.deep.equal(['地域福祉活動計画', '市社会福祉協議会']);
      // The summary gives no periods or URLs of these plans.
      expect(plan.relatedPlans!.some((r) => r.period || r.url)).to.equal(false);
      expect(plan.timeline!.map((e) => `${e.date}${e.planned ? ' planned' : ''} ${e.items!.length}`)).to.deep.equal(['2017-12 3', '2018-04 3', '2019-12 3', '2021-04 planned 1']);
      expect(plan.sections!.map((s) => s.id)).to.not.include('national-trends');
    });
  }
});

describe('broken documents', () => {
  it('each *.broken.json fails with the pointer its README names', async () => {
    const readme = await (await fetch('/examples/broken/README.md')).text();
    const rows = [...readme.matchAll(/^\|\s*`?([\w.-]+\.broken\.json)`?\s*\|\s*`([^`]*)`/gm)];
    expect(rows.length).to.be.at.least(12);
    for (const [, file, pointer] of rows) {
      const result = validatePlan(await load(`/examples/broken/${file}`));
      expect(result.valid, file).to.equal(false);
      expect(pointers(result.errors), file).to.include(pointer);
    }
  });
});

describe('resolveText', () => {
  it('picks the language, then the fallback, then the first entry', () => {
    const text = { ja: '見守り', en: 'Community watch' };
    expect(resolveText(text, 'en', 'ja')).to.equal('Community watch');
    expect(resolveText(text, 'en-GB', 'ja')).to.equal('Community watch');
    expect(resolveText(text, 'fr', 'ja')).to.equal('見守り');
    expect(resolveText({ de: 'Nachbarschaft', ko: '이웃' }, 'fr', 'ja')).to.equal('Nachbarschaft');
    expect(resolveText('見守り', 'en')).to.equal('見守り');
    expect(resolveText(undefined, 'en')).to.equal('');
  });
});

describe('validatePlan: the 1.1 keys', () => {
  const problems = (doc: unknown) => validatePlan(doc).errors.map((p) => `${p.code} ${p.pointer}`);
  const indicator = (milestones: unknown[]) => ({ id: 'i', name: 'n', direction: 'increase', baseline: { value: 0, year: 2019 }, target: { value: 10, year: 2025 }, milestones });

  it('accepts an extended period and rejects an original end outside from..to (to itself excluded)', () => {
    const withPeriod = (period: object) => ({ ...minimal(), plan: { id: 'x', title: 'X', period } });
    expect(problems(withPeriod({ from: 2021, to: 2026, originalTo: 2025 }))).to.deep.equal([]);
    expect(problems(withPeriod({ from: 2021, to: 2026, originalTo: 2021 }))).to.deep.equal([]);
    expect(problems(withPeriod({ from: 2021, to: 2026, originalTo: 2026 }))).to.deep.equal(['period-extension /plan/period/originalTo']);
    expect(problems(withPeriod({ from: 2021, to: 2026, originalTo: 2020 }))).to.deep.equal(['period-extension /plan/period/originalTo']);
    const result = validatePlan(withPeriod({ from: 2021, to: 2026, originalTo: 2027 }));
    expect(result.errors[0]!.message.ja).to.equal('当初の終わり originalTo（2027）は 2021 以上 2026 未満でなければなりません。');
    // A related plan's period is checked the same way.
    const related = {
      ...minimal(),
      relatedPlans: [
        { id: 'a', title: 'A', relation: 'related', period: { from: 2024, to: 2022 } },
        { id: 'b', title: 'B', relation: 'related', period: { from: 2021, to: 2023, originalTo: 2023 } },
      ],
    };
    expect(problems(related)).to.deep.equal(['period-order /relatedPlans/0/period', 'period-extension /relatedPlans/1/period/originalTo']);
  });

  it('rejects interim targets outside the baseline and target years', () => {
    expect(
      problems({
        ...minimal(),
        indicators: [
          indicator([
            { value: 3, year: 2021 },
            { value: 6, year: 2023 },
          ]),
        ],
      }),
    ).to.deep.equal([]);
    expect(
      problems({
        ...minimal(),
        indicators: [
          indicator([
            { value: 3, year: 2019 },
            { value: 6, year: 2023 },
            { value: 9, year: 2030 },
          ]),
        ],
      }),
    ).to.deep.equal(['milestone-year /indicators/0/milestones/0/year', 'milestone-year /indicators/0/milestones/2/year']);
    // Without both years there is nothing to compare against.
    const noYears = { ...indicator([{ value: 3, year: 1999 }]), baseline: { value: 0 } };
    expect(problems({ ...minimal(), indicators: [noYears] })).to.deep.equal([]);
    const message = validatePlan({ ...minimal(), indicators: [indicator([{ value: 9, year: 2030 }])] }).errors[0]!.message;
    expect(message.ja).to.equal('中間目標の年度（2030）が基準値（2019）と目標値（2025）の年度の間にありません。');
  });

  it('rejects dates that do not exist, in the timeline and in observations', () => {
    const timeline = [
      { date: '2021-02-30', title: 'a' },
      { date: '2020-02-29', title: 'leap day' },
      { date: '2021-04', title: 'b' },
      { date: '2017', title: 'c' },
      { date: '2021-13', title: 'd' },
      { date: '2021-04-31', title: 'e' },
    ];
    expect(problems({ ...minimal(), timeline })).to.have.members(['not-a-date /timeline/0/date', 'pattern /timeline/4/date', 'not-a-date /timeline/5/date']);
    const result = validatePlan({ ...minimal(), timeline: [{ date: '2021-02-30', title: 'a' }] });
    expect(result.errors[0]!.message).to.deep.equal({ ja: '"2021-02-30" は実在しない日付です。', en: '"2021-02-30" is not a real date.' });
    expect(problems({ ...minimal(), plan: { id: 'x', title: 'X', updated: '2019-02-29' } })).to.deep.equal(['format /plan/updated']);
    expect(problems({ ...minimal(), indicators: [{ ...indicator([]), current: { value: 1, date: '2024-02-29' } }] })).to.deep.equal([]);
  });

  it('takes SDGs 1 to 17 on any node, each once', () => {
    const withSdgs = (sdgs: unknown) => ({ ...minimal(), goals: [{ id: '1', title: 'G', children: [{ id: '1-1', title: 'M', sdgs }] }] });
    expect(problems(withSdgs([3, 11, 17, 1]))).to.deep.equal([]);
    expect(problems(withSdgs([3, 0, 18, 2.5]))).to.deep.equal(['minimum /goals/0/children/0/sdgs/1', 'maximum /goals/0/children/0/sdgs/2', 'type /goals/0/children/0/sdgs/3']);
    expect(problems(withSdgs([3, 11, 3]))).to.deep.equal(['duplicate-item /goals/0/children/0/sdgs/2']);
    expect(validatePlan(withSdgs([3, 11, 3])).errors[0]!.message.en).to.equal('"3" is repeated (first at [0]).');
  });

  it('needs related-plan ids to be unique', () => {
    const relatedPlans = [
      { id: 'law', title: '社会福祉法第107条', relation: 'basis' },
      { id: 'law', title: '別の法律', relation: 'basis' },
      { id: 'x', title: 'X', relation: 'sideways' },
    ];
    expect(problems({ ...minimal(), relatedPlans })).to.have.members(['duplicate-id /relatedPlans/1/id', 'enum /relatedPlans/2/relation']);
  });
});
