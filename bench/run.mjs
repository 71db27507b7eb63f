#!/usr/bin/env node
// npm run bench: runs every bench, prints their tables, writes bench/results.json (gitignored).
// Not part of npm test: timings depend on the machine.
import { writeFileSync } from 'node:fs';
import { runGlossaryBench } from './glossary.mjs';

const results = [];
for (const bench of [runGlossaryBench]) {
  const result = await bench();
  console.log(`\n${result.table}\n`);
  results.push(result);
}
writeFileSync(
  'bench/results.json',
  `${JSON.stringify({ date: new Date().toISOString(), node: process.version, results }, null, 2)}\n`,
);
console.log('bench: results written to bench/results.json');
