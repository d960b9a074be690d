// Odd and hostile files for plan-viz/sheets, made by code: formulas, merged cells, dates, text
// numbers in full-width digits, empty trailing rows, hidden sheets, phonetic guides, a zip that
// inflates past the limits, 100,000 rows, formula-looking text; and a broken workbook whose
// every problem is told on its sheet, row and column, in Japanese and English.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { zipSync, unzipSync, strFromU8, strToU8 } from 'fflate';
import { importSource } from './bundle.mjs';
import { workbook, row, shiftJis, claimSize } from '../sheets/fixtures.mjs';

const { importPlan, exportWorkbook, exportCsv, writeCsv, ZIP_LIMITS, describeProblem } = await importSource('src/sheets/index.ts');

const errors = (problems) => problems.filter((p) => p.severity === 'error');
const planRows = (extra = []) =>
  `<sheetData>${[row(1, ['項目', '値']), row(2, ['ID', 'test']), row(3, ['計画名', 'テスト計画']), row(4, ['基本理念', '安心して暮らせるまち']), ...extra].join('')}</sheetData>`;
const nodes = (rows) => `<sheetData>${[row(1, ['ID', '親ID', '名称']), ...rows].join('')}</sheetData>`;

test('formulas give the result Excel saved, never evaluated; one without a saved result is an error on its cell', async () => {
  const bytes = workbook({
    sheets: [
      { name: '計画', xml: planRows() },
      { name: '体系', xml: nodes([row(2, ['1', undefined, '目標'])]) },
      {
        name: '指標',
        xml: `<sheetData>${row(1, ['ID', '指標名', '方向', '基準値', '目標値', '2024'])}${row(2, ['a', '件数', '増加', { inner: '<f>1+1</f><v>2</v>' }, { attrs: ' t="str"', inner: '<f>TEXT(10,"0")</f><v>10</v>' }, { inner: '<f>NOW()*1000</f>' }])}</sheetData>`,
      },
    ],
  });
  const { plan, problems } = await importPlan([{ name: 'formulas.xlsx', bytes }]);
  assert.equal(plan, undefined);
  assert.deepEqual(
    errors(problems).map((p) => [p.sheet, p.row, p.column, p.code]),
    [['指標', 2, '2024', 'formula-no-value']],
  );
  assert.match(problems[0].message.ja, /保存された計算結果がありません/);
});

