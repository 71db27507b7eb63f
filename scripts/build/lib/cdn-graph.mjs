// The import graph of the CDN build (dist/cdn): which chunk files each entry imports statically
// (so a page needs them before the element runs: <link rel="modulepreload"> candidates) and which
// it may import later (translations, popup positioning, date data …). Read from the minified files.
import { readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';

const STATIC =
  /(?:^|[;}\s])import\s*(?:[\w${},*\s]+from\s*)?["']([^"']+)["']|export\s*(?:\*|\{[^}]*\})\s*from\s*["']([^"']+)["']/g;
const DYNAMIC = /import\(\s*["']([^"']+)["']\s*\)/g;

/** Paths (relative to `root`) that `file` (relative to `root`) imports statically / dynamically. */
export function importsOf(root, file) {
  const code = readFileSync(join(root, file), 'utf8');
  const rel = (spec) => normalize(relative(root, join(root, dirname(file), spec)));
  const statics = [...code.matchAll(STATIC)].map((m) => rel(m[1] ?? m[2]));
  const dynamics = [...code.matchAll(DYNAMIC)].map((m) => rel(m[1]));
  return { statics: [...new Set(statics)], dynamics: [...new Set(dynamics)] };
}

/** `entry` and every file it imports statically, transitively, in load order (entry first). */
export function staticClosure(root, entry) {
  const seen = [];
  const visit = (file) => {
    if (seen.includes(file)) return;
    seen.push(file);
    for (const dep of importsOf(root, file).statics) visit(dep);
  };
  visit(entry);
  return seen;
}
