// Which translations are served to readers: one rule, used by the registry generator
// (scripts/locale/gen-registry.mjs), the locale check, the dist check and the browser tests.
// No Node imports, so the browser tests can load it too.

/** A translation's status in locales/locales.json. */
export const STATUSES = ['complete', 'in progress'];

/**
 * Whether `entry` (one locale of locales.json) is served: a complete translation, or one that
 * locales.json opts in with "serve": true. An "in progress" translation is not served: pages
 * asking for it get English. Pseudo-locales are never served (Storybook and tests only).
 */
export function isServed(entry) {
  return !!entry && !entry.pseudo && (entry.status === 'complete' || entry.serve === true);
}

/** The codes of every served translation, sorted. */
export function servedLocales(config) {
  return Object.keys(config.locales ?? {})
    .filter((code) => isServed(config.locales[code]))
    .sort();
}

/** The codes of the translations still in progress and therefore not served, sorted. */
export function localesInProgress(config) {
  return Object.keys(config.locales ?? {})
    .filter((code) => !config.locales[code].pseudo && !isServed(config.locales[code]))
    .sort();
}
