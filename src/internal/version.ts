/** The package version, kept equal to package.json by scripts/check-version.mjs (run in `npm test`). */
export const VERSION = '0.1.0';
