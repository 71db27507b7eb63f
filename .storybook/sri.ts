/// <reference types="vite/client" />
// The build's Subresource Integrity values (dist/cdn/sri.json, written by `npm run build`) and
// the package version, for the snippet builder and the stories' "Show code". Absent before the
// first build: snippets then carry no integrity and say how to get it.
import pkg from '../package.json';

const found = import.meta.glob<Record<string, string>>('../dist/cdn/sri.json', {
  eager: true,
  import: 'default',
});

/** File under dist/cdn (e.g. `nb-widgets.js`) → `sha384-…`; empty before a build. */
export const sri: Record<string, string> = Object.values(found)[0] ?? {};

export const version: string = pkg.version;
