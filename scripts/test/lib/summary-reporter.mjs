// A node:test reporter that prints one closing line, "N passed, N failed", from the runner's own
// totals (a file that fails to load counts as failed, and so does a cancelled test). The
// pipeline (scripts/test/pipeline.mjs) reads that line for its count. Use it beside a reporter that
// shows each test:
//   node --test --test-reporter=spec --test-reporter-destination=stdout \
//     --test-reporter=./scripts/test/lib/summary-reporter.mjs --test-reporter-destination=stdout …
export default async function* summaryReporter(source) {
  const totals = { pass: 0, fail: 0, cancelled: 0 };
  for await (const event of source) {
    if (event.type !== 'test:diagnostic' || event.data.nesting !== 0) continue;
    const m = /^(pass|fail|cancelled) (\d+)$/.exec(event.data.message);
    if (m) totals[m[1]] = Number(m[2]);
  }
  yield `\n${totals.pass} passed, ${totals.fail + totals.cancelled} failed\n`;
}
