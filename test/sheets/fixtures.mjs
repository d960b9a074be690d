// Workbooks and CSV files made by code for the importer's tests: hand-written OOXML parts (as
// Excel and other programs write them), zipped with fflate, and a Shift_JIS encoder made from
// the platform's own decoder.
import { zipSync, strToU8 } from 'fflate';

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

/**
 * A workbook from raw sheet XML: `sheets` is [{ name, xml (the <sheetData> and what follows), state? }].
 * `shared` are shared strings' <si> bodies; `styles` the <cellXfs>/<numFmts> part of styles.xml.
 * `level` is the deflate level (1 makes a 100,000-row test fixture faster; still deflated, as Excel's are).
 */
export function workbook({ sheets, shared = [], styles = '', date1904 = false, prefix = '', level = 6 }) {
  const p = prefix ? `${prefix}:` : '';
  const ns = prefix ? NS.replace('xmlns=', `xmlns:${prefix}=`) : NS;
  const files = {
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    '_rels/.rels': strToU8(
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    ),
    'xl/workbook.xml': strToU8(
      `<?xml version="1.0"?><${p}workbook ${ns}>${date1904 ? `<${p}workbookPr date1904="1"/>` : ''}<${p}sheets>${sheets.map((s, i) => `<${p}sheet name="${s.name}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ''} r:id="rId${i + 1}"/>`).join('')}</${p}sheets></${p}workbook>`,
    ),
    'xl/_rels/workbook.xml.rels': strToU8(
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet${i + 1}.xml"/>`).join('')}<Relationship Id="rS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rT" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
    ),
    'xl/sharedStrings.xml': strToU8(`<?xml version="1.0"?><${p}sst ${ns} count="${shared.length}">${shared.map((si) => `<${p}si>${si}</${p}si>`).join('')}</${p}sst>`),
    'xl/styles.xml': strToU8(`<?xml version="1.0"?><${p}styleSheet ${ns}>${styles}</${p}styleSheet>`),
  };
  sheets.forEach((s, i) => (files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(`<?xml version="1.0"?><${p}worksheet ${ns}>${s.xml}</${p}worksheet>`)));
  return zipSync(files, { level });
}

/** A row of inline-string and number cells, for quick sheets: values by column from A. */
export function row(number, values) {
  const cells = values
    .map((v, i) => {
      if (v === undefined || v === null) return '';
      const ref = `${String.fromCharCode(65 + i)}${number}`;
      if (typeof v === 'number') return `<c r="${ref}"><v>${v}</v></c>`;
      if (typeof v === 'object') return `<c r="${ref}"${v.attrs ?? ''}>${v.inner}</c>`;
      return `<c r="${ref}" t="inlineStr"><is><t>${v.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</t></is></c>`;
    })
    .join('');
  return `<row r="${number}">${cells}</row>`;
}

let sjisTable;
/** Text → Shift_JIS (CP932) bytes, with the table built from TextDecoder('shift_jis'). */
export function shiftJis(text) {
  if (!sjisTable) {
    sjisTable = new Map();
    const decoder = new TextDecoder('shift_jis');
    for (let lead = 0x81; lead <= 0xfc; lead++) {
      if (lead > 0x9f && lead < 0xe0) continue;
      for (let trail = 0x40; trail <= 0xfc; trail++) {
        if (trail === 0x7f) continue;
        const ch = decoder.decode(new Uint8Array([lead, trail]));
        if (ch.length === 1 && ch !== '\ufffd' && !sjisTable.has(ch)) sjisTable.set(ch, [lead, trail]);
      }
    }
    for (let b = 0xa1; b <= 0xdf; b++) sjisTable.set(decoder.decode(new Uint8Array([b])), [b]);
  }
  const out = [];
  for (const ch of text) {
    const code = ch.codePointAt(0);
    if (code < 0x80) out.push(code);
    else {
      const bytes = sjisTable.get(ch);
      if (!bytes) throw new Error(`no Shift_JIS for ${ch}`);
      out.push(...bytes);
    }
  }
  return new Uint8Array(out);
}

/** Sets the uncompressed size of every entry in a zip's central directory (and local headers) to `size`: a file that claims to inflate to `size`. */
export function claimSize(zip, size) {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  for (let i = 0; i + 4 <= out.length; i++) {
    const sig = view.getUint32(i, true);
    if (sig === 0x02014b50) view.setUint32(i + 24, size, true);
    else if (sig === 0x04034b50) view.setUint32(i + 22, size, true);
  }
  return out;
}
