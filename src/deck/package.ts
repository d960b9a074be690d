/**
 * The PresentationML package (.pptx): the parts every deck has (presentation, one slide master
 * with one "title only" layout, a notes master, the theme that names the fonts once) around the
 * slides and their notes, zipped with fflate. Our own writer rather than PptxGenJS 4.0.1: that
 * bundles to 126 kB gzip (JSZip inside) and names a Chinese charset (-122) for every East Asian
 * font, while fflate's zipSync is 4.4 kB and the DrawingML below is what the scene needs.
 *
 * The output is deterministic (no timestamps), so the same plan gives the same bytes.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';
import { PML_NAMESPACES, XML_HEAD, xmlAttr, xmlText } from './xml.js';

/** Slide sizes in EMU (914,400 to the inch): PowerPoint's own 16:9 (13.333 × 7.5 in) and 4:3 (10 × 7.5 in). */
export const SLIDE_SIZES = {
  '16:9': { width: 12_192_000, height: 6_858_000 },
  '4:3': { width: 9_144_000, height: 6_858_000 },
} as const;

export type SlideSize = keyof typeof SLIDE_SIZES;

/** The typefaces of the deck, named once in its theme; every text run refers to them (`+mn-lt`, `+mn-ea`). */
export interface DeckFonts {
  /** Latin letters and digits. */
  latin: string;
  /** Japanese (East Asian) text. */
  eastAsian: string;
}

/**
 * BIZ UDPGothic (a universal-design Japanese font that comes with Windows 10 and later, and with
 * Office) for both slots. A PC without it substitutes a Japanese font because the theme marks the
 * face as Japanese (charset 128: Meiryo or MS PGothic on Windows, Hiragino on a Mac), and
 * LibreOffice on Linux falls back through fontconfig to Noto Sans CJK JP for `lang="ja-JP"` text.
 */
export const DEFAULT_FONTS: DeckFonts = { latin: 'BIZ UDPGothic', eastAsian: 'BIZ UDPGothic' };

/** One slide: its shapes (DrawingML inside `p:spTree`), the text of its notes, and a name. */
export interface DeckSlide {
  name: string;
  /** `p:sp` / `p:grpSp` / `p:cxnSp` elements, ids from 2 up (1 is the shape tree). */
  shapes: string;
  /** Paragraphs of the notes (the slide's text alternative). */
  notes: readonly string[];
}

export interface DeckPackageOptions {
  size: SlideSize;
  /** The deck's title (document properties). */
  title: string;
  /** BCP 47 tag of the deck's text, e.g. `ja-JP`. */
  lang: string;
  fonts: DeckFonts;
  /** Theme colours as `RRGGBB`: text, background, dark accent, light accent, six accents (the goal colours). */
  colors: DeckColors;
}

export interface DeckColors {
  text: string;
  background: string;
  dark2: string;
  light2: string;
  accents: readonly [string, string, string, string, string, string];
  link: string;
}

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const CT = 'application/vnd.openxmlformats-officedocument.presentationml';

const GROUP_HEAD =
  '<p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/><a:chOff x="0" y="0"/><a:chExt cx="0" cy="0"/></a:xfrm></p:grpSpPr>';

function rels(list: readonly [type: string, target: string][]): string {
  return (
    XML_HEAD +
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    list.map(([type, target], i) => `<Relationship Id="rId${i + 1}" Type="${type.startsWith('http') ? type : `${REL}/${type}`}" Target="${xmlAttr(target)}"/>`).join('') +
    '</Relationships>'
  );
}

function fontSlots(fonts: DeckFonts): string {
  // charset -128 (SHIFTJIS_CHARSET as a signed byte) marks the face as Japanese, so a PC that lacks it substitutes a Japanese one; -122 would be Chinese.
  const japanese = ' pitchFamily="50" charset="-128"';
  const latinIsJapanese = fonts.latin === fonts.eastAsian;
  return (
    `<a:latin typeface="${xmlAttr(fonts.latin)}"${latinIsJapanese ? japanese : ''}/>` +
    `<a:ea typeface="${xmlAttr(fonts.eastAsian)}"${japanese}/>` +
    '<a:cs typeface=""/>' +
    `<a:font script="Jpan" typeface="${xmlAttr(fonts.eastAsian)}"/>`
  );
}

