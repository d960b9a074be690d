// Workbooks for the studio's tests and screenshots, written by the sheets module itself (the
// exporter a city's staff get their workbook from), and a broken one: the same workbook with
// cells changed as staff get them wrong, rezipped.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync, zipSync, strFromU8, strToU8 } from 'fflate';
import { importSource } from '../node/bundle.mjs';

let sheets;
const load = async () => (sheets ??= await importSource('src/sheets/index.ts'));

/** The workbook of a plan JSON file, as exportWorkbook writes it. */
export async function workbookOf(planFile) {
  const { exportWorkbook } = await load();
  const result = await exportWorkbook(JSON.parse(readFileSync(planFile, 'utf8')));
  if (!result.bytes) throw new Error(`export failed: ${JSON.stringify(result.problems)}`);
  return result.bytes;
}

export async function templateOf(lang) {
  return (await load()).templateWorkbook(lang);
}

/**
 * Replaces the first occurrence of each text in one sheet's XML (the exporter writes every cell's
 * text inline, and sheet N of workbook.xml's list as xl/worksheets/sheetN.xml).
 */
export function edit(bytes, sheet, replacements) {
  const parts = unzipSync(bytes);
  const names = [...strFromU8(parts['xl/workbook.xml']).matchAll(/<sheet name="([^"]+)"/g)].map((m) => m[1]);
  const part = `xl/worksheets/sheet${names.indexOf(sheet) + 1}.xml`;
  if (!parts[part]) throw new Error(`no sheet ${sheet} in ${names.join(', ')}`);
  let xml = strFromU8(parts[part]);
  for (const [from, to] of replacements) {
    if (!xml.includes(from)) throw new Error(`not in sheet ${sheet}: ${from}`);
    xml = xml.replace(from, to);
  }
  parts[part] = strToU8(xml);
  return zipSync(parts);
}

/** The Iwaki sample plan's workbook and a broken copy, written into `dir`; returns their paths. */
export async function iwakiWorkbooks(dir) {
  const good = await workbookOf('examples/iwaki-sample-indicators.plan.json');
  const goodPath = join(dir, 'iwaki-keikaku.xlsx');
  writeFileSync(goodPath, good);
  // 指標: an indicator names a measure that does not exist, and a direction staff typed freely.
  const broken = edit(good, '指標', [
    ['>3-1<', '>3-9<'],
    ['>減少<', '>下げる<'],
  ]);
  const brokenPath = join(dir, 'iwaki-keikaku-broken.xlsx');
  writeFileSync(brokenPath, broken);
  return { goodPath, brokenPath };
}

/** The Iwaki plan as CSV files, one per sheet it fills (UTF-8 with BOM, as exportCsv writes them), in `dir`. */
export async function iwakiCsv(dir) {
  const { exportCsv } = await load();
  const plan = JSON.parse(readFileSync('examples/iwaki-chiiki-fukushi.plan.json', 'utf8'));
  return ['計画', '体系', '協働', '記述', '関連計画', '年表'].map((sheet) => {
    const { text, problems } = exportCsv(plan, sheet);
    if (text === undefined) throw new Error(`export of ${sheet} failed: ${JSON.stringify(problems)}`);
    const path = join(dir, `${sheet}.csv`);
    writeFileSync(path, text);
    return path;
  });
}
