// Generated data: do not edit by hand.
//
// Widths in thousandths of an em. Derived from advances and single-glyph
// bounding boxes measured in Chromium 156 (headless, Linux) with
// "Noto Sans CJK JP" Regular/Bold at 100px, then widened so the estimate stays
// an upper bound for typical sans fallbacks: max(noto * 1.04, bbox * 1.01,
// min(dejavuSans, noto * 1.08)), rounded up. Glyphs that Noto Sans CJK JP draws
// full-width (±, ×, §, …) are 1000. measure.ts documents how they are used.
//
// Encoded to keep the browser bundle small (the numbers as written cost 2.8 kB gzip):
// the per-character tables as two base-36 digits a width, the ranges as
// `gap.span.width` in base 36 (gap from the previous range's last code point, the
// span left out for a single code point), decoded once when the module loads.

/** Two base-36 digits a value. */
const digits = (text: string): readonly number[] => (text.match(/../g) ?? []).map((pair) => parseInt(pair, 36) | 0);

/** U+0020..U+007E, regular weight. */
export const ASCII_REGULAR: readonly number[] = digits(
  '6q9pdpgogoqmkf82a6a6dwgo8da18dbcgogogogogogogogogogo8d8dgogogoe8rsi9j2j6kohkfzkpl28hfhiofpnzkwlv' +
  'iblvj2hnhbkuh9qdh7fyi4a6bca6gog6hjgxhvfahxgna4gyhm7z95g388r2hnhjhxhxbfe2axhmfnn7eyfne9a684a6go',
);

/** U+0020..U+007E, bold weight. */
export const ASCII_BOLD: readonly number[] = digits(
  '6ub4glhqhqrum89ebdbdeohq9sb49sb7hqhqhqhqhqhqhqhqhqhq9s9shqhqhqfgrsj9kgjplgihhkljmq9xgfklhdpmmhn4' +
  'k1n4khiqirmgilrhiuhfifbdb7bdhqgei4hrjcfujchgbjhxj895aai59hsyj9itjcjcd3evcnj4hbpogvh8fcbd8wbdhq',
);

/** U+00A0..U+00FF, regular weight (U+00AD soft hyphen is 0). */
export const LATIN1_REGULAR: readonly number[] = digits(
  '6q9pgogogogo84rshjozbleego00e7hjb4rsbwbwhji6rsg8hjbwc8eeq7qxqpe8i9i9i9i9i9i9r2j6hkhkhkhk8j8h9k9u' +
  'ldkwlvlvlvlvlvrslvkukukukufyivilgxgxgxgxgxgxqcfagngngngn8l8fa49khlhnhjhjhjhjhjrshjhmhmhmhmfnhxfn',
);

/** U+00A0..U+00FF, bold weight. */
export const LATIN1_BOLD: readonly number[] = digits(
  '6ub4hqhqhohq8wrsi4phc4fwhq00ffi4c5rsc9c9i4jyrsh4i4c9cmfwrasgrnfgj9j9j9j9j9j9skjpihihihih9xa4aob8' +
  'mamhn4n4n4n4n4rsn4mgmgmgmghfkik8hrhrhrhrhrhrqrfuhghghghga8a4bjb8ixj9itititititrsitj4j4j4j4h8jch8',
);

/**
 * Sorted, non-overlapping [first, last, width] triples (flattened) for code
 * points above U+00FF whose width is not the default for their class: narrow
 * general punctuation, currency and letterlike symbols, and glyphs measured
 * wider than their class default (1 em, or 1.3 em for emoji), e.g. long arrows,
 * U+2E3B three-em dash, Latin letters whose accents overhang. Holds the larger
 * of the regular and bold values.
 */
