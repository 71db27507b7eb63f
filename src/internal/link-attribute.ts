import { isUnset, type AttributeRule } from './attributes.js';
import { safeUrl } from './urls.js';

// The `link` attribute rule in a module of its own, beside the attribute model (attributes.ts):
// it brings the URL policy (urls.ts), which the helpline banner and the glossary, having no link
// attribute, do not load (issue #18 page budgets).

/** The warning's words for a link refused by the URL policy. */
export const REFUSED =
  'only https: links, or links on this page’s own site, without a user name or password, are used';

/**
 * A link under the one URL policy (`safeUrl`, urls.ts): the URL resolved against the page, or
 * undefined when unset or refused (with one warning ending in `instead`).
 */
export function link<E>(
  attribute: string,
  property: keyof E & string,
  instead: string,
): AttributeRule<E, URL | undefined> {
  return {
    attribute,
    property,
    parse: (raw, warn) => {
      if (isUnset(raw)) return undefined;
      const url = safeUrl(String(raw));
      if (!url) warn(`${REFUSED}; ${instead}`);
      return url;
    },
  };
}
