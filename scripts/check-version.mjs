#!/usr/bin/env node
// The version the elements report (two-copies warning) must be package.json's.
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const source = readFileSync('src/internal/version.ts', 'utf8');
const m = /VERSION = '([^']+)'/.exec(source);
if (!m || m[1] !== pkg.version) {
  console.error(
    `src/internal/version.ts says ${m?.[1]}, package.json says ${pkg.version}: make them equal.`,
  );
  process.exit(1);
}
console.log(`version: ${pkg.version} (package.json = src/internal/version.ts)`);
