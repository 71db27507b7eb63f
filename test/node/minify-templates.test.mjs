// node --test test/node/ — the build's Lit template minifier (scripts/build/rollup-minify-templates.mjs):
// what it shrinks, and everything it must leave exactly as written.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { rollup } from 'rollup';
import {
  minifyCss,
  minifyHtml,
  minifyLitTemplates,
  minifyTemplates,
} from '../../scripts/build/rollup-minify-templates.mjs';

const LIT = "import { css, html } from 'lit';\n";
/** Minifies a module; unchanged modules come back as they were (the function returns null). */
const min = (code) => minifyLitTemplates(code) ?? code;

describe('css`…`', () => {
  test('removes comments and collapses whitespace', () => {
    const out = min(`${LIT}export const s = css\`
  /* The word sits in running text. */
  :host {
    display: inline !important; /* trailing note */
  }
  .a,
  .b > .c {
    margin: 0 auto;
    color: var(--x, red);
  }
\`;`);
    assert.equal(
      out,
      `${LIT}export const s = css\`:host{display:inline !important}.a,.b > .c{margin:0 auto;color:var(--x,red)}\`;`,
    );
  });

  test('keeps the space that is part of a selector or value', () => {
    // `.a :hover` (any hovered descendant) is not `.a:hover`; `calc()` needs spaces around `-`.
    assert.equal(
      minifyCss('.a :hover { width: calc(100vw - 16px); }'),
      '.a :hover{width:calc(100vw - 16px)}',
    );
    assert.equal(
      minifyCss('@media (min-width: 30em) and (forced-colors: active) { .x { y: z } }'),
      '@media (min-width:30em) and (forced-colors:active){.x{y:z}}',
    );
  });

  test('leaves quoted strings alone, comment-like text and whitespace included', () => {
    assert.equal(
      minifyCss(
        `.q::before {\n  content: '  /* not a comment */  ';\n  font-family: "A  B", serif;\n}`,
      ),
      `.q::before{content:'  /* not a comment */  ';font-family:"A  B",serif}`,
    );
  });

  test('expressions stay, each in its place, with the space between two of them', () => {
    const out = min(`${LIT}const a = css\`
  .x {
    margin: \${unsafeCSS(top)}   \${unsafeCSS( side )};
  }
  \${extra}
\`;`);
    assert.equal(
      out,
      `${LIT}const a = css\`.x{margin:\${unsafeCSS(top)} \${unsafeCSS( side )}}\${extra}\`;`,
    );
  });

  test('a comment with an expression inside leaves the template untouched', () => {
    const src = `${LIT}const a = css\`
  /* \${x} */
  .x { y: z; }
\`;`;
    assert.equal(min(src), src);
  });
});

describe('html`…`', () => {
  test('collapses whitespace runs that contain a newline into one space', () => {
    const out = min(`${LIT}const t = html\`<p
      class="x"
      part="p"
    >
      Some   words
      <b>bold</b>\${name}
    </p>\`;`);
    assert.equal(
      out,
      `${LIT}const t = html\`<p class="x" part="p" > Some   words <b>bold</b>\${name} </p>\`;`,
    );
  });

  test('leaves <pre>, <textarea> and quoted attribute values as written', () => {
    const text =
      '<div>\n  <pre class="c">\n  a\n    b\n</pre>\n  <textarea>\n x\n</textarea>\n</div>';
    assert.equal(
      minifyHtml(text),
      '<div> <pre class="c">\n  a\n    b\n</pre> <textarea>\n x\n</textarea> </div>',
    );
    assert.equal(
      minifyHtml('<span\n  title="line one\n  line two"\n>x</span>'),
      '<span title="line one\n  line two" >x</span>',
    );
  });

  test('leaves comments and an escaped line break alone', () => {
    assert.equal(minifyHtml('<!-- a\n  b -->\n<i></i>'), '<!-- a\n  b --> <i></i>');
    assert.equal(minifyHtml('a\\\n  b'), 'a\\\n  b');
  });

  test('never touches the code inside ${…}', () => {
    const src = `${LIT}const t = html\`<ul>
  \${items.map(
    (i) => \`plain
      string\`,
  )}
</ul>\`;`;
    assert.equal(
      min(src),
      `${LIT}const t = html\`<ul> \${items.map(
    (i) => \`plain
      string\`,
  )} </ul>\`;`,
    );
  });

  test('nested html`…` inside an expression is minified on its own', () => {
    const out = min(`${LIT}const t = html\`<div>
  \${ok ? html\`<p>
    yes
  </p>\` : nothing}
</div>\`;`);
    assert.equal(
      out,
      `${LIT}const t = html\`<div> \${ok ? html\`<p> yes </p>\` : nothing} </div>\`;`,
    );
  });
});

describe('what is never touched', () => {
  test('other tags, plain template literals and strings', () => {
    const src = `${LIT}const a = svg\`<g>
  <path />
</g>\`;
const b = \`
  plain   /* text */
\`;
const c = str\`Hello
  \${name}\`;
const d = 'x\\n   y';
const e = other.html\`<p>
  x</p>\`;`;
    assert.equal(minifyLitTemplates(src), null);
  });

  test('html and css that are not imported from Lit', () => {
    const src = `import { html } from './my-html.js';
const css = (s) => s;
const a = html\`<p>
  x</p>\`;
const b = css\`a {
  b: c;
}\`;`;
    assert.equal(minifyLitTemplates(src), null);
  });

  test("Lit's static html (imported under another name) is minified, literal`…` is not", () => {
    const out = min(`import { html as staticHtml, literal } from 'lit/static-html.js';
const tag = literal\`h2
  \`;
const t = staticHtml\`<\${tag}
  class="x" title="a
  b">
  Hi</\${tag}>\`;`);
    assert.equal(
      out,
      `import { html as staticHtml, literal } from 'lit/static-html.js';
const tag = literal\`h2
  \`;
const t = staticHtml\`<\${tag} class="x" title="a
  b"> Hi</\${tag}>\`;`,
    );
  });

  test('a renamed import is followed', () => {
    const out = min(`import { html as h } from 'lit';
const html = (s) => s;
const a = h\`<p>
  x</p>\`;
const b = html\`<p>
  x</p>\`;`);
    assert.equal(
      out,
      `import { html as h } from 'lit';
const html = (s) => s;
const a = h\`<p> x</p>\`;
const b = html\`<p>
  x</p>\`;`,
    );
  });
});

describe('the Rollup plugin', () => {
  test('minifies the templates of src/ modules in a build', async () => {
    const files = {
      '/proj/src/entry.js': `${LIT}export const t = html\`<p>
  hi
</p>\`;
export const s = css\`/* c */ a { b: c; }\`;`,
    };
    const bundle = await rollup({
      input: '/proj/src/entry.js',
      external: ['lit'],
      plugins: [
        { name: 'memory', resolveId: (id) => (id in files ? id : null), load: (id) => files[id] },
        minifyTemplates(),
      ],
    });
    const { output } = await bundle.generate({ format: 'es' });
    await bundle.close();
    assert.match(output[0].code, /html`<p> hi <\/p>`/);
    assert.match(output[0].code, /css`a\{b:c\}`/);
  });
});
