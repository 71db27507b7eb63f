#!/usr/bin/env node
// npm run new:element -- nb-<name>: starts a new element the way the others are built, ready for
// `npm test` as written (test/node/new-element.test.mjs proves it on a temp copy):
//
//   src/elements/<tag>/<tag>.ts          the class (extends NbElement, never registers itself)
//   src/elements/<tag>/<tag>.styles.ts   its css``
//   src/elements/<tag>/define.ts         registers it (the only side effect)
//   stories/<tag>.stories.ts             its Storybook page
//   test/<tag>.test.ts                   its browser tests
//   test/a11y/elements.ts                its entry in the shared accessibility suite
//   test/embed/elements.mjs              its entry in the embed tests (CDN, CSP, React, Vue …)
//   src/index.ts                         registered and exported by the all-in-one entry
//   src/autoloader.ts                    in the CDN autoloader's map (its nb-<name>.js file)
//   src/internal/tags.ts                 in the one list of tags (server renderer, stories)
//   package.json                         exports and sideEffects (scripts/build/package-exports.mjs)
//
// The build, custom-elements.json, the JSX types and the CDN entries (nb-widgets.js,
// nb-<name>.js) pick the new folder up by themselves. The element starts as a themed box around the partner's own content:
// no text of its own, so no content unit waits for a translation. What to do next is printed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository this script lives in (a temp copy in the generator's own test). */
const root = fileURLToPath(new URL('../..', import.meta.url));

