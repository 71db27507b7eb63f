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