function theme(name: string, colors: DeckColors, fonts: DeckFonts): string {
  const clr = (tag: string, hex: string) => `<a:${tag}><a:srgbClr val="${hex}"/></a:${tag}>`;
  const three = (item: string) => item + item + item;
  const phFill = '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>';
  return (
    XML_HEAD +
    `<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="${xmlAttr(name)}"><a:themeElements>` +
    `<a:clrScheme name="plan-viz">${clr('dk1', colors.text)}${clr('lt1', colors.background)}${clr('dk2', colors.dark2)}${clr('lt2', colors.light2)}` +
    colors.accents.map((hex, i) => clr(`accent${i + 1}`, hex)).join('') +
    `${clr('hlink', colors.link)}${clr('folHlink', colors.accents[3])}</a:clrScheme>` +
    `<a:fontScheme name="plan-viz"><a:majorFont>${fontSlots(fonts)}</a:majorFont><a:minorFont>${fontSlots(fonts)}</a:minorFont></a:fontScheme>` +
    '<a:fmtScheme name="plan-viz">' +
    `<a:fillStyleLst>${three(phFill)}</a:fillStyleLst>` +
    `<a:lnStyleLst>${three(`<a:ln w="9525" cap="flat" cmpd="sng" algn="ctr">${phFill}<a:prstDash val="solid"/></a:ln>`)}</a:lnStyleLst>` +
    `<a:effectStyleLst>${three('<a:effectStyle><a:effectLst/></a:effectStyle>')}</a:effectStyleLst>` +
    `<a:bgFillStyleLst>${three(phFill)}</a:bgFillStyleLst>` +
    '</a:fmtScheme></a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/></a:theme>'
  );
}

const CLR_MAP =
  'bg1="lt1" tx1="dk1" bg2="lt2" tx2="dk2" accent1="accent1" accent2="accent2" accent3="accent3" accent4="accent4" accent5="accent5" accent6="accent6" hlink="hlink" folHlink="folHlink"';

/** Text properties that take the theme's fonts: `+mn-lt` is the minor latin face, `+mn-ea` its East Asian one. */
export function themeFontRefs(major = false): string {
  const k = major ? 'mj' : 'mn';
  return `<a:latin typeface="+${k}-lt"/><a:ea typeface="+${k}-ea"/><a:cs typeface="+${k}-cs"/>`;
}

function defRPr(size: number, lang: string, extra = '', major = false): string {
  return `<a:defRPr lang="${xmlAttr(lang)}" sz="${size}" kern="0"${extra}><a:solidFill><a:schemeClr val="tx1"/></a:solidFill>${themeFontRefs(major)}</a:defRPr>`;
}

/** Where the title placeholder sits on every slide (the slides give their own position too). */
export function titleFrame(size: SlideSize): { x: number; y: number; width: number; height: number } {
  const { width } = SLIDE_SIZES[size];
  return { x: 457_200, y: 228_600, width: width - 914_400, height: 685_800 };
}

function xfrm(f: { x: number; y: number; width: number; height: number }): string {
  return `<a:xfrm><a:off x="${f.x}" y="${f.y}"/><a:ext cx="${f.width}" cy="${f.height}"/></a:xfrm>`;
}

function slideMaster(options: DeckPackageOptions): string {
  const lang = options.lang;
  return (
    XML_HEAD +
    `<p:sldMaster ${PML_NAMESPACES}><p:cSld><p:bg><p:bgPr><a:solidFill><a:schemeClr val="bg1"/></a:solidFill><a:effectLst/></p:bgPr></p:bg><p:spTree>${GROUP_HEAD}` +
    `<p:sp><p:nvSpPr><p:cNvPr id="2" name="Title Placeholder 1"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph type="title"/></p:nvPr></p:nvSpPr>` +
    `<p:spPr>${xfrm(titleFrame(options.size))}<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr>` +
    `<p:txBody><a:bodyPr vert="horz" wrap="square" lIns="0" tIns="0" rIns="0" bIns="0" rtlCol="0" anchor="ctr"><a:noAutofit/></a:bodyPr><a:lstStyle/><a:p><a:endParaRPr lang="${xmlAttr(lang)}"/></a:p></p:txBody></p:sp>` +
    `</p:spTree></p:cSld><p:clrMap ${CLR_MAP}/><p:sldLayoutIdLst><p:sldLayoutId id="2147483649" r:id="rId1"/></p:sldLayoutIdLst>` +
    `<p:txStyles><p:titleStyle><a:lvl1pPr algn="l" eaLnBrk="1" hangingPunct="1"><a:spcBef><a:spcPct val="0"/></a:spcBef><a:buNone/>${defRPr(2800, lang, ' b="1"', true)}</a:lvl1pPr></p:titleStyle>` +
    `<p:bodyStyle><a:lvl1pPr marL="0" indent="0" algn="l"><a:buNone/>${defRPr(2000, lang)}</a:lvl1pPr></p:bodyStyle>` +
    `<p:otherStyle><a:defPPr>${defRPr(1800, lang)}</a:defPPr></p:otherStyle></p:txStyles></p:sldMaster>`
  );
}

