// Per-unit state of a translation, shared by locale:check, locale:build, locale:add and
// locale:sign-off. Each unit of a locale is exactly one of:
//   translated    a target marked translated, final or signed-off;
//   needs-review  a target that differs from the English (or is listed as legitimately the same),
//                 waiting for a medical reviewer (state needs-review-translation, or no state);
//   identical     the target is the English text and the unit is not listed in locales.json
//                 "sameAsEnglish": not translated yet (locale:add pre-fills every unit this way);
//   missing       no target, or an empty one;
//   not-needed    a plural form the language never uses (Polish has no "zero" or "two").
// translated + needs-review count as done; identical and missing are what is left to translate.
import { hasContent, TRANSLATED_STATES } from './xliff.mjs';

export const CATEGORY_ORDER = ['zero', 'one', 'two', 'few', 'many', 'other'];
const PLURAL_ID = /^(.+)\.(zero|one|two|few|many|other)$/;

/**
 * The plural groups among `ids`: units keyed `<prefix>.<CLDR category>` with an `.other` member
 * (see src/locale/plural.ts). Returns Map id → { prefix, category }.
 */
export function pluralUnits(ids) {
  const all = new Set(ids);
  const out = new Map();
  for (const id of all) {
    const m = PLURAL_ID.exec(id);
    if (m && all.has(`${m[1]}.other`)) out.set(id, { prefix: m[1], category: m[2] });
  }
  return out;
}

/** The CLDR plural categories `locale` uses, in the order zero, one, two, few, many, other. */
export function pluralCategoriesOf(locale) {
  let used;
  try {
    used = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
  } catch {
    used = ['one', 'other'];
  }
  return CATEGORY_ORDER.filter((c) => used.includes(c));
}

const PROBE_MAX = 1000;
const BIG = [1000, 10000, 100000, 1000000];

/** "0, 5–21, 25–31, …" for a list of whole numbers (at most `shown` runs). */
function runs(numbers, shown = 4) {
  const parts = [];
  for (let i = 0; i < numbers.length;) {
    let j = i;
    while (j + 1 < numbers.length && numbers[j + 1] === numbers[j] + 1) j++;
    parts.push(i === j ? `${numbers[i]}` : `${numbers[i]}–${numbers[j]}`);
    i = j + 1;
  }
  const more = parts.length > shown || numbers.at(-1) >= PROBE_MAX;
  return parts.slice(0, shown).join(', ') + (more ? ', …' : '');
}

/**
 * For each category `locale` uses, examples of the numbers that take it (from
 * Intl.PluralRules): { category: "2–4, 22–24, 32–34, …" }. A category no whole number takes
 * (Polish "other") says so and gives a fraction.
 */
export function pluralExamples(locale) {
  const rules = new Intl.PluralRules(locale);
  const ints = new Map();
  for (let n = 0; n <= PROBE_MAX; n++) {
    const c = rules.select(n);
    if (!ints.has(c)) ints.set(c, []);
    ints.get(c).push(n);
  }
  const big = new Map();
  for (const n of BIG) {
    const c = rules.select(n);
    if (!ints.has(c) && !big.has(c)) big.set(c, n);
  }
  const out = {};
  for (const category of pluralCategoriesOf(locale)) {
    if (ints.has(category)) out[category] = runs(ints.get(category));
    else if (big.has(category))
      out[category] = `large round numbers such as ${big.get(category).toLocaleString('en')}`;
    else {
      const fraction = [0.5, 1.5, 2.5, 0.1].find((x) => rules.select(x) === category);
      out[category] = fraction
        ? `only fractions, e.g. ${fraction}, never a whole number; still translate it, as it is the fallback`
        : 'numbers your grammar puts in this group';
    }
  }
  return out;
}

/** "one: 1; few: 2–4, 22–24, …; many: 0, 5–21, …; other: …" */
export function pluralSummary(locale) {
  return Object.entries(pluralExamples(locale))
    .map(([category, examples]) => `${category}: ${examples}`)
    .join('; ');
}

/** The text of a target compared with the English: whitespace runs collapsed, trimmed. */
const comparable = (xml) => xml.replace(/\s+/g, ' ').trim();

/**
 * The ids locales.json lists as legitimately the same as the English for `code` (drug and code
 * names, IDs, proper names): the top-level "sameAsEnglish" list (every language) plus the
 * locale's own.
 */
export function sameAsEnglishFor(registry, code) {
  return new Set([
    ...(registry.sameAsEnglish ?? []),
    ...(registry.locales?.[code]?.sameAsEnglish ?? []),
  ]);
}

/**
 * Classifies every current English unit for locale `code`.
 * `sourceUnits`: Map id → { sourceXml } (the current English); `units`: the locale file's parsed
 * units. Returns { states: Map id → state, counts, byState: { state: [ids] }, plural, problems }.
 * problems: units marked translated/final/signed-off whose target is the English text.
 */
export function classifyUnits({ code, registry, sourceUnits, units }) {
  const same = sameAsEnglishFor(registry, code);
  const plural = pluralUnits([...sourceUnits.keys()]);
  const used = new Set(pluralCategoriesOf(code));
  const byId = new Map(units.map((u) => [u.id, u]));
  const states = new Map();
  const problems = [];
  for (const [id, source] of sourceUnits) {
    const unit = byId.get(id);
    const form = plural.get(id);
    let state;
    if (form && !used.has(form.category)) state = 'not-needed';
    else if (!unit || !hasContent(unit.target)) state = 'missing';
    else if (comparable(unit.targetXml) === comparable(source.sourceXml) && !same.has(id)) {
      state = 'identical';
      if (TRANSLATED_STATES.has(unit.state))
        problems.push({
          id,
          message: `marked state="${unit.state}" but the target is the English text: translate it, or (for a drug or code name, an ID or a proper name) list "${id}" in locales.json "sameAsEnglish"`,
        });
    } else state = TRANSLATED_STATES.has(unit.state) ? 'translated' : 'needs-review';
    states.set(id, state);
  }
  const byState = {
    'needs-review': [],
    translated: [],
    identical: [],
    missing: [],
    'not-needed': [],
  };
  for (const [id, state] of states) byState[state].push(id);
  for (const list of Object.values(byState)) list.sort();
  const counts = Object.fromEntries(Object.entries(byState).map(([s, ids]) => [s, ids.length]));
  const total = states.size - counts['not-needed'];
  const done = counts.translated + counts['needs-review'];
  const pluralPrefixes = [...new Set([...plural.values()].map((p) => p.prefix))].sort();
  return {
    states,
    byState,
    counts,
    total,
    done,
    complete: done === total,
    plural: {
      prefixes: pluralPrefixes,
      asked: pluralPrefixes.length ? [...used] : [],
      notNeeded: pluralPrefixes.length ? CATEGORY_ORDER.filter((c) => !used.has(c)) : [],
    },
    problems,
  };
}
