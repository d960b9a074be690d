// A @web/test-runner reporter that prints, after the run, the slowest test files (wall time from
// INITIALIZING to FINISHED) and the slowest tests (mocha's own duration). Used when WTR_TIMING is set:
// `WTR_TIMING=1 npx wtr` (the numbers are for finding slow tests, never asserted: shared machines are noisy).
import { writeFileSync } from 'node:fs';

export function timingReporter({ top = 15, out = process.env.WTR_TIMING_OUT } = {}) {
  const began = new Map();
  const files = new Map();
  let runStart = 0;
  return {
    start({ sessions, startTime }) {
      runStart = startTime;
      sessions.on('session-status-updated', (session) => {
        if (session.status !== 'SCHEDULED' && !began.has(session.id)) began.set(session.id, Date.now());
        if (session.status === 'FINISHED') files.set(session.testFile, { ms: Date.now() - (began.get(session.id) ?? Date.now()), session });
      });
    },
    stop() {
      const rel = (f) => f.replace(process.cwd() + '/', '');
      const tests = [];
      const walk = (suite, prefix, file) => {
        for (const t of suite.tests ?? []) tests.push({ file, name: [...prefix, t.name].join(' › '), ms: t.duration ?? 0, passed: t.passed, skipped: t.skipped });
        for (const s of suite.suites ?? []) walk(s, [...prefix, s.name], file);
      };
      for (const [file, { session }] of files) if (session.testResults) walk(session.testResults, [], rel(file));
      const lines = [];
      lines.push(`wtr: ${files.size} files, ${tests.length} tests, ${((Date.now() - runStart) / 1000).toFixed(1)} s wall`);
      lines.push('files by wall time (s):');
      for (const [file, { ms, session }] of [...files].sort((a, b) => b[1].ms - a[1].ms))
        lines.push(`  ${(ms / 1000).toFixed(1).padStart(6)}  ${rel(file)}${session.passed ? '' : '  FAILED'}`);
      lines.push(`slowest ${top} tests (s):`);
      for (const t of tests.sort((a, b) => b.ms - a.ms).slice(0, top)) lines.push(`  ${(t.ms / 1000).toFixed(1).padStart(6)}  ${t.file} :: ${t.name}`);
      const text = lines.join('\n') + '\n';
      if (out) writeFileSync(out, text);
      console.log(text);
    },
  };
}