function slideLayout(): string {
  return (
    XML_HEAD +
    `<p:sldLayout ${PML_NAMESPACES} type="titleOnly" preserve="1"><p:cSld name="Title Only"><p:spTree>${GROUP_HEAD}` +
    '<p:sp><p:nvSpPr><p:cNvPr id="2" name="Title 1"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph type="title"/></p:nvPr></p:nvSpPr><p:spPr/>' +
    '<p:txBody><a:bodyPr/><a:lstStyle/><a:p><a:endParaRPr/></a:p></p:txBody></p:sp>' +
    '</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sldLayout>'
  );
}

const NOTES_SIZE = { width: 6_858_000, height: 9_144_000 };

function notesMaster(options: DeckPackageOptions): string {
  const slide = SLIDE_SIZES[options.size];
  // The picture of the slide: 6 in wide (less for 4:3, same height), centred above the notes.
  const imageHeight = 3_429_000;
  const imageWidth = Math.round((imageHeight * slide.width) / slide.height);
  const image = { x: Math.round((NOTES_SIZE.width - imageWidth) / 2), y: 685_800, width: imageWidth, height: imageHeight };
  const body = { x: 685_800, y: 4_400_550, width: 5_486_400, height: 3_600_450 };
  return (
    XML_HEAD +
    `<p:notesMaster ${PML_NAMESPACES}><p:cSld><p:bg><p:bgRef idx="1001"><a:schemeClr val="bg1"/></p:bgRef></p:bg><p:spTree>${GROUP_HEAD}` +
    `<p:sp><p:nvSpPr><p:cNvPr id="2" name="Slide Image Placeholder 1"/><p:cNvSpPr><a:spLocks noGrp="1" noRot="1" noChangeAspect="1"/></p:cNvSpPr><p:nvPr><p:ph type="sldImg" idx="2"/></p:nvPr></p:nvSpPr>` +
    `<p:spPr>${xfrm(image)}<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln w="12700"><a:solidFill><a:prstClr val="black"/></a:solidFill></a:ln></p:spPr></p:sp>` +
    `<p:sp><p:nvSpPr><p:cNvPr id="3" name="Notes Placeholder 2"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph type="body" sz="quarter" idx="1"/></p:nvPr></p:nvSpPr>` +
    `<p:spPr>${xfrm(body)}<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></p:spPr><p:txBody><a:bodyPr vert="horz" lIns="91440" tIns="45720" rIns="91440" bIns="45720" rtlCol="0"/><a:lstStyle/><a:p><a:endParaRPr lang="${xmlAttr(options.lang)}"/></a:p></p:txBody></p:sp>` +
    `</p:spTree></p:cSld><p:clrMap ${CLR_MAP}/>` +
    `<p:notesStyle><a:lvl1pPr marL="0" algn="l" rtl="0" eaLnBrk="1" latinLnBrk="0" hangingPunct="1">${defRPr(1200, options.lang)}</a:lvl1pPr></p:notesStyle></p:notesMaster>`
  );
}

/** A run of plain text in the deck's language (the notes, the document's text). */
function paragraph(text: string, lang: string): string {
  return text === '' ? `<a:p><a:endParaRPr lang="${xmlAttr(lang)}"/></a:p>` : `<a:p><a:r><a:rPr lang="${xmlAttr(lang)}" dirty="0"/><a:t>${xmlText(text)}</a:t></a:r></a:p>`;
}