test('merged cells, dates typed as dates, full-width text numbers, ▲ minus, empty trailing rows, phonetic guides, namespace prefixes, a hidden sheet', async () => {
  const bytes = workbook({
    prefix: 'x',
    // Style 1 shows a date (built-in format 14); style 2 a custom yyyy/m/d.
    styles:
      '<x:numFmts count="1"><x:numFmt numFmtId="164" formatCode="yyyy/m/d"/></x:numFmts><x:cellXfs count="3"><x:xf numFmtId="0"/><x:xf numFmtId="14"/><x:xf numFmtId="164"/></x:cellXfs>',
    shared: ['<x:t>地域福祉</x:t><x:rPh sb="0" eb="2"><x:t>チイキフクシ</x:t></x:rPh>', '<x:r><x:t>見守り</x:t></x:r><x:r><x:t>の強化</x:t></x:r>'],
    sheets: [
      { name: 'Plan', xml: planRows([row(5, ['更新日', { attrs: ' s="2"', inner: '<x:v>45383</x:v>' }])]).replace(/<(\/?)(row|c|is|t|v|sheetData)\b/g, '<$1x:$2') },
      {
        name: 'NODES',
        xml: `<x:sheetData>${nodes([
          row(2, ['1', undefined, { attrs: ' t="s"', inner: '<x:v>0</x:v>' }]),
          row(3, ['1-1', '1', { attrs: ' t="s"', inner: '<x:v>1</x:v>' }]),
          row(4, ['1-2', undefined, '相談']),
        ])
          .replace(/<\/?sheetData>/g, '')
          .replace(
            /<(\/?)(row|c|is|t|v)\b/g,
            '<$1x:$2',
          )}${row(40, []).replace(/<(\/?)row/g, '<$1x:row')}</x:sheetData><x:mergeCells count="1"><x:mergeCell ref="B3:B4"/></x:mergeCells>`,
      },
      {
        name: '指標',
        xml: `<x:sheetData>${[row(1, ['ID', '施策ID', '指標名', '方向', '基準値', '目標値', '令和6年度', 'R7']), row(2, ['a', '1-1', '相談件数', '減少', '１，２３４', '▲５', '1,100.5', 2.5]), row(3, []), row(4, [])].join('').replace(/<(\/?)(row|c|is|t|v)\b/g, '<$1x:$2')}</x:sheetData>`,
      },
      { name: 'メモ', state: 'hidden', xml: '<x:sheetData/>' },
      {
        name: '記述',
        state: 'hidden',
        xml: `<x:sheetData>${[row(1, ['ID', '見出し', '項目']), row(2, ['p', '推進', '毎年公表'])].join('').replace(/<(\/?)(row|c|is|t|v)\b/g, '<$1x:$2')}</x:sheetData>`,
      },
    ],
  });
  const { plan, problems } = await importPlan([{ name: 'odd.xlsx', bytes }]);
  assert.deepEqual(errors(problems), []);
  assert.equal(plan.plan.updated, '2024-04-01', 'a date cell is read as its date');
  assert.equal(plan.goals[0].title, '地域福祉', 'the phonetic guide (ふりがな) is not part of the text');
  assert.equal(plan.goals[0].children[0].title, '見守りの強化');
  // B3:B4 merged: the 親ID 1 counts for row 4 too.
  assert.deepEqual(
    plan.goals[0].children.map((n) => n.id),
    ['1-1', '1-2'],
  );
  const indicator = plan.indicators[0];
  assert.deepEqual([indicator.baseline.value, indicator.target.value], [1234, -5]);
  assert.deepEqual(indicator.history, [{ value: 1100.5, year: 2024 }]);
  assert.deepEqual(indicator.current, { value: 2.5, year: 2025 });
  assert.equal(plan.indicators.length, 1, 'empty trailing rows are not indicators');
  assert.deepEqual(plan.sections, [{ id: 'p', title: '推進', items: ['毎年公表'] }]);
  assert.deepEqual(
    problems.map((p) => [p.sheet, p.severity, p.code]),
    [
      ['メモ', 'warning', 'hidden-sheet-skipped'],
      ['記述', 'warning', 'hidden-sheet-read'],
    ],
  );
});

test('a zip that would inflate past the limits is refused before anything is inflated, with a clear error', async () => {
  const real = workbook({ sheets: [{ name: '計画', xml: planRows() }] });
  const claimed = await importPlan([{ name: 'bomb.xlsx', bytes: claimSize(real, 3_000_000_000) }]);
  assert.deepEqual(
    claimed.problems.map((p) => [p.file, p.code]),
    [['bomb.xlsx', 'zip-too-large']],
  );
  assert.match(claimed.problems[0].message.ja, /展開すると大きすぎるため読み込みを中止しました/);
  // A real one: 64 MB of one repeated row compresses to about 100 kB; the limit is lowered for the test.
  const saved = ZIP_LIMITS.totalBytes;
  ZIP_LIMITS.totalBytes = 32 * 1024 * 1024;
  try {
    const filler = new Uint8Array(64 * 1024 * 1024).fill(0x20);
    const bomb = zipSync({ ...unzipSync(real), 'xl/worksheets/sheet1.xml': filler });
    assert.ok(bomb.length < 200_000);
    const { problems } = await importPlan([{ name: 'bomb2.xlsx', bytes: bomb }]);
    assert.deepEqual(
      problems.map((p) => p.code),
      ['zip-too-large'],
    );
  } finally {
    ZIP_LIMITS.totalBytes = saved;
  }
  // A part that lies about its size gets no more than it declared: the sheet is cut, never inflated further.
  const lying = claimSize(zipSync({ ...unzipSync(real), 'xl/worksheets/sheet1.xml': strToU8(planRows().repeat(1000)) }), 300);
  const lied = await importPlan([{ name: 'lying.xlsx', bytes: lying }]);
  assert.equal(lied.plan, undefined);
  assert.ok(lied.problems.length > 0);
});

