/** Every message of the spreadsheet importer and exporter, in Japanese and English, in one place. */
import type { Message } from '../schema/messages.js';

const q = (value: string): string => {
  const text = value.length > 60 ? `${value.slice(0, 57)}…` : value;
  return `「${text}」`;
};
const qe = (value: string): string => {
  const text = value.length > 60 ? `${value.slice(0, 57)}…` : value;
  return `"${text}"`;
};
const mb = (bytes: number): string => `${Math.round(bytes / 1024 / 1024)} MB`;

export const sheetMessages = {
  zipTooManyEntries: (limit: number): Message => ({
    ja: `ファイルの中身が多すぎます（${limit} 個まで）。Excel のブックではないか、壊れている可能性があります。`,
    en: `The file holds too many parts (at most ${limit}); it is not an Excel workbook, or it is damaged.`,
  }),
  zipTooLarge: (part: string, bytes: number, limit: number): Message => ({
    ja: `展開すると大きすぎるため読み込みを中止しました（${part} が ${mb(bytes)}、合計 ${mb(limit)} まで）。展開する前に確認しています。`,
    en: `Refused: the file would inflate past the limit (${part} is ${mb(bytes)}; ${mb(limit)} in all). Checked before inflating anything.`,
  }),
  notWorkbook: (detail: string): Message => ({
    ja: `Excel のブック（.xlsx）として読めません（${detail}）。`,
    en: `Cannot read it as an Excel workbook (.xlsx) (${detail}).`,
  }),
  fileTooLarge: (bytes: number, limit: number): Message => ({
    ja: `ファイルが大きすぎます（${mb(bytes)}、${mb(limit)} まで）。`,
    en: `The file is too large (${mb(bytes)}; at most ${mb(limit)}).`,
  }),
  unknownFileType: (name: string): Message => ({
    ja: `${q(name)}は読めない種類のファイルです。.xlsx、.csv、.json のファイルを選んでください（.xls は Excel で .xlsx として保存し直してください）。`,
    en: `${qe(name)} is not a kind of file this reads. Choose an .xlsx, .csv or .json file (save an .xls as .xlsx in Excel first).`,
  }),
  csvNotText: { ja: 'CSV ファイルを UTF-8 とも Shift_JIS とも読めません。', en: 'The CSV file is neither UTF-8 nor Shift_JIS text.' },
  csvParse: (detail: string): Message => ({ ja: `CSV の形が崩れています（${detail}）。`, en: `The CSV file is malformed (${detail}).` }),
  noFiles: { ja: 'ファイルがありません。', en: 'No files were given.' },
  jsonWithOthers: {
    ja: 'JSON ファイルは 1 つだけで読み込んでください（ブックや CSV と一緒にはできません）。',
    en: 'Import a JSON file on its own (not together with a workbook or CSV files).',
  },
  notJson: (detail: string): Message => ({ ja: `JSON として読めません（${detail}）。`, en: `Not valid JSON (${detail}).` }),
  unknownSheet: (name: string, known: string): Message => ({
    ja: `シート${q(name)}は使いません。使えるシート名: ${known}。`,
    en: `Sheet ${qe(name)} is not one this reads; the sheets are: ${known}.`,
  }),
  hiddenSheetSkipped: (name: string): Message => ({
    ja: `非表示のシート${q(name)}は読みませんでした。`,
    en: `The hidden sheet ${qe(name)} was not read.`,
  }),
  hiddenSheetRead: (name: string): Message => ({
    ja: `シート${q(name)}は非表示ですが、読み込みました。`,
    en: `Sheet ${qe(name)} is hidden; it was read all the same.`,
  }),
  duplicateSheet: (name: string): Message => ({ ja: `シート${q(name)}が 2 つあります。`, en: `There are two ${qe(name)} sheets.` }),
  missingSheet: (name: string, en: string): Message => ({ ja: `シート「${name}」がありません（必須）。`, en: `The sheet "${name}" [${en}] is missing (required).` }),
  noHeader: (names: string): Message => ({
    ja: `見出しの行が見つかりません。1 行目に ${names} などの見出しを書いてください。`,
    en: `No header row found. Write headers such as ${names} in the first row.`,
  }),
  unknownColumn: (header: string, known: string): Message => ({
    ja: `列${q(header)}は使いません。使える見出し: ${known}。`,
    en: `Column ${qe(header)} is not one this sheet has; its headers are: ${known}.`,
  }),
  duplicateColumn: (header: string): Message => ({ ja: `列${q(header)}が 2 つあります。`, en: `Column ${qe(header)} appears twice.` }),
  dataWithoutHeader: { ja: '見出しのない列に値があります。', en: 'A column without a header holds a value.' },
  missingColumn: (header: string, en: string): Message => ({ ja: `列「${header}」がありません（必須）。`, en: `The column "${header}" [${en}] is missing (required).` }),
  required: (header: string): Message => ({ ja: `「${header}」が空です（必須）。`, en: `"${header}" is empty (required).` }),
  notNumber: (value: string): Message => ({ ja: `${q(value)}は数値として読めません。`, en: `${qe(value)} is not a number.` }),
  notYear: (value: string): Message => ({
    ja: `${q(value)}は年度として読めません（2022、2022年度、令和4年度、R4 の形で書いてください）。`,
    en: `${qe(value)} is not a fiscal year (write 2022, 2022年度, 令和4年度 or R4).`,
  }),
  notBoolean: (value: string): Message => ({
    ja: `${q(value)}は ○ か空欄で書いてください（TRUE / FALSE も使えます）。`,
    en: `${qe(value)} must be ○, TRUE, 1 or empty (or ×, FALSE, 0).`,
  }),
  notChoice: (value: string, choices: string): Message => ({ ja: `${q(value)}は ${choices} のいずれかで書いてください。`, en: `${qe(value)} must be one of ${choices}.` }),
  notDate: (value: string): Message => ({ ja: `${q(value)}は日付（2024-04-01 の形）として読めません。`, en: `${qe(value)} is not a date (write 2024-04-01).` }),
  dateInText: (value: string): Message => ({
    ja: `Excel がこのセルを日付（${value}）に変えています。文字のまま入れるには、先頭に ' を付けるか、セルの書式を「文字列」にしてください。`,
    en: `Excel turned this cell into a date (${value}). To keep it as typed, start it with ' or format the cell as Text.`,
  }),
  cellError: (code: string): Message => ({ ja: `セルがエラー（${code}）になっています。`, en: `The cell holds an error (${code}).` }),
  formulaNoValue: {
    ja: 'このセルの数式には保存された計算結果がありません（数式は計算しません）。Excel で開いて保存し直すか、値を直接入力してください。',
    en: 'This cell’s formula has no saved result (formulas are not computed here). Open and save the file in Excel, or type the value.',
  },
  unknownKey: (key: string, known: string): Message => ({
    ja: `項目${q(key)}は使いません。使える項目: ${known}。`,
    en: `Key ${qe(key)} is not one this sheet has; the keys are: ${known}.`,
  }),
  duplicateKey: (key: string): Message => ({ ja: `項目${q(key)}が 2 回あります。`, en: `Key ${qe(key)} appears twice.` }),
  notTextKey: (key: string): Message => ({ ja: `項目${q(key)}は言語別に書けません。`, en: `Key ${qe(key)} has no other-language text.` }),
  unknownParent: (id: string): Message => ({ ja: `親ID${q(id)}の行がありません。`, en: `No row has the ID ${qe(id)} named as parent.` }),
  parentCycle: (id: string): Message => ({ ja: `親IDをたどると${q(id)}自身に戻ります。`, en: `Following the parents of ${qe(id)} leads back to it.` }),
  duplicateRowId: (id: string, row: number): Message => ({ ja: `ID${q(id)}は ${row} 行目にもあります。`, en: `The ID ${qe(id)} is also on row ${row}.` }),
  duplicateYear: (year: number): Message => ({ ja: `${year}年度の列が 2 つあります。`, en: `There are two columns for fiscal year ${year}.` }),
  listLengths: (header: string): Message => ({ ja: `「${header}」の言語ごとの個数がそろっていません。`, en: `"${header}" has a different number of names in each language.` }),
  sectionTitleDiffers: (id: string): Message => ({ ja: `記述${q(id)}の見出しが前の行と違います。`, en: `Section ${qe(id)} has a different title from its earlier row.` }),
  basisRow: { ja: '基準の行は「下限」に 目標 か 見込み（target / expected）を書きます。', en: 'The basis row takes target or expected (目標 / 見込み) under min.' },
  languageConflict: (header: string): Message => ({ ja: `「${header}」と同じ言語の列の値が食い違っています。`, en: `"${header}" and its same-language column disagree.` }),
  // Export: what the workbook cannot hold.
  cannotHold: (what: Message, field: string, why: Message): Message => ({
    ja: `${what.ja} の ${field} はブックに書けません: ${why.ja}`,
    en: `${what.en}: ${field} cannot be written to the workbook: ${why.en}`,
  }),
  whyNoYear: { ja: '年度がありません（年度ごとの列に書くため）。', en: 'it has no fiscal year (each year is a column).' },
  whyDate: { ja: '日付（date）を書く列がありません。', en: 'the workbook has no column for an observation’s date.' },
  whyMilestoneNote: { ja: '中間目標値の注記を書く列がありません。', en: 'the workbook has no column for an interim target’s note.' },
  whyYearOrder: {
    ja: '年度が古い順に並んでいないか、同じ年度が 2 つあります（現状値は最新の年度）。',
    en: 'its years are not in order oldest first, or a year repeats (current is the latest).',
  },
  whySeparator: (value: string): Message => ({ ja: `${q(value)}に区切りの「、」か「,」が含まれています。`, en: `${qe(value)} contains a separator (、 or ,).` }),
  whyLanguage: (tag: string): Message => ({ ja: `言語タグ${q(tag)}は列の見出しにできません。`, en: `the language tag ${qe(tag)} cannot head a column.` }),
  notValid: { ja: '計画の文書として正しくないため書き出せません。', en: 'The plan document is not valid; nothing was written.' },
  unknownCsvSheet: (sheet: string, known: string): Message => ({
    ja: `シート${q(sheet)}はありません。使えるシート名: ${known}。`,
    en: `There is no sheet ${qe(sheet)}; the sheets are: ${known}.`,
  }),
} as const;
