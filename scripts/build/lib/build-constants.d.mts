/** Identifier → JavaScript expression, the shape esbuild's and Vite's `define` take. */
export declare const buildConstants: Readonly<Record<'__NB_VERSION__', string>>;
/** The same replacement as a rollup plugin. */
export declare function buildConstantsPlugin(constants?: Readonly<Record<string, string>>): {
  name: string;
  transform(code: string, id: string): { code: string; map: null } | null;
};
