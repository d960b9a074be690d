/**
 * Writes an .xlsx workbook: text as inline strings (a cell starting with `=`, `+`, `-` or `@` is
 * text, never a formula), numbers as numbers, a bold frozen header row, column widths from the
 * content, and drop-down lists (data validation) where a column has fixed choices.
 *
 * Own code over fflate rather than write-excel-file: that library has no data validation lists,
 * which the template needs for 方向, 関係 and 範囲.
 */
import { zipSync, strToU8 } from 'fflate';
import { numberText } from './cells.js';
import type { OutputCell, OutputSheet } from './model.js';

function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** Text for XML: markup escaped; carriage returns, control characters and text that looks like Excel's own `_xHHHH_` escape written as `_xHHHH_`. */
export function xmlEscape(text: string): string {
  return text
    .replace(/_x([0-9a-fA-F]{4})_/g, '_x005F_x$1_')
    .replace(/[&<>"]/g, (ch) => (ch === '&' ? '&amp;' : ch === '<' ? '&lt;' : ch === '>' ? '&gt;' : '&quot;'))
    .replace(/[\u0000-\u0008\u000b\u000c\u000d\u000e-\u001f\ufffe\uffff]/g, (ch) => `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`);
}

/** Display width of text in a cell, counting wide (CJK) characters twice. */
function width(text: string): number {
  let w = 0;
  for (const ch of text.split('\n')[0] ?? '') w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}

function cellXml(ref: string, value: OutputCell, style: number): string {
  const s = style ? ` s="${style}"` : '';
  if (value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? `<c r="${ref}"${s}><v>${numberText(value)}</v></c>` : '';
  if (typeof value === 'boolean') return `<c r="${ref}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
  return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${xmlEscape(value)}</t></is></c>`;
}

function sheetXml(sheet: OutputSheet): string {
  const widths: number[] = [];
  const rows = sheet.rows.map((row, r) => {
    const cells = row.map((value, c) => {
      if (value !== undefined) widths[c] = Math.max(widths[c] ?? 0, width(typeof value === 'string' ? value : String(value)));
      return cellXml(`${columnName(c)}${r + 1}`, value, r === 0 ? 1 : 0);
    });
    return `<row r="${r + 1}">${cells.join('')}</row>`;
  });
  const cols =
    widths.length > 0
      ? `<cols>${Array.from(widths, (w, i) => `<col min="${i + 1}" max="${i + 1}" width="${Math.min(60, Math.max(8, (w ?? 0) + 2))}" customWidth="1"/>`).join('')}</cols>`
      : '';
  const lists = (sheet.lists ?? []).map(
    (list) =>
      `<dataValidation type="list" allowBlank="1" showErrorMessage="1" sqref="${columnName(list.column)}2:${columnName(list.column)}1048576"><formula1>"${xmlEscape(list.values.join(','))}"</formula1></dataValidation>`,
  );
  const validations = lists.length > 0 ? `<dataValidations count="${lists.length}">${lists.join('')}</dataValidations>` : '';
  const frozen = '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>';
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">${frozen}${cols}<sheetData>${rows.join('')}</sheetData>${validations}</worksheet>`;
}

const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="2"><font><sz val="11"/><name val="Yu Gothic"/><family val="2"/><charset val="128"/></font><font><b/><sz val="11"/><name val="Yu Gothic"/><family val="2"/><charset val="128"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

/** The .xlsx file of the sheets. */
export function writeXlsx(sheets: OutputSheet[]): Uint8Array {
  const files: Record<string, Uint8Array> = {};
  const xml = (text: string): Uint8Array => strToU8(text);
  files['[Content_Types].xml'] = xml(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>${sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('')}</Types>`,
  );
  files['_rels/.rels'] = xml(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  files['xl/workbook.xml'] = xml(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><bookViews><workbookView/></bookViews><sheets>${sheets.map((s, i) => `<sheet name="${xmlEscape(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`,
  );
  files['xl/_rels/workbook.xml.rels'] = xml(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('')}<Relationship Id="rId${sheets.length + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
  );
  files['xl/styles.xml'] = xml(STYLES);
  sheets.forEach((sheet, i) => (files[`xl/worksheets/sheet${i + 1}.xml`] = xml(sheetXml(sheet))));
  // Large workbooks (tens of thousands of rows) are compressed fast rather than small.
  const size = Object.values(files).reduce((sum, f) => sum + f.length, 0);
  return zipSync(files, { level: size > 4_000_000 ? 1 : 6 });
}
