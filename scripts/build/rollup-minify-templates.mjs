// Rollup plugin: shrinks the static text of Lit's html`…` and css`…` templates in shipped code.
// - css`…`: comments removed, whitespace runs collapsed to one space, and the space dropped
//   around `{`, `}`, `;`, `,` and after `:`, and the `;` before `}` (never inside quoted strings).
// - html`…`: a whitespace run that contains a newline becomes one space, which renders the same
//   outside <pre>. Left alone: <pre>, <textarea>, <script> and <style> contents, quoted attribute
//   values and comments. (Text shown with CSS `white-space: pre*` cannot be seen from here: such
//   a template would need an opt-out; none exists today.)
// Only html/css imported from lit, lit-html, lit-element or Lit's static-html module are touched; `${…}` expressions, other
// tagged templates and plain strings are never changed. It runs on the JavaScript that
// @rollup/plugin-typescript emits and parses it with Rollup's own parser.
import { parseAst } from 'rollup/parseAst';

const LIT_MODULES = new Set([
  'lit',
  'lit-html',
  'lit-element',
  // Lit's static html (its `html` also takes literal`…` values): the same markup rules.
  'lit/static-html.js',
  'lit-html/static.js',
]);
/** Stands for an expression while a template's parts are processed as one string. */
const HOLE = '\u0000';

/** Local names of `html` and `css` imported from Lit in this module: Map<local, 'html' | 'css'>. */
function litTags(ast) {
  const tags = new Map();
  for (const node of ast.body) {
    if (node.type !== 'ImportDeclaration' || !LIT_MODULES.has(node.source.value)) continue;
    for (const spec of node.specifiers) {
      if (spec.type !== 'ImportSpecifier') continue;
      const imported = spec.imported.name ?? spec.imported.value;
      if (imported === 'html' || imported === 'css') tags.set(spec.local.name, imported);
    }
  }
  return tags;
}

function walk(node, visit) {
  if (!node || typeof node.type !== 'string') return;
  visit(node);
  for (const key of Object.keys(node)) {
    const value = node[key];
    if (Array.isArray(value)) for (const child of value) walk(child, visit);
    else if (value && typeof value === 'object' && typeof value.type === 'string')
      walk(value, visit);
  }
}

const isSpace = (c) => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f';

/** css`…` text (expressions as HOLE). Returns undefined to leave the template as it is. */
export function minifyCss(text) {
  let out = '';
  let space = false; // a whitespace run is pending
  let glue = true; // the last character emitted lets the next space go (start, `{`, `;` …)
  for (let i = 0; i < text.length;) {
    const c = text[i];
    if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      if (end < 0 || text.slice(i, end).includes(HOLE)) return undefined;
      i = end + 2;
      space = true; // a comment separates tokens like whitespace does
      continue;
    }
    if (isSpace(c)) {
      space = true;
      i++;
      continue;
    }
    const tight = c === '{' || c === '}' || c === ';' || c === ',';
    if (space && !glue && !tight) out += ' ';
    space = false;
    if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < text.length && text[j] !== c) j += text[j] === '\\' ? 2 : 1;
      out += text.slice(i, j + 1);
      i = j + 1;
      glue = false;
      continue;
    }
    if (c === '\\') {
      out += text.slice(i, i + 2);
      i += 2;
      glue = false;
      continue;
    }
    // The last declaration of a block needs no `;`.
    if (c === '}' && out.endsWith(';')) out = out.slice(0, -1);
    out += c;
    i++;
    glue = tight || c === ':';
  }
  return out;
}

// The element name ends at whitespace, `>`, `/` or an expression (HOLE).
// eslint-disable-next-line no-control-regex
const RAW_TEXT = /^<(pre|textarea|script|style)(?=[\s>/]|\u0000)/i;

/** html`…` text (expressions as HOLE). Returns undefined to leave the template as it is. */
export function minifyHtml(text) {
  let out = '';
  for (let i = 0; i < text.length;) {
    const c = text[i];
    if (text.startsWith('<!--', i)) {
      const end = text.indexOf('-->', i + 4);
      const stop = end < 0 ? text.length : end + 3;
      out += text.slice(i, stop);
      i = stop;
      continue;
    }
    const raw = RAW_TEXT.exec(text.slice(i, i + 12));
    if (raw) {
      // Everything up to and including the closing tag stays as written.
      const close = text.toLowerCase().indexOf(`</${raw[1].toLowerCase()}`, i);
      if (close < 0) return undefined;
      const stop = text.indexOf('>', close);
      if (stop < 0) return undefined;
      out += text.slice(i, stop + 1);
      i = stop + 1;
      continue;
    }
    if (c === '<' && (text[i + 1] === HOLE || /[a-zA-Z/]/.test(text[i + 1] ?? ''))) {
      // A tag: whitespace between attributes may collapse, quoted values stay as written.
      let j = i + 1;
      let tag = '<';
      while (j < text.length && text[j] !== '>') {
        const d = text[j];
        if (d === '"' || d === "'") {
          const end = text.indexOf(d, j + 1);
          if (end < 0) return undefined;
          tag += text.slice(j, end + 1);
          j = end + 1;
        } else if (isSpace(d)) {
          let k = j;
          while (k < text.length && isSpace(text[k])) k++;
          const run = text.slice(j, k);
          tag += run.includes('\n') ? ' ' : run;
          j = k;
        } else {
          tag += d;
          j++;
        }
      }
      out += tag;
      i = j;
      continue;
    }
    if (isSpace(c)) {
      let k = i;
      while (k < text.length && isSpace(text[k])) k++;
      const run = text.slice(i, k);
      out += run.includes('\n') && !out.endsWith('\\') ? ' ' : run;
      i = k;
      continue;
    }
    out += c;
    i++;
  }
  return out;
}

/**
 * Minifies the Lit templates in one module's JavaScript. Returns the new code, or null when
 * nothing changed.
 */
export function minifyLitTemplates(code) {
  if (!code.includes('`')) return null;
  const ast = parseAst(code);
  const tags = litTags(ast);
  if (tags.size === 0) return null;
  const edits = [];
  walk(ast, (node) => {
    if (node.type !== 'TaggedTemplateExpression' || node.tag.type !== 'Identifier') return;
    const kind = tags.get(node.tag.name);
    if (!kind) return;
    const quasis = node.quasi.quasis;
    const parts = quasis.map((q) => code.slice(q.start, q.end));
    if (parts.some((p) => p.includes(HOLE))) return;
    const done = (kind === 'css' ? minifyCss : minifyHtml)(parts.join(HOLE));
    if (done === undefined) return;
    const next = done.split(HOLE);
    if (next.length !== parts.length) return;
    quasis.forEach((q, i) => {
      if (next[i] !== parts[i]) edits.push({ start: q.start, end: q.end, text: next[i] });
    });
  });
  if (edits.length === 0) return null;
  edits.sort((a, b) => b.start - a.start);
  let out = code;
  for (const e of edits) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

/** The plugin. Place it after @rollup/plugin-typescript: it reads JavaScript. */
export function minifyTemplates() {
  return {
    name: 'minify-lit-templates',
    transform(code, id) {
      if (!/[\\/]src[\\/].*\.[cm]?[jt]s$/.test(id)) return null;
      const out = minifyLitTemplates(code);
      return out === null ? null : { code: out, map: null };
    },
  };
}