/** Lower-case words joined by single hyphens, after `nb-`: what the other tags look like. */
const TAG = /^nb-[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/**
 * Why `tag` cannot be a new element's name, or undefined if it can.
 * @param {string | undefined} tag
 * @param {string} [repo]
 */
export function refusal(tag, repo = root) {
  if (!tag) return 'Name the element: npm run new:element -- nb-<name> (for example nb-example).';
  if (!tag.startsWith('nb-'))
    return `"${tag}" does not start with "nb-": every element of this library is an nb- element (nb-${tag.replace(/^[^a-z]+/i, '').toLowerCase() || 'example'}).`;
  if (!TAG.test(tag))
    return `"${tag}" is not a valid name: use lower-case letters and digits in words joined by single hyphens, after "nb-" (for example nb-example or nb-side-effects).`;
  if (existsSync(join(repo, 'src', 'elements', tag)))
    return `<${tag}> exists already (src/elements/${tag}/). Pick another name.`;
  for (const file of ['src/index.ts', 'test/a11y/elements.ts', 'test/embed/elements.mjs']) {
    if (readFileSync(join(repo, file), 'utf8').includes(`'${tag}'`))
      return `<${tag}> is already named in ${file}. Pick another name.`;
  }
  return undefined;
}

/** `nb-side-effects` → `{ className: 'NbSideEffects', camel: 'sideEffects', title: 'Side effects' }` */
export function namesOf(tag) {
  const words = tag.slice(3).split('-');
  const cap = (w) => w.charAt(0).toUpperCase() + w.slice(1);
  return {
    tag,
    className: `Nb${words.map(cap).join('')}`,
    camel: words[0] + words.slice(1).map(cap).join(''),
    title: cap(words.join(' ')),
  };
}

/** The new files, by path from the repository root. */
export function files({ tag, className, camel, title }) {
  return {
    [`src/elements/${tag}/${tag}.ts`]: `import { html, type TemplateResult } from 'lit';
import { themeStyles } from '../../internal/theme.styles.js';
import { NbElement } from '../../common/nb-element.js';
import { ${camel}Styles } from './${tag}.styles.js';

/**
 * ${title}: the partner's own content in a box that follows the nb- theme, the page's language
 * and direction. (Written by \`npm run new:element\`: say here what the element shows and for whom.)
 * Text of its own goes through a content unit in \`src/content/\` (with its fact IDs) and \`msg()\`.
 *
 * @tagname ${tag}
 * @summary The partner's content in a themed box.
 *
 * @slot - The partner's content.
 *
 * @csspart base - The box around the content.
 * @csspart locale-note - The "translation not yet checked" note.
 *
 * @cssprop --nb-color-text - Text colour.
 * @cssprop --nb-color-surface - Background colour.
 * @cssprop --nb-color-border - Border colour.
 * @cssprop --nb-font-family - Font stack.
 * @cssprop --nb-radius - Corner radius.
 * @cssprop --nb-space - Base spacing: the padding inside the box.
 */
export class ${className} extends NbElement {
  static override styles = [themeStyles, ${camel}Styles];

  protected override render(): TemplateResult {
    return html\`<div class="nb-root base" part="base" lang=\${this.rootLang} dir=\${this.rootDir}>
      <slot></slot>
      \${this.renderLocaleNote()}
    </div>\`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    '${tag}': ${className};
  }
}
`,
    [`src/elements/${tag}/${tag}.styles.ts`]: `import { css } from 'lit';

export const ${camel}Styles = css\`
  .base {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  ::slotted(:first-child) {
    margin-block-start: 0;
  }
  ::slotted(:last-child) {
    margin-block-end: 0;
  }
\`;
`,
    [`src/elements/${tag}/define.ts`]: `import { defineElement } from '../../internal/define.js';
import { ${className} } from './${tag}.js';

defineElement('${tag}', ${className});

export { ${className} };
`,
    [`stories/${tag}.stories.ts`]: `import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/elements/${tag}/define.js';
import { partnerSource } from './partner-code.js';

interface ${className}Args {
  theme?: 'light' | 'dark' | 'auto';
}

const meta: Meta<${className}Args> = {
  title: 'Elements/${title}',
  component: '${tag}',
  tags: ['autodocs'],
  parameters: {
    docs: {
      source: partnerSource('${tag}'),
      description: {
        component: 'Your own content in a box that follows the nb- theme and the page’s direction.',
      },
    },
  },
  argTypes: { theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] } },
  render: (args) =>
    html\`<${tag} theme=\${ifDefined(args.theme)}>
      <p>Your own words go here.</p>
    </${tag}>\`,
};
export default meta;

type Story = StoryObj<${className}Args>;

export const Default: Story = {};

/** The dark theme, for dark pages. */
export const Dark: Story = { args: { theme: 'dark' } };

/** A right-to-left page. */
export const RightToLeft: Story = {
  parameters: { partner: { around: { dir: 'rtl' } } },
  render: () =>
    html\`<div dir="rtl">
      <${tag}><p>Your own words go here.</p></${tag}>
    </div>\`,
};
`,
    [`test/${tag}.test.ts`]: `import { expect, fixture, html } from '@open-wc/testing';
import '../src/elements/${tag}/define.js';
import { ${className} } from '../src/elements/${tag}/${tag}.js';
import { captureWarnings, shadow } from './helpers.js';

const base = (el: ${className}) => shadow(el).querySelector<HTMLElement>('[part="base"]')!;

describe('<${tag}>', () => {
  it('is registered by its define module, with its class', () => {
    expect(customElements.get('${tag}')).to.equal(${className});
  });

  it('shows the partner’s content inside its box', async () => {
    const el = await fixture<${className}>(html\`<${tag}><p>Our own words</p></${tag}>\`);
    const slot = base(el).querySelector('slot')!;
    const shown = slot.assignedElements().map((e) => e.textContent);
    expect(shown).to.deep.equal(['Our own words']);
    expect(el.getBoundingClientRect().height).to.be.greaterThan(0);
  });

  it('takes the page’s direction and renders in English until a translation is asked for', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html\`<div dir="rtl"><${tag}><p>words</p></${tag}></div>\`,
    );
    const el = wrapper.querySelector('${tag}')!;
    await el.updateComplete;
    expect(base(el).getAttribute('dir')).to.equal('rtl');
    expect(base(el).getAttribute('lang')).to.equal('en-GB');
  });

  it('falls back to the light theme on an unknown theme, with one warning naming it', async () => {
    const warnings = captureWarnings();
    try {
      const el = await fixture<${className}>(html\`<${tag} theme="neon"><p>words</p></${tag}>\`);
      expect(getComputedStyle(base(el)).colorScheme).to.equal('light');
      expect(warnings.messages).to.have.length(1);
      expect(warnings.messages[0]).to.contain('${tag}').and.contain('theme').and.contain('neon');
    } finally {
      warnings.restore();
    }
  });

  it('follows theme="dark"', async () => {
    const el = await fixture<${className}>(html\`<${tag} theme="dark"><p>words</p></${tag}>\`);
    expect(getComputedStyle(base(el)).colorScheme).to.equal('dark');
  });
});
`,
  };
}

/** The shared accessibility suite's entry (test/a11y/elements.ts). */
const a11yEntry = ({ tag, camel }) => `export const ${camel}: A11yEntry = {
  tag: '${tag}',
  define: () => import('../../src/elements/${tag}/define.js'),
  fixtures: [
    {
      name: 'a partner paragraph',
      create: () => {
        const el = make('${tag}');
        const p = document.createElement('p');
        p.textContent = 'Our own words, in a box that follows the page.';
        el.append(p);
        return el;
      },
    },
  ],
};

`;

/** The embed tests' entry (test/embed/elements.mjs). */
const embedEntry = ({ tag }) => `  {
    tag: '${tag}',
    snippet: \`<${tag}>
  <p>Our own words, in a box that follows the page.</p>
</${tag}>\`,
    // The partner's own words, slotted into the box.
    text: ['Our own words'],
    partnerText: true,
    framework: { children: '<p>Our own words, in a box that follows the page.</p>' },
  },
`;

/**
 * Inserts `text` into `source` before the first match of `anchor` (a string or RegExp), or
 * throws naming `file` when the anchor is missing (the file changed shape: fix this script).
 */
function insertBefore(file, source, anchor, text) {
  const at = typeof anchor === 'string' ? source.indexOf(anchor) : source.search(anchor);
  if (at < 0)
    throw new Error(
      `new-element: ${file} no longer has ${anchor}; update scripts/build/new-element.mjs.`,
    );
  return source.slice(0, at) + text + source.slice(at);
}

/** The registrations the new element needs, as whole new file contents by path. */
export function edits(names, read) {
  const { tag, className, camel } = names;
  const out = {};

  let index = read('src/index.ts');
  const lastDefine = [...index.matchAll(/^import '\.\/elements\/[^']+\/define\.js';\n/gm)].at(-1);
  if (!lastDefine)
    throw new Error(
      'new-element: src/index.ts imports no define.js; update scripts/build/new-element.mjs.',
    );
  const afterDefines = lastDefine.index + lastDefine[0].length;
  index =
    index.slice(0, afterDefines) +
    `import './elements/${tag}/define.js';\n` +
    index.slice(afterDefines);
  out['src/index.ts'] = insertBefore(
    'src/index.ts',
    index,
    /^export \{ VERSION \}/m,
    `export { ${className} } from './elements/${tag}/${tag}.js';\n`,
  );

  // The CDN autoloader's map (src/autoloader.ts): the new tag loads its nb-<name>.js on demand.
  out['src/autoloader.ts'] = insertBefore(
    'src/autoloader.ts',
    read('src/autoloader.ts'),
    /^\} satisfies Record<ElementTag, Loader>;/m,
    `  '${tag}': () => import('./elements/${tag}/define.js'),\n`,
  );

  // The one list of tags (src/internal/tags.ts) the server renderer, the autoloader and the
  // stories read.
  out['src/internal/tags.ts'] = insertBefore(
    'src/internal/tags.ts',
    read('src/internal/tags.ts'),
    /^\] as const;/m,
    `  '${tag}',\n`,
  );

  let a11y = read('test/a11y/elements.ts');
  a11y = insertBefore(
    'test/a11y/elements.ts',
    a11y,
    '/** Every element the suite covers. */',
    a11yEntry(names),
  );
  out['test/a11y/elements.ts'] = insertBefore(
    'test/a11y/elements.ts',
    a11y,
    /(?<=export const a11yElements: readonly A11yEntry\[\] = \[[^\]]*)\];/,
    `  ${camel},\n`,
  );

  // The entries array is the file's last statement: the new entry goes before its last `];`.
  const embed = read('test/embed/elements.mjs');
  out['test/embed/elements.mjs'] = insertBefore(
    'test/embed/elements.mjs',
    embed,
    /^\];\s*$(?![^]*^\];)/m,
    embedEntry(names),
  );
  return out;
}