test('not a workbook: a renamed text file, a damaged zip, an old .xls, each a readable error', async () => {
  const { problems } = await importPlan([
    { name: 'fake.xlsx', bytes: strToU8('hello') },
    { name: 'old.xls', bytes: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]) },
  ]);
  assert.deepEqual(
    problems.map((p) => [p.file, p.code]),
    [
      ['fake.xlsx', 'not-a-workbook'],
      ['old.xls', 'unknown-file-type'],
    ],
  );
  assert.match(problems[1].message.ja, /\.xlsx として保存し直してください/);
});

test('a broken workbook: every problem at once, each on its file, sheet, row, column and value; the validator’s on their cells', async () => {
  const bytes = workbook({
    sheets: [
      { name: '計画', xml: planRows([row(5, ['開始年度', '令和３年度']), row(6, ['終了年度', '2020'])]) },
      {
        name: '体系',
        xml: nodes([
          row(2, ['1', undefined, '目標']),
          row(3, ['1-1', '9', '施策']),
          row(4, ['1', undefined, '重複']),
          row(5, [{ inner: '<v>45292</v>', attrs: ' s="1"' }, '1', '日付になったID']),
        ]),
      },
      {
        name: '指標',
        xml: `<sheetData>${row(1, ['ID', '施策ID', '指標名', '方向', '基準値', '目標値', '2023年度', '備考欄'])}${row(2, ['a', '7-7', '件数', '上昇', '12件', '20', '#N/A'])}${row(3, ['b', '1', '率', '増加', 1, 2, { attrs: ' t="e"', inner: '<v>#DIV/0!</v>' }])}</sheetData>`,
      },
    ],
    styles: '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14"/></cellXfs>',
  });
  const { plan, problems } = await importPlan([{ name: 'broken.xlsx', bytes }]);
  assert.equal(plan, undefined);
  const seen = errors(problems).map((p) => [p.sheet, p.row, p.column, p.value, p.code]);
  const expected = [
    ['体系', 4, 'ID', '1', 'duplicate-id'],
    ['体系', 5, 'ID', '2024-01-01', 'date-in-text'],
    ['体系', 3, '親ID', '9', 'unknown-parent'],
    ['指標', 1, '備考欄', undefined, 'unknown-column'],
    ['指標', 2, '方向', '上昇', 'not-a-choice'],
    ['指標', 2, '基準値', '12件', 'not-a-number'],
    ['指標', 2, '2023年度', '#N/A', 'not-a-number'],
    ['指標', 3, '2023年度', '#DIV/0!', 'cell-error'],
    ['計画', 5, '値', '令和３年度', 'period-order'],
    ['指標', 2, '施策ID', '7-7', 'unknown-node'],
  ];
  for (const e of expected)
    assert.ok(
      seen.some((s) => JSON.stringify(s) === JSON.stringify(e)),
      `missing ${JSON.stringify(e)} in ${JSON.stringify(seen)}`,
    );
  const dangling = problems.find((p) => p.code === 'unknown-node');
  assert.equal(dangling.pointer, '/indicators/0/node');
  assert.equal(describeProblem(dangling, 'ja').split(':')[0], 'broken.xlsx シート「指標」 2行目 列「施策ID」 値「7-7」');
  assert.match(describeProblem(dangling, 'en'), /^broken\.xlsx, sheet "指標", row 2, column "施策ID", value "7-7": /);
  for (const p of problems) assert.ok(p.message.ja && p.message.en, JSON.stringify(p));
});

