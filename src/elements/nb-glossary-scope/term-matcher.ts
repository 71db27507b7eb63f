/** A known word found in a text: `[start, end)` offsets and the glossary key it stands for. */
export interface TermMatch {
  start: number;
  end: number;
  key: string;
}

export interface TermMatcher {
  readonly pattern: RegExp;
  /** Normalised spelling → glossary key. */
  readonly keys: ReadonlyMap<string, string>;
}

const normalise = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase();
/** Escapes regex syntax (the `u` flag rejects needless escapes such as `\-`). */
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Builds one case-insensitive pattern for all spellings (spelling → key). The longest spelling
 * wins where two overlap ("dinutuximab beta" before "dinutuximab"); a match must stand as a
 * whole word in any script (letters or digits on either side prevent it: "chemotherapy" is not
 * found in "radiochemotherapy"); any run of whitespace between words matches.
 */
export function buildMatcher(spellings: Iterable<[string, string]>): TermMatcher | undefined {
  const keys = new Map<string, string>();
  for (const [spelling, key] of spellings) {
    const n = normalise(spelling);
    if (n && !keys.has(n)) keys.set(n, key);
  }
  if (keys.size === 0) return undefined;
  const alternatives = [...keys.keys()]
    .sort((a, b) => b.length - a.length)
    .map((s) => s.split(' ').map(escape).join('\\s+'));
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{M}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{M}\\p{N}])`,
    'giu',
  );
  return { pattern, keys };
}

/** Every known word in `text`, left to right, never overlapping. */
export function findTerms(text: string, matcher: TermMatcher): TermMatch[] {
  const found: TermMatch[] = [];
  // Offsets must refer to `text` as given, so match on it directly (NFC input is the norm on the web).
  matcher.pattern.lastIndex = 0;
  for (const m of text.matchAll(matcher.pattern)) {
    const key = matcher.keys.get(normalise(m[0]));
    if (key) found.push({ start: m.index, end: m.index + m[0].length, key });
  }
  return found;
}