export const RANGE_WIDTHS: readonly number[] = ((encoded: string): number[] => {
  const triples: number[] = [];
  let last = 0xff;
  for (const entry of encoded.split(',')) {
    const parts = entry.split('.').map((part) => parseInt(part, 36) | 0);
    const first = last + (parts[0] ?? 0);
    last = first + (parts.length > 2 ? (parts[1] ?? 0) : 0);
    triples.push(first, last, parts[parts.length - 1] ?? 0);
  }
  return triples;
})(
  '7.xc,1.uk,3.uk,2.104,1.vy,1.11i,1.104,7.t6,a.vy,1.t6,o.vy,4.xc,n.yq,4.104,1.t6,1.xc,6.yq,1.vy,' +
  '3.yq,1.t6,f.vy,5.vy,1.1.t6,2.yq,1.vy,n.uk,7.uk,6.vy,y.18g,1.14a,1.11i,1.t6,3.1.yq,1.uk,k.uk,2.xc,' +
  '1.uk,3.11i,1.yq,1.11i,1.yq,8.18g,1.14a,1.11i,1.104,1.vy,1.11i,4.xc,1.vy,1.172,1.14a,1.11i,1.xc,' +
  'v.12w,1.104,7.uk,8.yq,1.uk,1.yq,1.uk,7.1.vy,8p.t6,j.1.xc,2.vy,1.104,3.11i,2.vy,1.11i,t.xc,1.uk,' +
  '1.xc,u.xc,1.vy,1.12w,5.uk,f.vy,u.xc,3.vy,6.1.xc,2.yq,1.11i,r.t6,1.uk,5.uk,y.vy,c.vy,1.xc,bx.xc,' +
  '15.1.14a,1.1.12w,1.1.uk,9.xc,1ki.1ky,34f.vy,1.uk,5.xc,1.uk,1.vy,1.uk,9.xc,1.2.vy,b.xc,1.uk,d.yq,' +
  '1.vy,f.104,1.14a,2.uk,1.xc,1.uk,7.11i,1.xc,3.11i,1.xc,1.11i,1.xc,1.yq,1.xc,1.1.uk,1.vy,8.uk,4.xc,' +
  '2.yq,1.vy,3.uk,e.104,1.xc,7.15o,1.14a,1.15o,1.14a,1.vy,2.12w,1.104,1.vy,2.uk,ae.eg,2.eg,2.9n,' +
  '1.78,1.4u,1.hq,1.9s,1.5t,1.1x,7.b4,1.gc,1.fq,1.r9,3.em,1.2.9s,1.b0,1.2.h8,1.j0,3.bd,1.ih,1.9p,' +
  'b.3g,2.1i6,1.9e,1.gl,1.i8,2.cx,1.i8,1.l7,1.1.9q,2.jl,1.gs,1.em,1.1.p9,1.ax,2.eg,1.g0,1.1.d8,' +
  '2.1.o0,1.eu,1.ie,1.1.eg,1.f4,1.bl,1.p9,2.g3,2.p9,1.o8,1.js,1.ni,1.1.o8,1.b0,1.p7,1.o8,1.1.b0,' +
  '1.6f,1t.qv,1.3.k4,1.uk,1.k4,1.172,1.yq,1.hz,1.q5,1.1.hq,1.1.k4,1.14a,1.3.k4,1.ou,1.k4,3.2.k4,' +
  '3.k4,y.11i,5.104,t.xc,1.l8,2.pw,2.xc,1.hr,1.k6,3.uk,1.qe,1.po,1.kl,2.h9,1.k5,1.os,1.ev,2.o7,1.uk,' +
  '2.k5,1.lo,1.ok,1.r5,1.nj,1.n6,1.px,1.kj,1.t6,2.mt,1.1.lu,1.gq,3.m2,1.9s,1.kl,2.qu,1.nn,1.q9,1.ie,' +
  '1.l4,1.of,1.jr,1.yq,1.dg,2.l6,1.ea,1.js,1.b0,1.rb,2.mu,1.lt,1.ix,1.oy,1.oa,1.me,1.g4,1.if,1.lz,' +
  '1.o0,1.lc,1.jm,1.a6,1.ec,2.p7,3.fu,2.1.uk,1.172,1.b.uk,x.uk,1.11i,2.11i,7.uk,4n.11i,10.1.uk,' +
  '3n.1.15o,p.xc,8.xc,14.1.uk,1.1.xc,1.14a,1.xc,1.15o,3.14a,2k.xc,17.1.15o,gq.t6,18.2.uk,1r.uk,' +
  '15.vy,1.xc,8m.1.104,2.1.14a,m.xc,1.a.15o,cw.1.uk,1l.t6,3.1b8,7s.vy,f.14a,lj.1cm,1.1yu,dr.3.6y,' +
  '1.1.104,ky.t6,142k.334,1bub.1d.12w,15f.19u',
);
