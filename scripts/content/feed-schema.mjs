#!/usr/bin/env node
// The JSON Schema of the <nb-trial-list> feed, generated from the valibot schema the element
// validates with, so the published file cannot drift from the code.
//   node scripts/content/feed-schema.mjs          check schema/trials-feed.schema.json is up to date
//   node scripts/content/feed-schema.mjs --write  regenerate it
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { toJsonSchema } from '@valibot/to-json-schema';
import ts from 'typescript';

const FILE = 'schema/trials-feed.schema.json';
const SOURCE = 'src/elements/nb-trial-list/feed-schema.ts';

// feed-schema.ts imports only valibot: transpile it alone and load it (from .tmp/, which still
// resolves valibot from this project's node_modules).
const { outputText } = ts.transpileModule(readFileSync(SOURCE, 'utf8'), {
  compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
});
mkdirSync('.tmp', { recursive: true });
const compiled = resolve('.tmp/feed-schema.mjs');
writeFileSync(compiled, outputText);
const { FeedDocumentSchema } = await import(pathToFileURL(compiled).href);

const generated = toJsonSchema(FeedDocumentSchema, { target: 'draft-2020-12' });
const schema = {
  $schema: generated.$schema,
  $id: 'https://unpkg.com/nb-widgets/dist/trials-feed.schema.json',
  title: 'nb-widgets trial feed',
  description:
    'A charity-hosted list of clinical trials for <nb-trial-list src="…">. Each entry is checked on its own: invalid entries are skipped, valid ones shown. See docs/trials-feed.md.',
  ...Object.fromEntries(Object.entries(generated).filter(([key]) => key !== '$schema')),
};
const text = `${JSON.stringify(schema, null, 2)}\n`;

if (process.argv.includes('--write')) {
  writeFileSync(FILE, text);
  execFileSync(join('node_modules', '.bin', 'prettier'), ['--write', '--log-level', 'warn', FILE]);
  console.log(`feed schema: wrote ${FILE}`);
} else {
  let current;
  try {
    current = JSON.stringify(JSON.parse(readFileSync(FILE, 'utf8')));
  } catch {
    // missing or not JSON: reported below
  }
  // Compared as data: prettier may lay the committed file out differently.
  if (current !== JSON.stringify(schema)) {
    console.error(
      `feed schema: ${FILE} does not match the valibot schema in src/elements/nb-trial-list/feed-schema.ts.\n` +
        'Run `npm run schema:feed` and commit the result.',
    );
    process.exit(1);
  }
  console.log(`feed schema: ${FILE} matches the valibot schema`);
}
