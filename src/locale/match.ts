import { localeInfoFor, supportedLocales } from './registry.js';

function canonical(tag: string): string | undefined {
  try {
    return Intl.getCanonicalLocales(tag.trim())[0];
  } catch {
    return undefined;
  }
}

/**
 * Best BCP 47 match of a language tag among `supported`: the exact tag, then ever shorter
 * prefixes (`es-MX` → `es`, `cy-GB` → `cy`), then any supported locale with the same language
 * (`en-US` → `en-GB`). Junk (a page translator's rewrite, say) gives `undefined`, never an error.
 */
export function matchLocale(
  tag: string | null | undefined,
  supported: readonly string[] = supportedLocales(),
): string | undefined {
  if (!tag) return undefined;
  // Every element asks again on each `lang` change, mostly with the same few tags: remember the
  // answers per list of locales (registerLocales() makes a new list, so they are asked again).
  let answers = matches.get(supported);
  if (!answers) matches.set(supported, (answers = new Map()));
  if (answers.has(tag)) return answers.get(tag);
  const answer = bestMatch(tag, supported);
  if (answers.size >= MAX_ANSWERS) answers.clear();
  answers.set(tag, answer);
  return answer;
}

const matches = new WeakMap<readonly string[], Map<string, string | undefined>>();
/** Tags come from the page (any attribute value): a full cache starts again. */
const MAX_ANSWERS = 256;

function bestMatch(tag: string, supported: readonly string[]): string | undefined {
  const wanted = canonical(tag);
  if (!wanted) return undefined;
  const byLower = new Map(supported.map((s) => [s.toLowerCase(), s]));
  const parts = wanted.toLowerCase().split('-');
  for (let n = parts.length; n > 0; n--) {
    const hit = byLower.get(parts.slice(0, n).join('-'));
    if (hit) return hit;
  }
  const language = parts[0];
  return supported.find((s) => s.toLowerCase().split('-')[0] === language);
}

/** Text direction of a supported locale. */
export function localeDirection(locale: string): 'ltr' | 'rtl' {
  return localeInfoFor(locale)?.dir ?? 'ltr';
}
