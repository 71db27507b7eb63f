// Rollup plugin (CDN builds): @lit/localize's msg() looks a translation up by the call's `id`,
// and only when a call has none does it hash the English template into one (its
// internal/id-generation.js and fnv1a64.js, ≈ 0.6 KB gzip in every page). Every msg() call in
// src/ names its id — this plugin checks that, failing the build on a call without one — so
// the hashing can never run, and the CDN files get a stand-in that says so instead of the hash.
import { parseAst } from 'rollup/parseAst';

const STAND_IN = '\0nb-msg-id-generation';

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

/** The msg() calls in one module's JavaScript that do not pass a literal `id` option. */
export function msgCallsWithoutId(code) {
  if (!code.includes('@lit/localize')) return [];
  const ast = parseAst(code);
  const names = new Set();
  for (const node of ast.body) {
    if (node.type !== 'ImportDeclaration' || node.source.value !== '@lit/localize') continue;
    for (const spec of node.specifiers)
      if (spec.type === 'ImportSpecifier' && (spec.imported.name ?? spec.imported.value) === 'msg')
        names.add(spec.local.name);
  }
  const missing = [];
  walk(ast, (node) => {
    if (node.type !== 'CallExpression' || node.callee.type !== 'Identifier') return;
    if (!names.has(node.callee.name)) return;
    const options = node.arguments[1];
    const hasId =
      options?.type === 'ObjectExpression' &&
      options.properties.some(
        (p) =>
          p.type === 'Property' &&
          !p.computed &&
          (p.key.name ?? p.key.value) === 'id' &&
          p.value.type === 'Literal' &&
          typeof p.value.value === 'string',
      );
    if (!hasId) missing.push(node.start);
  });
  return missing;
}

/** The plugin. Place it after @rollup/plugin-typescript: it reads JavaScript. */
export function msgIdsOnly() {
  return {
    name: 'nb-msg-ids-only',
    transform(code, id) {
      if (!/[\\/]src[\\/].*\.[cm]?[jt]s$/.test(id)) return null;
      const missing = msgCallsWithoutId(code);
      if (missing.length)
        this.error(
          `msg() without a literal \`id\` option (${missing.length} call(s)) in ${id}`,
          missing[0],
        );
      return null;
    },
    resolveId(source, importer) {
      if (source === './id-generation.js' && /[\\/]@lit[\\/]localize[\\/]/.test(importer ?? ''))
        return STAND_IN;
      return null;
    },
    load(id) {
      if (id !== STAND_IN) return null;
      return `export function generateMsgId() {
  throw new Error('nb-widgets: msg() called without an id');
}`;
    },
  };
}
