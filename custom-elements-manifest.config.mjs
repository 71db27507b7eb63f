/** @custom-elements-manifest/analyzer config: `cem analyze` reads this. */

/**
 * `@default` in a property's JSDoc, by class and field: the value the element uses when the
 * attribute is unset (`heading-level` → 2), which the field's initializer (`null`) does not say.
 */
const jsdocDefaults = new Map();

export default {
  globs: ['src/elements/**/*.ts', 'src/shared/nb-element.ts'],
  exclude: ['src/**/*.styles.ts'],
  outdir: 'dist',
  litelement: true,
  plugins: [
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
  ],
};
