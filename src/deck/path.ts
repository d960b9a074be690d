/**
 * SVG path data (d3-shape's output) as DrawingML path commands: moveTo, lnTo, cubicBezTo,
 * quadBezTo, close. Elliptical arcs become cubic Béziers (at most a quarter turn each), which
 * every reader draws the same; DrawingML's own arcTo starts from angles that PowerPoint and
 * LibreOffice round differently.
 */

export type PathCommand = { op: 'M' | 'L'; pts: [number, number][] } | { op: 'C'; pts: [number, number][] } | { op: 'Q'; pts: [number, number][] } | { op: 'Z'; pts: [] };

const TOKEN = /[MLHVCSQTAZmlhvcsqtaz]|[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?/g;

/** The path's commands in absolute coordinates; throws on a number that is not finite or a command it does not know. */
export function parsePath(d: string): PathCommand[] {
  const tokens = d.match(TOKEN) ?? [];
  const out: PathCommand[] = [];
  let i = 0;
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  let command = '';
  const num = (): number => {
    const t = tokens[i++];
    const n = Number(t);
    if (t === undefined || !Number.isFinite(n)) throw new Error(`path: a number is missing or not finite in "${d.slice(0, 80)}"`);
    return n;
  };
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (/^[a-zA-Z]$/.test(t)) {
      command = t;
      i++;
      if (command === 'Z' || command === 'z') {
        out.push({ op: 'Z', pts: [] });
        x = startX;
        y = startY;
        continue;
      }
    } else if (command === '') {
      throw new Error(`path: data must start with a command in "${d.slice(0, 80)}"`);
    }
    const rel = command === command.toLowerCase();
    const ox = rel ? x : 0;
    const oy = rel ? y : 0;
    switch (command.toUpperCase()) {
      case 'M': {
        x = ox + num();
        y = oy + num();
        startX = x;
        startY = y;
        out.push({ op: 'M', pts: [[x, y]] });
        // Further pairs after a moveto are lineto.
        command = rel ? 'l' : 'L';
        break;
      }
      case 'L':
        x = ox + num();
        y = oy + num();
        out.push({ op: 'L', pts: [[x, y]] });
        break;
      case 'H':
        x = ox + num();
        out.push({ op: 'L', pts: [[x, y]] });
        break;
      case 'V':
        y = (rel ? y : 0) + num();
        out.push({ op: 'L', pts: [[x, y]] });
        break;
      case 'C': {
        const p: [number, number][] = [
          [ox + num(), oy + num()],
          [ox + num(), oy + num()],
          [ox + num(), oy + num()],
        ];
        out.push({ op: 'C', pts: p });
        [x, y] = p[2]!;
        break;
      }
      case 'Q': {
        const p: [number, number][] = [
          [ox + num(), oy + num()],
          [ox + num(), oy + num()],
        ];
        out.push({ op: 'Q', pts: p });
        [x, y] = p[1]!;
        break;
      }
      case 'A': {
        const rx = num();
        const ry = num();
        const rotation = num();
        const large = num() !== 0;
        const sweep = num() !== 0;
        const x2 = ox + num();
        const y2 = oy + num();
        for (const curve of arcToCubics(x, y, rx, ry, rotation, large, sweep, x2, y2)) out.push({ op: 'C', pts: curve });
        x = x2;
        y = y2;
        break;
      }
      default:
        throw new Error(`path: command ${command} is not supported`);
    }
  }
  return out;
}

/**
 * An SVG arc (endpoint form) as cubic Béziers, after the SVG specification's implementation notes
 * (F.6.5 centre parameterization, F.6.6 radii correction), a quarter turn or less per curve.
 */
export function arcToCubics(x1: number, y1: number, rxIn: number, ryIn: number, rotationDeg: number, large: boolean, sweep: boolean, x2: number, y2: number): [number, number][][] {
  if (x1 === x2 && y1 === y2) return [];
  let rx = Math.abs(rxIn);
  let ry = Math.abs(ryIn);
  if (rx === 0 || ry === 0)
    return [
      [
        [x1, y1],
        [x2, y2],
        [x2, y2],
      ],
    ];
  const phi = (rotationDeg * Math.PI) / 180;
  const cos = Math.cos(phi);
  const sin = Math.sin(phi);
  const dx = (x1 - x2) / 2;
  const dy = (y1 - y2) / 2;
  const x1p = cos * dx + sin * dy;
  const y1p = -sin * dx + cos * dy;
  const lambda = (x1p * x1p) / (rx * rx) + (y1p * y1p) / (ry * ry);
  if (lambda > 1) {
    rx *= Math.sqrt(lambda);
    ry *= Math.sqrt(lambda);
  }
  const num = rx * rx * ry * ry - rx * rx * y1p * y1p - ry * ry * x1p * x1p;
  const den = rx * rx * y1p * y1p + ry * ry * x1p * x1p;
  let k = Math.sqrt(Math.max(0, num / den));
  if (large === sweep) k = -k;
  const cxp = (k * rx * y1p) / ry;
  const cyp = (-k * ry * x1p) / rx;
  const cx = cos * cxp - sin * cyp + (x1 + x2) / 2;
  const cy = sin * cxp + cos * cyp + (y1 + y2) / 2;
  const angle = (ux: number, uy: number, vx: number, vy: number): number => {
    const a = Math.atan2(ux * vy - uy * vx, ux * vx + uy * vy);
    return a;
  };
  const theta1 = angle(1, 0, (x1p - cxp) / rx, (y1p - cyp) / ry);
  let delta = angle((x1p - cxp) / rx, (y1p - cyp) / ry, (-x1p - cxp) / rx, (-y1p - cyp) / ry);
  if (!sweep && delta > 0) delta -= 2 * Math.PI;
  if (sweep && delta < 0) delta += 2 * Math.PI;
  const segments = Math.max(1, Math.ceil(Math.abs(delta) / (Math.PI / 2) - 1e-9));
  const step = delta / segments;
  const t = (4 / 3) * Math.tan(step / 4);
  const point = (a: number): [number, number] => {
    const ex = rx * Math.cos(a);
    const ey = ry * Math.sin(a);
    return [cx + cos * ex - sin * ey, cy + sin * ex + cos * ey];
  };
  const derivative = (a: number): [number, number] => {
    const ex = -rx * Math.sin(a);
    const ey = ry * Math.cos(a);
    return [cos * ex - sin * ey, sin * ex + cos * ey];
  };
  const curves: [number, number][][] = [];
  let a = theta1;
  for (let s = 0; s < segments; s++) {
    const b = a + step;
    const p0 = point(a);
    const p3 = s === segments - 1 ? ([x2, y2] as [number, number]) : point(b);
    const d0 = derivative(a);
    const d3 = derivative(b);
    curves.push([[p0[0] + t * d0[0], p0[1] + t * d0[1]], [p3[0] - t * d3[0], p3[1] - t * d3[1]], p3]);
    a = b;
  }
  return curves;
}
