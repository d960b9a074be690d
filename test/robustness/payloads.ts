/**
 * The injection corpus: strings a plan file could carry, by mistake or by intent. Every one that
 * could run code would set `window.__pwned` (or call alert/confirm/prompt) if it ever ran.
 */
export interface Payload {
  name: string;
  text: string;
}

const ZALGO = `Z${'\u0301\u0316\u0334\u035c\u0360'.repeat(12)}algo`;

export const PAYLOADS: readonly Payload[] = [
  // HTML
  { name: 'script element', text: '<script>window.__pwned = "script"</script>' },
  { name: 'img onerror', text: '<img src=x onerror="window.__pwned = \'img\'">' },
  { name: 'img onerror, no quotes', text: '<IMG SRC=/ onerror=window.__pwned=1>' },
  { name: 'svg onload', text: '<svg onload="window.__pwned = \'svg\'"></svg>' },
  { name: 'svg script', text: '<svg><script>window.__pwned = "svg script"</script></svg>' },
  { name: 'iframe javascript: src', text: '<iframe src="javascript:parent.__pwned=\'iframe\'"></iframe>' },
  { name: 'iframe srcdoc', text: '<iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>' },
  { name: 'details ontoggle', text: '<details open ontoggle="window.__pwned=1">x</details>' },
  { name: 'input autofocus onfocus', text: '<input autofocus onfocus="window.__pwned=1">' },
  { name: 'body onload', text: '<body onload="window.__pwned=1">' },
  { name: 'object data', text: '<object data="javascript:window.__pwned=1"></object>' },
  { name: 'embed src', text: '<embed src="javascript:window.__pwned=1">' },
  { name: 'form formaction', text: '<form><button formaction="javascript:window.__pwned=1">送信</button></form>' },
  { name: 'meta refresh', text: '<meta http-equiv="refresh" content="0;url=javascript:window.__pwned=1">' },
  { name: 'base href', text: '<base href="javascript:/">' },
  { name: 'link import', text: '<link rel="import" href="data:text/html,<script>window.__pwned=1</script>">' },
  { name: 'template and slot', text: '<template><script>window.__pwned=1</script></template><slot name="x"></slot>' },
  { name: 'mXSS through math and style', text: '<math><mtext><table><mglyph><style><img src=x onerror=window.__pwned=1>' },
  { name: 'comment breakout', text: '--><script>window.__pwned=1</script><!--' },
  { name: 'custom element of the library', text: '<plan-tree src="/examples/iwaki-chiiki-fukushi.plan.json"></plan-tree>' },
  // SVG specific
  { name: 'closing text then script', text: '</text><script>window.__pwned=1</script><text>' },
  { name: 'closing title then script', text: '</title><script>window.__pwned=1</script>' },
  { name: 'CDATA end', text: ']]><script>window.__pwned=1</script>' },
  { name: 'CDATA section', text: '<![CDATA[<script>window.__pwned=1</script>]]>' },
  { name: 'foreignObject', text: '<foreignObject><div onmouseover="window.__pwned=1">x</div></foreignObject>' },
  { name: 'svg use with data URL', text: "<use href=\"data:image/svg+xml,<svg id='x' xmlns='http://www.w3.org/2000/svg'><image href='1' onerror='window.__pwned=1'/></svg>#x\"/>" },
  { name: 'svg animate href', text: '<a><animate attributeName="href" values="javascript:window.__pwned=1"/><text>click</text></a>' },
  { name: 'svg set onmouseover', text: '<set attributeName="onmouseover" to="window.__pwned=1"/>' },
  { name: 'XML entity declaration', text: '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e "pwned">]><x>&e;</x>' },
  // Attribute breakouts
  { name: 'double-quote attribute breakout', text: '" onmouseover="window.__pwned=1" x="' },
  { name: 'single-quote attribute breakout', text: "' onfocus='window.__pwned=1' autofocus='" },
  { name: 'backtick attribute breakout', text: '` onclick=`window.__pwned=1`' },
  // URLs
  { name: 'javascript: URL', text: 'javascript:window.__pwned=1' },
  { name: 'javascript: URL, mixed case and whitespace', text: ' JaVaScRiPt:\talert(1)' },
  { name: 'javascript: link', text: '<a href="javascript:alert(1)">詳しくはこちら</a>' },
  { name: 'data: URL', text: 'data:text/html;base64,PHNjcmlwdD53aW5kb3cuX19wd25lZD0xPC9zY3JpcHQ+' },
  { name: 'vbscript: URL', text: 'vbscript:msgbox(1)' },
  { name: 'percent-encoded script', text: '%3Cscript%3Ewindow.__pwned%3D1%3C%2Fscript%3E' },
  { name: 'HTML entities', text: '&lt;script&gt;window.__pwned=1&lt;/script&gt; &#60;img src=x onerror=alert(1)&#62; &amp;' },
  // Template syntax
  { name: 'JS template literal', text: '${window.__pwned=1}${alert(1)}' },
  { name: 'Angular / Vue mustache', text: "{{constructor.constructor('window.__pwned=1')()}}" },
  { name: 'mustache arithmetic', text: '{{7*7}} {{{html}}}' },
  { name: 'ERB / EJS', text: '<%= 7*7 %><%- "<script>window.__pwned=1</script>" %>' },
  { name: 'Ruby / Pug interpolation', text: '#{7*7} !{"<b>"}' },
  { name: 'Lit part markers', text: '<!--?lit$123456$--><?lit$123456$>lit$123456$' },
  { name: 'server-side include', text: '<!--#exec cmd="ls"-->' },
  // CSS
  { name: 'closing style', text: '</style><script>window.__pwned=1</script>' },
  { name: 'style element hiding everything', text: '<style>*{display:none !important}</style>' },
  { name: 'CSS expression and url', text: 'x{background:url("javascript:alert(1)");width:expression(alert(1))}' },
  { name: 'markdown link', text: '[詳しく](javascript:alert(1)) **太字** <b>bold</b>' },
  // Unicode
  { name: 'RLO / PDF bidi override', text: '\u202e地域福祉\u202c gpj.exe\u202e' },
  { name: 'LRO / RLE / LRE overrides', text: '\u202dabc\u202b\u05d0\u05d1\u202a def\u202c\u202c' },
  { name: 'bidi isolates unclosed', text: '\u2066\u2067\u2068見守り体制の整備' },
  { name: 'right-to-left script', text: 'مرحبا بالعالم שלום עולם' },
  { name: 'zero-width joiner and space', text: '見\u200d守\u200bり\u200c体\u2060制\ufeffの整備' },
  { name: 'only zero-width characters', text: '\u200b\u200c\u200d\u2060\ufeff' },
  { name: 'soft hyphens', text: `Gemeinschafts\u00adunterst\u00fctzung\u00adsdienst`.repeat(3) },
  { name: 'combining marks (zalgo)', text: ZALGO },
  { name: 'emoji ZWJ sequences and flags', text: '👨‍👩‍👧‍👦🏳️‍🌈🇯🇵👍🏽1️⃣ 地域' },
  { name: 'lone surrogates', text: 'a\ud800b\udfffc\ud83d' },
  { name: 'NUL and control characters', text: 'a\u0000b\u0001c\u0007d\u001be\u007ff\u0085g' },
  { name: 'line and paragraph separators', text: '一行目\u2028二行目\u2029三行目\r\n四行目\n\n五行目' },
  { name: 'tabs and spaces only', text: ' \t \u3000 ' },
  { name: 'object property names', text: '__proto__' },
  { name: 'constructor', text: 'constructor' },
  // Size
  { name: '10,000 Japanese characters', text: '地域福祉の推進と見守り体制の整備'.repeat(625) },
  { name: '10,000 characters without a break', text: 'W'.repeat(10_000) },
  { name: '10,000 characters of words', text: 'community support '.repeat(556).slice(0, 10_000) },
  { name: 'long URL', text: `https://www.city.iwaki.lg.jp/${'a'.repeat(600)}?q=<script>window.__pwned=1</script>` },
];
