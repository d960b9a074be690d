/**
 * Every text of the studio page, in Japanese (first) and English. Plan text never goes through
 * here: it is data, drawn by the elements or written as text nodes.
 */
import type { Message } from '../src/schema/index.js';

export type StudioLang = 'ja' | 'en';

const m = (ja: string, en: string): Message => ({ ja, en });

export const text = {
  pageTitle: m('plan-viz スタジオ：表計算ファイルから計画の図をつくる', "plan-viz studio: your plan's figures from a spreadsheet"),
  heading: m('plan-viz スタジオ', 'plan-viz studio'),
  intro: m(
    '計画のワークブック（.xlsx）、CSV、または JSON を読み込むと、問題点を一覧にし、体系図・協働の図・成果指標をその場で描きます。',
    'Open your plan as a workbook (.xlsx), CSV files or JSON: the studio lists every problem and draws the tree, the collaboration figure and the indicators at once.',
  ),
  privacy: m(
    'ファイルはこのブラウザの中だけで読み込みます。どこにも送信しません（サーバーは使いません）。',
    'Your files are read inside this browser only and are never sent anywhere (there is no server).',
  ),
  language: m('表示言語', 'Language'),
  demoLink: m('デモページ', 'Demo page'),
  guideLink: m('職員向けガイド（日本語）', 'Staff guide (Japanese)'),

  openHeading: m('1. ファイルを読み込む', '1. Open your files'),
  openHelp: m(
    'ワークブック（.xlsx）1 つ、シートごとの CSV（計画.csv、体系.csv …、複数選べます）、または計画の JSON を選んでください。この枠にドラッグ＆ドロップもできます。',
    'Choose one workbook (.xlsx), one CSV per sheet (plan.csv, nodes.csv …; choose several at once) or a plan JSON file. You can also drag and drop them onto this box.',
  ),
  chooseFiles: m('ファイルを選ぶ（.xlsx・.csv・.json）', 'Choose files (.xlsx, .csv, .json)'),
  sample: m('見本を開く（いわき市地域福祉計画・指標は例示用）', 'Open the example (Iwaki welfare plan, sample indicators)'),
  templateHeading: m('記入用テンプレート', 'Template to fill in'),
  templateHelp: m(
    'シートと見出しがそろった空のワークブックです。見本の行を書き換えて使います。',
    'An empty workbook with every sheet and header and a few example rows to overwrite.',
  ),
  templateJa: m('テンプレート（日本語見出し）をダウンロード', 'Download the template (Japanese headers)'),
  templateEn: m('テンプレート（英語見出し）をダウンロード', 'Download the template (English headers)'),
  reading: m('読み込んでいます…', 'Reading…'),
  loadedFiles: (names: string[]): Message => m(`読み込んだファイル：${names.join('、')}`, `Files read: ${names.join(', ')}`),

  checkHeading: m('2. 確認する', '2. Check'),
  nothingYet: m('まだファイルを読み込んでいません。', 'No file has been read yet.'),
  valid: m('問題はありません。下の図を確認して、書き出してください。', 'No problems found. Check the figures below, then download or publish.'),
  problemCount: (n: number): Message => m(`${n} 件の問題があります`, n === 1 ? '1 problem found' : `${n} problems found`),
  warningCount: (n: number): Message => m(`${n} 件の注意があります`, n === 1 ? '1 warning' : `${n} warnings`),
  warningHelp: m('図は描けますが、確かめてください。', 'The figures can be drawn, but check these.'),
  problemHelp: m(
    'すべての問題を一度に示します。項目を選ぶと、その行の内容を表示します（問題のある列に印が付きます）。直したファイルを読み込み直してください。',
    'Every problem is listed at once. Choose one to see its row (the column with the problem is marked). Fix the file and open it again.',
  ),
  where: m('場所', 'Where'),
  file: m('ファイル', 'File'),
  sheet: m('シート', 'Sheet'),
  row: m('行', 'Row'),
  column: m('列', 'Column'),
  value: m('値', 'Value'),
  pointer: m('JSON の位置', 'JSON pointer'),
  showRow: m('この行を表示', 'Show this row'),
  rowHeading: (file: string, sheet: string | undefined, row: number): Message =>
    m(`${file}${sheet ? `　シート「${sheet}」` : ''}　${row} 行目`, `${file}${sheet ? `, sheet "${sheet}"` : ''}, row ${row}`),
  rowHelp: m('問題のある列に印（▲）を付けています。', 'The column with the problem is marked (▲).'),
  jsonHelp: m('問題のあるキーに印（▲）を付けています。', 'The key with the problem is marked (▲).'),
  problemColumn: m('（問題のある列）', '(the column with the problem)'),
  problemKey: m('（問題のあるキー）', '(the key with the problem)'),
  rowUnavailable: m('この行の内容は表示できません。', 'This row cannot be shown.'),
  jsonPlace: (file: string, pointer: string): Message => m(`${file}　JSON の位置 ${pointer || '/（文書全体）'}`, `${file}, JSON at ${pointer || '/ (the whole document)'}`),
  key: m('キー', 'Key'),
  close: m('閉じる', 'Close'),
  nothingWritten: m('問題を直すまで、図と書き出しは表示しません。', 'The figures and downloads appear once the problems are fixed.'),

  figuresHeading: m('3. 図を見る', '3. The figures'),
  figuresHelp: m(
    '図は SVG（スライド・印刷用、拡大しても粗くなりません）または PNG（画像）で保存できます。',
    'Save each figure as SVG (for slides and print; sharp at any size) or PNG (an image).',
  ),
  tree: m('施策の体系（体系図）', 'Plan structure (tree)'),
  collaboration: m('協働の図', 'Collaboration'),
  indicators: m('成果指標', 'Indicators'),
  overview: m('計画の概要', 'Plan overview'),
  overviewNote: m(
    '計画期間・位置づけ・体系図・背景と動向・協働の図・記述をまとめた概要版です。保存すると全体が 1 枚の図になります。',
    'The period, where the plan stands, the tree, the background, the collaboration figure and the sections together; saved, all of it is one picture.',
  ),
  /** Heard after a button's visible text, to say which figure it saves. */
  of: (figure: string): Message => m(`：${figure}`, ` (${figure})`),
  svgShort: m('SVG で保存', 'Save as SVG'),
  pngShort: m('PNG で保存', 'Save as PNG'),

  publishHeading: m('4. 書き出す・公開する', '4. Download and publish'),
  downloadsHeading: m('ファイルに保存', 'Download'),
  downloadJSON: m('計画の JSON をダウンロード', 'Download the plan JSON'),
  downloadWorkbook: m('ワークブック（.xlsx）をダウンロード', 'Download the workbook (.xlsx)'),
  slidesHeading: m('スライド（PowerPoint）', 'Slides (PowerPoint)'),
  slidesHelp: m(
    '表紙・体系図（全体と基本目標ごと）・協働の図・成果指標・記述のスライドを、PowerPoint で文字も図形も編集できる形でつくります。表示言語の言葉でつくります。',
    'A title slide, the tree (whole, then one per goal), the collaboration figure, the indicators and the sections, as shapes and text you can edit in PowerPoint, in the language shown.',
  ),
  downloadDeck: m('スライド（.pptx、16:9）をダウンロード', 'Download the slides (.pptx, 16:9)'),
  downloadDeck43: m('スライド（.pptx、4:3）をダウンロード', 'Download the slides (.pptx, 4:3)'),
  saved: (name: string): Message => m(`${name} を保存しました。`, `Saved ${name}.`),
  embedHeading: m('ホームページに載せる（埋め込みコード）', 'Put it on a web page (embed code)'),
  embedHelp: m(
    'CMS のページに HTML として貼り付けます。plan-viz.iife.js をページと同じ場所に置いてください（概要版には plan-viz-overview.iife.js も同じ場所に）。',
    'Paste this into a page of your CMS as HTML. Put plan-viz.iife.js next to the page (for the overview, plan-viz-overview.iife.js too).',
  ),
  embedFigure: m('載せる図', 'Figure'),
  embedData: m('計画データの置き方', 'Where the plan data goes'),
  embedInline: m('ページの中に書く（JSON をそのまま埋め込む）', 'In the page (the JSON written inline)'),
  embedSrc: m('別のファイルにする（JSON ファイルを同じ場所に置く）', 'As a separate file (put the JSON file next to the page)'),
  embedFileName: m('JSON ファイルの名前', 'Name of the JSON file'),
  embedCode: m('埋め込みコード', 'Embed code'),
  copy: m('コードをコピー', 'Copy the code'),
  copied: m('埋め込みコードをコピーしました。', 'The embed code was copied.'),
  copyFailed: m('コピーできませんでした。コード欄を選んでコピーしてください。', 'Could not copy. Select the code box and copy it.'),
  cspNote: m(
    '厳しい Content-Security-Policy のページでも動きます。PNG の保存だけは img-src に blob: が必要です。',
    'Works on pages with a strict Content-Security-Policy; only saving PNG needs blob: in img-src.',
  ),
  failed: (what: string): Message => m(`失敗しました：${what}`, `Failed: ${what}`),
  notYet: m('この機能はまだ使えません。', 'This is not available yet.'),
};

export function t(message: Message, lang: StudioLang): string {
  return message[lang];
}