test('CSV: UTF-8 with and without BOM and Shift_JIS read the same; a row is numbered as Excel shows it', async () => {
  const text = 'ID,親ID,名称,説明\r\n1,,地域福祉の推進,"改行を含む\r\n説明、「引用」"\r\n1-1,1,見守り・支え合い,\r\n';
  const plan = '項目,値\r\nID,t\r\n計画名,ＣＳＶの計画\r\n基本理念,安心\r\n';
  const variants = [(s) => new TextEncoder().encode(s), (s) => new TextEncoder().encode(`\uFEFF${s}`), (s) => shiftJis(s)];
  const results = [];
  for (const encode of variants) {
    const r = await importPlan([
      { name: '計画.csv', bytes: encode(plan) },
      { name: 'dir/体系.csv', bytes: encode(text) },
    ]);
    assert.deepEqual(errors(r.problems), []);
    results.push(r.plan);
  }
  assert.deepStrictEqual(results[1], results[0]);
  assert.deepStrictEqual(results[2], results[0]);
  assert.equal(results[0].goals[0].description, '改行を含む\r\n説明、「引用」');
  assert.equal(results[0].plan.title, 'ＣＳＶの計画');
  const bad = await importPlan([
    { name: '計画.csv', bytes: shiftJis(plan) },
    { name: '体系.csv', bytes: shiftJis('ID,親ID,名称\r\n1,,a\r\n\r\n2,x,b\r\n') },
  ]);
  assert.deepEqual(
    errors(bad.problems).map((p) => [p.file, p.row, p.column, p.value]),
    [['体系.csv', 4, '親ID', 'x']],
  );
});

