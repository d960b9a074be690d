/** The `plan-viz` command in Node: real files, real exit code, and the SVG of each view drawn from its scene. */
import { readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { main, type CliIO } from './main.js';
import { renderView } from './render-views.js';

const io: CliIO = {
  readFile: (path) => readFile(path, 'utf8'),
  writeFile: (path, content) => writeFile(path, content, 'utf8'),
  // A deck half written (disk full, interrupted) must not be left where the old one was.
  writeBytes: async (path, data) => {
    const temporary = `${path}.${process.pid}.tmp`;
    try {
      await writeFile(temporary, data);
      await rename(temporary, path);
    } catch (error) {
      await rm(temporary, { force: true });
      throw error;
    }
  },
  readBytes: async (path) => new Uint8Array(await readFile(path)),
  async listFolder(path) {
    const info = await stat(path).catch(() => undefined);
    return info?.isDirectory() ? (await readdir(path)).sort() : undefined;
  },
  stdout: (line) => process.stdout.write(`${line}\n`),
  stderr: (line) => process.stderr.write(`${line}\n`),
  env: process.env,
};

process.exitCode = await main(process.argv.slice(2), io, renderView);
