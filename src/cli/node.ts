/** The `plan-viz` command in Node: real files, real exit code, and SVG drawn by the elements themselves. */
import { readFile, writeFile } from 'node:fs/promises';
import { renderPlanSvg } from '../export/render-node.js';
import { main, type CliIO } from './main.js';

const io: CliIO = {
  readFile: (path) => readFile(path, 'utf8'),
  writeFile: (path, content) => writeFile(path, content, 'utf8'),
  stdout: (line) => process.stdout.write(`${line}\n`),
  stderr: (line) => process.stderr.write(`${line}\n`),
  env: process.env,
};

process.exitCode = await main(process.argv.slice(2), io, renderPlanSvg);
