// Dev-server middleware for test/robustness/src-faults.test.ts: every way a plan URL can let a
// page down. GET /__faults/<kind>[?delay=ms][&file=<example name>]
//   404, 500           the status, with an HTML body
//   plan               examples/<file>.plan.json (default iwaki-chiiki-fukushi), after `delay` ms
//   not-json           200 with an HTML maintenance page
//   empty              200 with no body
//   truncated          the first 4,000 characters of a valid plan
//   not-a-plan         valid JSON that is no plan (an array)
//   deep               a plan whose children nest 20,000 levels deep
//   big                a valid 20 MB plan (2,000 measures with long descriptions)
//   big-invalid        a 20 MB document with a problem in every node
//   reset              the connection is closed without a response (a network error)
import { readFileSync } from 'node:fs';

const examples = new URL('../../examples/', import.meta.url);
const cache = new Map();

function example(name) {
  const safe = /^[a-z0-9-]+$/.test(name) ? name : 'iwaki-chiiki-fukushi';
  return readFileSync(new URL(`${safe}.plan.json`, examples), 'utf8');
}

/** A valid plan of about `bytes` bytes: 20 goals × 100 measures, each with a long description. */
function bigPlan(bytes, valid) {
  const measures = 2000;
  const description = '地域の見守り活動を支える担い手の育成と、相談窓口の周知を進めます。'.repeat(Math.ceil(bytes / measures / 96));
  const goals = Array.from({ length: 20 }, (_, g) => ({
    id: `${g + 1}`,
    label: `基本目標${g + 1}`,
    title: `目標 ${g + 1}：誰もが安心して暮らせる地域づくり`,
    children: Array.from({ length: measures / 20 }, (_, m) => ({
      id: `${g + 1}-${m + 1}`,
      label: `施策 ${g + 1}-${m + 1}`,
      title: valid ? `見守り体制の整備 ${m + 1}` : m,
      description,
    })),
  }));
  return JSON.stringify({
    schemaVersion: 1,
    plan: { id: 'big-plan', title: '20 MB の計画' },
    levels: ['基本目標', '施策'],
    vision: { label: '基本理念', text: '大きな計画' },
    goals,
  });
}

/** Written out by hand: JSON.stringify itself recurses too deep for this. */
function deepPlan(depth) {
  let open = '';
  for (let i = 1; i < depth; i++) open += `{"id":"n${i}","title":"第${i}層","children":[`;
  const node = `${open}{"id":"n${depth}","title":"最も深い施策"}${']}'.repeat(depth - 1)}`;
  return `{"schemaVersion":1,"plan":{"id":"deep","title":"深い計画"},"vision":{"text":"深さ"},"goals":[${node}]}`;
}

function generated(kind) {
  if (!cache.has(kind)) {
    if (kind === 'big') cache.set(kind, bigPlan(20_000_000, true));
    if (kind === 'big-invalid') cache.set(kind, bigPlan(20_000_000, false));
    if (kind === 'deep') cache.set(kind, deepPlan(20_000));
  }
  return cache.get(kind);
}

export async function faults(context, next) {
  if (!context.path.startsWith('/__faults/')) return next();
  const kind = context.path.slice('/__faults/'.length);
  const delay = Math.min(10_000, Math.max(0, Number(context.query.delay) || 0));
  if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
  context.set('Cache-Control', 'no-store');
  switch (kind) {
    case '404':
    case '500':
      context.status = Number(kind);
      context.type = 'text/html';
      context.body = `<!doctype html><title>${kind}</title><h1>${kind}</h1>`;
      return;
    case 'plan':
      context.type = 'application/json';
      context.body = example(String(context.query.file ?? ''));
      return;
    case 'not-json':
      context.type = 'text/html';
      context.body = '<!doctype html><html lang="ja"><title>メンテナンス中</title><p>ただいまメンテナンス中です。</p></html>';
      return;
    case 'empty':
      context.status = 200;
      context.type = 'application/json';
      context.body = '';
      return;
    case 'truncated':
      context.type = 'application/json';
      context.body = example('iwaki-chiiki-fukushi').slice(0, 4000);
      return;
    case 'not-a-plan':
      context.type = 'application/json';
      context.body = '[1, 2, 3]';
      return;
    case 'deep':
    case 'big':
    case 'big-invalid':
      context.type = 'application/json';
      context.body = generated(kind);
      return;
    case 'reset':
      context.respond = false;
      context.req.socket.destroy();
      return;
    default:
      return next();
  }
}