test('text that looks like a formula (=, +, -, @) is never written as one: inline strings in the workbook, a leading apostrophe in CSV, read back as typed', async () => {
  const risky = ['=HYPERLINK("http://evil.example","x")', '+81 246', '-1-1', '@SUM(A1)', "'quoted'", '\t=1'];
  const plan = {
    schemaVersion: 1,
    plan: { id: 'risky', title: risky[0] },
    vision: { text: risky[1] },
    goals: risky.map((title, i) => ({ id: `g${i}`, title, description: risky[(i + 1) % risky.length] })),
    indicators: [{ id: 'i', name: '=1+1', direction: 'decrease', baseline: { value: -5, year: 2020 }, target: { value: -10, year: 2025 } }],
  };
  const { bytes } = await exportWorkbook(plan);
  const parts = unzipSync(bytes);
  for (const [name, data] of Object.entries(parts)) assert.ok(!/<f[ >]/.test(strFromU8(data)), `${name} has a formula`);
  assert.match(strFromU8(parts['xl/worksheets/sheet2.xml']), /t="inlineStr"><is><t xml:space="preserve">=HYPERLINK\(&quot;http/);
  assert.deepStrictEqual((await importPlan([{ name: 'risky.xlsx', bytes }])).plan, plan);
  const csv = exportCsv(plan, '体系').text;
  for (const line of csv.split('\r\n').slice(1, -1)) for (const cell of line.split(',')) assert.ok(!/^"?[=+\-@\t]/.test(cell), `CSV cell ${cell} could run`);
  assert.match(csv, /'=HYPERLINK/);
  assert.match(exportCsv(plan, '指標').text, /,-5,2020,/, 'numbers stay numbers');
  const files = ['計画', '体系', '指標'].map((s) => ({ name: `${s}.csv`, bytes: new TextEncoder().encode(exportCsv(plan, s).text) }));
  assert.deepStrictEqual((await importPlan(files)).plan, plan);
  assert.equal(writeCsv([['@x', 3, '日本語']]), "\uFEFF'@x,3,日本語\r\n");
});

// The one 100,000-row test: every row arrives whole. Its time is printed here and by `node scripts/bench-pure.mjs`, not asserted.
test('100,000 indicator rows with a year column each: every row imported, the last one whole', async () => {
  const rows = [row(1, ['ID', '施策ID', '指標名', '単位', '方向', '基準値', '基準年度', '目標値', '目標年度', '2023年度', '2024年度'])];
  for (let n = 2; n <= 100_001; n++) rows.push(row(n, [`k${n}`, '1', `相談件数 ${n}`, '件', '増加', n, 2020, n + 10, 2026, { attrs: ' t="s"', inner: '<v>0</v>' }, n + 5]));
  const bytes = workbook({
    shared: ['<t>１，２３４</t>'],
    sheets: [
      { name: '計画', xml: planRows() },
      { name: '体系', xml: nodes([row(2, ['1', undefined, '目標'])]) },
      { name: '指標', xml: `<sheetData>${rows.join('')}</sheetData>` },
    ],
    level: 1,
  });
  const started = performance.now();
  const { plan, problems } = await importPlan([{ name: 'big.xlsx', bytes }]);
  const ms = performance.now() - started;
  console.log(`# 100,000 indicator rows: workbook ${(bytes.length / 1e6).toFixed(1)} MB, import ${Math.round(ms)} ms`);
  assert.deepEqual(errors(problems), []);
  assert.equal(plan.indicators.length, 100_000);
  assert.deepStrictEqual(plan.indicators[99_999], {
    id: 'k100001',
    name: '相談件数 100001',
    unit: '件',
    node: '1',
    direction: 'increase',
    baseline: { value: 100001, year: 2020 },
    target: { value: 100011, year: 2026 },
    history: [{ value: 1234, year: 2023 }],
    current: { value: 100006, year: 2024 },
  });
});

test('plan-viz import / export / template on the command line: files written whole or not at all, problems in the user’s language', async () => {
  const { main } = await importSource('src/cli/main.ts');
  const written = new Map();
  const err = [];
  const out = [];
  const io = (env) => ({
    readFile: async (path) => readFileSync(path, 'utf8'),
    writeFile: async (path, content) => void written.set(path, content),
    readBytes: async (path) => (written.has(path) ? written.get(path) : new Uint8Array(readFileSync(path))),
    writeBytes: async (path, bytes) => void written.set(path, bytes),
    listFolder: async (path) => (path === 'csv-folder' ? ['計画.csv', '体系.csv', 'メモ.txt'] : undefined),
    stdout: (line) => out.push(line),
    stderr: (line) => err.push(line),
    env,
  });
  assert.equal(await main(['template', '--out', 't.xlsx'], io({ LANG: 'ja_JP.UTF-8' })), 0);
  assert.equal(await main(['import', 't.xlsx', '--out', 't.json'], io({ LANG: 'ja_JP.UTF-8' })), 0);
  assert.equal(JSON.parse(new TextDecoder().decode(written.get('t.json'))).plan.title, 'みどり町 環境基本計画');
  assert.equal(await main(['export', 'examples/iwaki-chiiki-fukushi.plan.json', '--out', 'iwaki.xlsx'], io({ LANG: 'C' })), 0);
  assert.deepEqual(out.at(-1), 'wrote iwaki.xlsx');
  // A broken workbook: exit 1, every problem on stderr in Japanese, nothing written.
  written.set(
    'broken.xlsx',
    workbook({
      sheets: [
        { name: '計画', xml: planRows() },
        { name: '体系', xml: nodes([row(2, ['1', '9', '目標'])]) },
      ],
    }),
  );
  err.length = 0;
  assert.equal(await main(['import', 'broken.xlsx', '--out', 'broken.json'], io({ LANG: 'ja_JP.UTF-8' })), 1);
  assert.equal(written.has('broken.json'), false);
  assert.match(err.join('\n'), /broken\.xlsx シート「体系」 2行目 列「親ID」 値「9」: 親ID「9」の行がありません。/);
  assert.match(err.at(-1), /何も書き出していません/);
  err.length = 0;
  assert.equal(await main(['export', 'examples/thirty-indicators.plan.json', '--out', 'x.xlsx'], io({ LANG: 'en_US.UTF-8' })), 1);
  assert.equal(written.has('x.xlsx'), false);
  assert.match(err[0], /\/indicators\/10\/current\/date: indicator waiting-children: current\.date cannot be written/);
  // A folder of CSV files, one per sheet.
  written.set('csv-folder/計画.csv', new TextEncoder().encode('項目,値\nID,f\n計画名,フォルダー\n基本理念,x\n'));
  written.set('csv-folder/体系.csv', new TextEncoder().encode('ID,名称\n1,目標\n'));
  assert.equal(await main(['import', 'csv-folder', '--out', 'f.json'], io({ LANG: 'C' })), 0);
  assert.equal(JSON.parse(new TextDecoder().decode(written.get('f.json'))).plan.title, 'フォルダー');
  assert.equal(await main(['import', 't.xlsx'], io({ LANG: 'C' })), 2, 'no --out');
});
