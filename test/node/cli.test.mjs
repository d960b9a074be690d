// The plan-viz command line tool, run in Node with files from examples/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { importSource } from './bundle.mjs';

const { main } = await importSource('src/cli/main.ts');

function fakeIO(env = { LANG: 'ja_JP.UTF-8' }) {
  const out = [];
  const err = [];
  const written = new Map();
  return {
    out,
    err,
    written,
    io: {
      readFile: (path) => readFile(new URL(`../../${path}`, import.meta.url), 'utf8'),
      writeFile: async (path, content) => void written.set(path, content),
      stdout: (line) => out.push(line),
      stderr: (line) => err.push(line),
      env,
    },
  };
}

test('validate: valid plans exit 0 and say so in the language of LANG', async () => {
  const t = fakeIO();
  const code = await main(['validate', 'examples/iwaki-chiiki-fukushi.plan.json', 'examples/english-sample.plan.json'], t.io);
  assert.equal(code, 0);
  assert.deepEqual(t.out, ['✓ examples/iwaki-chiiki-fukushi.plan.json: 問題はありません', '✓ examples/english-sample.plan.json: 問題はありません']);
});

test('validate: an invalid plan exits 1 and lists each problem with its JSON Pointer', async () => {
  const t = fakeIO({ LANG: 'C' });
  const code = await main(['validate', 'examples/iwaki-chiiki-fukushi.plan.json', 'examples/broken/duplicate-id.broken.json'], t.io);
  assert.equal(code, 1);
  assert.equal(t.out[1], '✗ examples/broken/duplicate-id.broken.json: 1 problem');
  assert.match(t.out[2], /^ {2}\/goals\/0\/children\/1\/id {2}Duplicate id "1-1"/);
});

test('validate: a missing file and a file that is not JSON are reported, not thrown', async () => {
  const t = fakeIO({ LANG: 'en_US.UTF-8' });
  const code = await main(['validate', 'examples/nope.json', 'README.md'], t.io);
  assert.equal(code, 1);
  assert.match(t.err[0], /^✗ examples\/nope\.json: cannot read it/);
  assert.match(t.err[1], /^✗ README\.md: not valid JSON/);
});

test('no command prints the usage; an unknown command exits 2', async () => {
  const t = fakeIO({});
  assert.equal(await main([], t.io), 0);
  assert.match(t.err[0], /plan-viz validate FILE/);
  assert.equal(await main(['draw'], fakeIO({}).io), 2);
});
