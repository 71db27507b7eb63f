#!/usr/bin/env node
// npx nb-widgets prerender [options] [in.html] > out.html
// Replaces each nb- element in an HTML file with its server-rendered form (declarative shadow
// DOM), keeping the rest of the file as it was. See docs/ssr.md.
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const usage = `Usage: nb-widgets prerender [--locale <tag>] [--dir ltr|rtl] [--base-url <url>] [--out <file>] [<in.html>]

Writes <in.html> (or standard input) with every nb- element server-rendered, to standard
output or --out. Elements use their own or an ancestor's lang; --locale is the default.
--base-url is the page's address, for relative links in attributes.`;

function fail(message) {
  process.stderr.write(`nb-widgets: ${message}\n\n${usage}\n`);
  process.exit(2);
}

const [command, ...rest] = process.argv.slice(2);
if (command === '--help' || command === '-h' || command === undefined) {
  process.stdout.write(`${usage}\n`);
  process.exit(command === undefined ? 2 : 0);
}
if (command !== 'prerender') fail(`unknown command "${command}"`);

let parsed;
try {
  parsed = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      locale: { type: 'string' },
      dir: { type: 'string' },
      'base-url': { type: 'string' },
      out: { type: 'string', short: 'o' },
    },
  });
} catch (error) {
  fail(error.message);
}
const { values, positionals } = parsed;
if (positionals.length > 1) fail('give one input file');
if (values['base-url'] !== undefined && !URL.canParse(values['base-url']))
  fail(`--base-url must be an absolute URL, not "${values['base-url']}"`);
if (values.dir !== undefined && values.dir !== 'ltr' && values.dir !== 'rtl')
  fail(`--dir must be ltr or rtl, not "${values.dir}"`);

const file = positionals[0];
let input;
try {
  input = readFileSync(file === undefined || file === '-' ? 0 : file, 'utf8');
} catch (error) {
  fail(`cannot read ${file}: ${error.message}`);
}

// The package's own entry (a self-reference): the same file in this repository and when installed.
const { prerenderHtml } = await import('nb-widgets/ssr');
const output = await prerenderHtml(input, {
  locale: values.locale,
  dir: values.dir,
  baseUrl: values['base-url'],
});
if (values.out) writeFileSync(values.out, output);
else process.stdout.write(output);
