// npm run lint: ESLint over src/ and stories/ with tools/lint's own packages (ESLint 9, typescript-eslint's
// parser with TypeScript 5.9: the project's TypeScript 7 has no JS API for it). Installs them with
// `npm ci --prefix tools/lint` first when they are missing or were installed from another tools/lint/package-lock.json,
// so a fresh clone's `npm ci && npm test` works. Extra arguments go to ESLint (e.g. --fix, a file).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = join(here, '../..');
const lock = join(here, 'package-lock.json');
const stamp = join(here, 'node_modules/.installed-from');
const run = (cmd, args, cwd) => {
  const r = spawnSync(cmd, args, { cwd, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
const lockHash = createHash('sha256').update(readFileSync(lock)).digest('hex');
if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== lockHash) {
  run('npm', ['ci', '--prefix', here, '--no-audit', '--no-fund', '--loglevel=error'], root);
  writeFileSync(stamp, lockHash);
}
const args = process.argv.slice(2);
run(
  process.execPath,
  [
    join(here, 'node_modules/eslint/bin/eslint.js'),
    '--config',
    join(here, 'eslint.config.mjs'),
    '--max-warnings',
    '0',
    ...(args.some((a) => !a.startsWith('-')) ? args : [...args, 'src', 'stories']),
  ],
  root,
);