function notesSlide(notes: readonly string[], lang: string): string {
  // One paragraph per line: a text alternative lists a figure's parts line by line.
  const lines = notes.flatMap((note) => note.split('\n'));
  const body = lines.length === 0 ? paragraph('', lang) : lines.map((line) => paragraph(line, lang)).join('');
  return (
    XML_HEAD +
    `<p:notes ${PML_NAMESPACES}><p:cSld><p:spTree>${GROUP_HEAD}` +
    '<p:sp><p:nvSpPr><p:cNvPr id="2" name="Slide Image Placeholder 1"/><p:cNvSpPr><a:spLocks noGrp="1" noRot="1" noChangeAspect="1"/></p:cNvSpPr><p:nvPr><p:ph type="sldImg"/></p:nvPr></p:nvSpPr><p:spPr/></p:sp>' +
    `<p:sp><p:nvSpPr><p:cNvPr id="3" name="Notes Placeholder 2"/><p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph type="body" idx="1"/></p:nvPr></p:nvSpPr><p:spPr/><p:txBody><a:bodyPr/><a:lstStyle/>${body}</p:txBody></p:sp>` +
    '</p:spTree></p:cSld><p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:notes>'
  );
}

function slide(s: DeckSlide): string {
  return (
    XML_HEAD +
    `<p:sld ${PML_NAMESPACES}><p:cSld name="${xmlAttr(s.name)}"><p:spTree>${GROUP_HEAD}${s.shapes}</p:spTree></p:cSld>` +
    '<p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr></p:sld>'
  );
}

function presentation(options: DeckPackageOptions, slideCount: number): string {
  const size = SLIDE_SIZES[options.size];
  const ids = Array.from({ length: slideCount }, (_, i) => `<p:sldId id="${256 + i}" r:id="rId${i + 3}"/>`).join('');
  return (
    XML_HEAD +
    `<p:presentation ${PML_NAMESPACES} saveSubsetFonts="1">` +
    '<p:sldMasterIdLst><p:sldMasterId id="2147483648" r:id="rId1"/></p:sldMasterIdLst><p:notesMasterIdLst><p:notesMasterId r:id="rId2"/></p:notesMasterIdLst>' +
    `<p:sldIdLst>${ids}</p:sldIdLst>` +
    `<p:sldSz cx="${size.width}" cy="${size.height}"${options.size === '4:3' ? ' type="screen4x3"' : ''}/><p:notesSz cx="${NOTES_SIZE.width}" cy="${NOTES_SIZE.height}"/>` +
    `<p:defaultTextStyle><a:defPPr>${defRPr(1800, options.lang)}</a:defPPr></p:defaultTextStyle></p:presentation>`
  );
}

function contentTypes(slideCount: number): string {
  const overrides: [string, string][] = [
    ['/ppt/presentation.xml', `${CT}.presentation.main+xml`],
    ['/ppt/slideMasters/slideMaster1.xml', `${CT}.slideMaster+xml`],
    ['/ppt/slideLayouts/slideLayout1.xml', `${CT}.slideLayout+xml`],
    ['/ppt/notesMasters/notesMaster1.xml', `${CT}.notesMaster+xml`],
    ['/ppt/theme/theme1.xml', 'application/vnd.openxmlformats-officedocument.theme+xml'],
    ['/ppt/theme/theme2.xml', 'application/vnd.openxmlformats-officedocument.theme+xml'],
    ['/ppt/presProps.xml', `${CT}.presProps+xml`],
    ['/ppt/viewProps.xml', `${CT}.viewProps+xml`],
    ['/ppt/tableStyles.xml', `${CT}.tableStyles+xml`],
    ['/docProps/core.xml', 'application/vnd.openxmlformats-package.core-properties+xml'],
    ['/docProps/app.xml', 'application/vnd.openxmlformats-officedocument.extended-properties+xml'],
  ];
  for (let i = 1; i <= slideCount; i++) {
    overrides.push([`/ppt/slides/slide${i}.xml`, `${CT}.slide+xml`], [`/ppt/notesSlides/notesSlide${i}.xml`, `${CT}.notesSlide+xml`]);
  }
  return (
    XML_HEAD +
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
    overrides.map(([part, type]) => `<Override PartName="${part}" ContentType="${type}"/>`).join('') +
    '</Types>'
  );
}

