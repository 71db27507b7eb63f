// Shared pieces of the benchmarks: the system Chromium and the statistics every table reports
// (median and spread over repeated runs). Pages are served by scripts/test/lib/static-server.mjs.
import { launchChromium } from '../scripts/test/lib/chromium.mjs';

export async function launch() {
  return launchChromium(['--js-flags=--expose-gc']);
}

/** Median, min and max of a list of numbers. */
export function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median, min: sorted[0], max: sorted.at(-1), runs: sorted.length };
}

/** Prints a table of rows (objects with the same keys). */
export function table(title, rows) {
  console.log(`\n${title}`);
  const keys = Object.keys(rows[0] ?? {});
  const widths = keys.map((k) => Math.max(k.length, ...rows.map((r) => String(r[k]).length)));
  const line = (cells) => cells.map((c, i) => String(c).padEnd(widths[i])).join('  ');
  console.log(line(keys));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const r of rows) console.log(line(keys.map((k) => r[k])));
}

export const fmt = (n, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : String(n));