function main() {
  const tag = process.argv[2];
  const why = refusal(tag);
  if (why) {
    console.error(`new-element: ${why}`);
    process.exit(1);
  }
  const names = namesOf(tag);
  const read = (file) => readFileSync(join(root, file), 'utf8');
  // Every edit is worked out before anything is written: a missing anchor changes nothing.
  const all = { ...files(names), ...edits(names, read) };
  for (const [file, text] of Object.entries(all)) {
    const path = join(root, file);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  }
  const exportsRun = spawnSync(process.execPath, ['scripts/build/package-exports.mjs', '--write'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (exportsRun.status !== 0) process.exit(exportsRun.status ?? 1);
  // The repository's own formatting, so \`prettier --check .\` passes as generated.
  const prettier = join(root, 'node_modules', '.bin', 'prettier');
  const paths = [...Object.keys(all), 'package.json'];
  const formatted = spawnSync(prettier, ['--write', '--log-level', 'warn', ...paths], {
    cwd: root,
    stdio: 'inherit',
  });
  if (formatted.status !== 0) process.exit(formatted.status ?? 1);

  console.log(`new-element: <${tag}> (${names.className}) written:`);
  for (const file of Object.keys(all)) console.log(`  ${relative(root, join(root, file))}`);
  console.log('  package.json (exports, sideEffects)');
  console.log(`
Next:
  npx web-test-runner test/${tag}.test.ts      its tests (then the whole suite with npm test)
  Say what it shows in the class's JSDoc and the story's description.
  Text of its own: a content unit in src/content/ with its fact IDs, msg(…, { id, desc }),
    npm run locale:extract and the es, cy and ar targets (TRANSLATING.md).
  Content from the fact sheet: credit it with renderCredits (src/common/credits.ts).
  A light-DOM fallback for the partner's snippet: fallbackLines() in scripts/build/lib/snippets.mjs.
  README.md's list of elements, CHANGELOG.md, and a size budget in scripts/build/size.mjs if it
    needs more than the default.`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
