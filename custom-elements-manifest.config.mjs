/** @custom-elements-manifest/analyzer config: `cem analyze` reads this. */
export default {
  globs: ['src/elements/**/*.ts', 'src/internal/nb-element.ts'],
  exclude: ['src/**/*.styles.ts'],
  outdir: 'dist',
  litelement: true,
  plugins: [
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