/** Every part of the package, by path, as text (tests read them; {@link writeDeckPackage} zips them). */
export function deckParts(slides: readonly DeckSlide[], options: DeckPackageOptions): Map<string, string> {
  const parts = new Map<string, string>();
  const n = slides.length;
  parts.set('[Content_Types].xml', contentTypes(n));
  parts.set(
    '_rels/.rels',
    rels([
      ['officeDocument', 'ppt/presentation.xml'],
      ['http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties', 'docProps/core.xml'],
      ['extended-properties', 'docProps/app.xml'],
    ]),
  );
  parts.set(
    'docProps/core.xml',
    XML_HEAD +
      '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
      `<dc:title>${xmlText(options.title)}</dc:title><dc:creator>plan-viz</dc:creator><dc:language>${xmlText(options.lang)}</dc:language></cp:coreProperties>`,
  );
  parts.set(
    'docProps/app.xml',
    XML_HEAD +
      `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>plan-viz</Application><PresentationFormat>${options.size === '4:3' ? 'On-screen Show (4:3)' : 'Widescreen'}</PresentationFormat><Slides>${n}</Slides><Notes>${n}</Notes></Properties>`,
  );
  parts.set('ppt/presentation.xml', presentation(options, n));
  parts.set(
    'ppt/_rels/presentation.xml.rels',
    rels([
      ['slideMaster', 'slideMasters/slideMaster1.xml'],
      ['notesMaster', 'notesMasters/notesMaster1.xml'],
      ...slides.map((_, i): [string, string] => ['slide', `slides/slide${i + 1}.xml`]),
      ['presProps', 'presProps.xml'],
      ['viewProps', 'viewProps.xml'],
      ['theme', 'theme/theme1.xml'],
      ['tableStyles', 'tableStyles.xml'],
    ]),
  );
  parts.set('ppt/presProps.xml', `${XML_HEAD}<p:presentationPr ${PML_NAMESPACES}/>`);
  parts.set(
    'ppt/viewProps.xml',
    `${XML_HEAD}<p:viewPr ${PML_NAMESPACES}><p:normalViewPr><p:restoredLeft sz="15620"/><p:restoredTop sz="94660"/></p:normalViewPr><p:gridSpacing cx="76200" cy="76200"/></p:viewPr>`,
  );
  parts.set('ppt/tableStyles.xml', `${XML_HEAD}<a:tblStyleLst xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" def="{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}"/>`);
  parts.set('ppt/theme/theme1.xml', theme('plan-viz', options.colors, options.fonts));
  parts.set('ppt/theme/theme2.xml', theme('plan-viz notes', options.colors, options.fonts));
  parts.set('ppt/slideMasters/slideMaster1.xml', slideMaster(options));
  parts.set(
    'ppt/slideMasters/_rels/slideMaster1.xml.rels',
    rels([
      ['slideLayout', '../slideLayouts/slideLayout1.xml'],
      ['theme', '../theme/theme1.xml'],
    ]),
  );
  parts.set('ppt/slideLayouts/slideLayout1.xml', slideLayout());
  parts.set('ppt/slideLayouts/_rels/slideLayout1.xml.rels', rels([['slideMaster', '../slideMasters/slideMaster1.xml']]));
  parts.set('ppt/notesMasters/notesMaster1.xml', notesMaster(options));
  parts.set('ppt/notesMasters/_rels/notesMaster1.xml.rels', rels([['theme', '../theme/theme2.xml']]));
  slides.forEach((s, i) => {
    const k = i + 1;
    parts.set(`ppt/slides/slide${k}.xml`, slide(s));
    parts.set(
      `ppt/slides/_rels/slide${k}.xml.rels`,
      rels([
        ['slideLayout', '../slideLayouts/slideLayout1.xml'],
        ['notesSlide', `../notesSlides/notesSlide${k}.xml`],
      ]),
    );
    parts.set(`ppt/notesSlides/notesSlide${k}.xml`, notesSlide(s.notes, options.lang));
    parts.set(
      `ppt/notesSlides/_rels/notesSlide${k}.xml.rels`,
      rels([
        ['notesMaster', '../notesMasters/notesMaster1.xml'],
        ['slide', `../slides/slide${k}.xml`],
      ]),
    );
  });
  return parts;
}

/** A fixed date for every entry, so that the same deck gives the same bytes. */
const MTIME = new Date(Date.UTC(2020, 0, 1));

/** The .pptx file: every part, `[Content_Types].xml` first, deflated. */
export function writeDeckPackage(slides: readonly DeckSlide[], options: DeckPackageOptions): Uint8Array {
  const files: Zippable = {};
  for (const [path, text] of deckParts(slides, options)) files[path] = [strToU8(text), { level: 6, mtime: MTIME }];
  return zipSync(files);
}
