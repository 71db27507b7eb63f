/** @custom-elements-manifest/analyzer config: `cem analyze` reads this. */
import { readFileSync } from 'node:fs';
import { posix } from 'node:path';

/** The shared style sheet: the `--nb-*` tokens it reads are documented once, in its JSDoc. */
const THEME_STYLES = 'src/internal/theme.styles.ts';

/**
 * The `@cssprop` lines of the JSDoc above `export const themeStyles` (a line may continue on
 * the next ones), as manifest entries.
 */
export function sharedCssProperties(source = readFileSync(THEME_STYLES, 'utf8')) {
  const block =
    /\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*export const themeStyles\b/.exec(source)?.[1] ?? '';
  const text = block.replace(/^\s*\* ?/gm, '');
  return [...text.matchAll(/@cssprop\s+(--[\w-]+)\s+-\s+([\s\S]*?)(?=\n@|\n\n|$)/g)].map(
    ([, name, description]) => ({ name, description: description.replace(/\s+/g, ' ').trim() }),
  );
}

/** Source path (`src/elements/x/x.ts`) → what the package ships (`dist/elements/x/x.js`). */
export const distPath = (path) => path.replace(/^\.?\/?src\//, 'dist/').replace(/\.ts$/, '.js');

/** Modules whose source imports the shared style sheet (filled while analysing). */
const themedModules = new Set();

/**
 * `@default` in a property's JSDoc, by class and field: the value the element uses when the
 * attribute is unset (`heading-level` → 2), which the field's initializer (`null`) does not say.
 */
const jsdocDefaults = new Map();

export default {
  globs: ['src/elements/**/*.ts', 'src/common/nb-element.ts'],
  exclude: ['src/**/*.styles.ts'],
  outdir: 'dist',
  litelement: true,
  plugins: [
    {
      // The shared tokens are documented once (theme.styles.ts) and listed on every element whose
      // styles include that sheet; an element's own `@cssprop` of the same token wins.
      name: 'nb-shared-css-properties',
      analyzePhase({ ts, node, moduleDoc }) {
        if (!ts.isImportDeclaration(node)) return;
        const from = node.moduleSpecifier.getText().slice(1, -1);
        const names = node.importClause?.namedBindings;
        if (!from.endsWith('/theme.styles.js') || !names || !ts.isNamedImports(names)) return;
        if (names.elements.some((e) => e.name.getText() === 'themeStyles'))
          themedModules.add(moduleDoc.path);
      },
      packageLinkPhase({ customElementsManifest }) {
        const shared = sharedCssProperties();
        for (const mod of customElementsManifest.modules) {
          if (!themedModules.has(mod.path)) continue;
          for (const decl of mod.declarations ?? []) {
            if (!decl.customElement) continue;
            const own = decl.cssProperties ?? [];
            const added = shared.filter((p) => !own.some((o) => o.name === p.name));
            decl.cssProperties = [...own, ...added.map((p) => ({ ...p }))].sort((a, b) =>
              a.name.localeCompare(b.name),
            );
          }
        }
      },
    },
    {
      // The analyzer keeps the initializer (`null`) over a JSDoc `@default`; the docs tables need
      // the true default, so `@default` wins, on the field and on its attribute.
      name: 'nb-jsdoc-default-wins',
      analyzePhase({ ts, node }) {
        if (!ts.isClassDeclaration(node) || !node.name) return;
        for (const member of node.members) {
          const tag = ts.getJSDocTags(member).find((t) => t.tagName.getText() === 'default');
          if (!tag || !member.name) continue;
          const value = ts.getTextOfJSDocComment(tag.comment)?.trim();
          if (value) jsdocDefaults.set(`${node.name.getText()}.${member.name.getText()}`, value);
        }
      },
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          for (const decl of mod.declarations ?? []) {
            for (const m of decl.members ?? []) {
              const value = jsdocDefaults.get(`${decl.name}.${m.name}`);
              if (value) m.default = value;
            }
            for (const a of decl.attributes ?? []) {
              const value = jsdocDefaults.get(`${decl.name}.${a.fieldName}`);
              if (value) a.default = value;
            }
          }
        }
      },
    },
    {
      // NbElement.emit() dispatches a variable event name; only the documented nb-* events are real.
      name: 'nb-only-documented-events',
      packageLinkPhase({ customElementsManifest }) {
        for (const mod of customElementsManifest.modules) {
          for (const decl of mod.declarations ?? []) {
            if (decl.events) decl.events = decl.events.filter((e) => e.name?.startsWith('nb-'));
          }
        }
      },
    },
    {
      // Last: the manifest describes the published package. Only the modules a consumer imports
      // (element classes and their `define` entries) are listed, and every path is the built
      // file's, `dist/…/*.js` (inherited members keep naming their base class's built module).
      name: 'nb-published-modules',
      packageLinkPhase({ customElementsManifest }) {
        const modules = customElementsManifest.modules;
        const isElement = (d) => d.customElement && d.tagName;
        // `define.ts` registers its folder's element through defineElement(), which the analyzer
        // does not read: say so with a custom-element-definition export.
        for (const mod of modules) {
          const folder = /^(src\/elements\/[^/]+)\/define\.ts$/.exec(mod.path)?.[1];
          const classModule = folder && modules.find((m) => m.path.startsWith(`${folder}/nb-`));
          const decl = classModule?.declarations?.find(isElement);
          if (!decl) continue;
          mod.exports = [
            ...(mod.exports ?? []).filter((e) => e.kind !== 'custom-element-definition'),
            {
              kind: 'custom-element-definition',
              name: decl.tagName,
              declaration: { name: decl.name, module: classModule.path },
            },
          ];
        }
        const published = (mod) =>
          (mod.declarations ?? []).some(isElement) ||
          (mod.exports ?? []).some((e) => e.kind === 'custom-element-definition');
        customElementsManifest.modules = modules.filter(published);
        // A re-export names its module relative to the file (`./shown-trials.js`): resolve it
        // against the module's own path first.
        const rewrite = (value, from) => {
          if (Array.isArray(value)) return value.forEach((v) => rewrite(v, from));
          if (!value || typeof value !== 'object') return;
          for (const [key, v] of Object.entries(value)) {
            if ((key === 'path' || key === 'module') && typeof v === 'string')
              value[key] = distPath(
                v.startsWith('.') ? posix.join(posix.dirname(from), v).replace(/\.js$/, '.ts') : v,
              );
            else rewrite(v, from);
          }
        };
        for (const mod of customElementsManifest.modules) rewrite(mod, mod.path);
      },
    },
  ],
};
