// Scenario 4: gzip and brotli sizes of the CDN bundle and of each element, next to Lit's own
// floor (LitElement + html/css + the decorators we use, minified), so the table shows our overhead.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { measure, minifiedBundle, printSizes, sizeRows } from '../scripts/build/size.mjs';

export async function benchBundle() {
  // Inside the project, so `lit` resolves from its node_modules.
  const dir = '.tmp/bench';
  mkdirSync(dir, { recursive: true });
  const entry = join(dir, 'lit-floor.js');
  writeFileSync(
    entry,
    "export { LitElement, html, css, nothing } from 'lit';\nexport { property, state } from 'lit/decorators.js';\n",
  );
  const litFloor = measure(
    'Lit alone (floor, minified)',
    await minifiedBundle(entry, { external: null }),
    undefined,
  );
  const rows = [litFloor, ...(await sizeRows())];
  console.log('\n4. Bundle sizes (minified; gzip -9 and brotli)');
  printSizes(rows);
  const cdn = rows.find((r) => r.name.startsWith('dist/cdn/nb-widgets.js'));
  console.log(
    `our overhead over Lit in the CDN drop-in: ${((cdn.gzip - litFloor.gzip) / 1024).toFixed(1)} KB gzip`,
  );
  return { rows, overheadGzip: cdn.gzip - litFloor.gzip };
}
