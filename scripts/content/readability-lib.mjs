// Pure text measures for scripts/content/readability.mjs (no Node APIs, so browser tests import it too).

export const BUDGET = { wordsPerSentence: 15, grade: 6 };

/** Turns a lit TemplateResult (or string, array) into text; block ends become sentence ends. */
export function flatten(value) {
  if (value == null || value === false) return '';
  if (Array.isArray(value)) return value.map(flatten).join(' ');
  if (typeof value === 'object' && Array.isArray(value.strings)) {
    let out = '';
    value.strings.forEach((s, i) => {
      out += s;
      if (i < value.values.length) out += flatten(value.values[i]);
    });
    return out
      .replace(/\s*<\/(?:li|p|h[1-6]|div)>/gi, (_m, offset, whole) =>
        /[.!?:]\s*$/.test(whole.slice(0, offset)) ? ' ' : '. ',
      )
      .replace(/<[^>]*>/g, ' ');
  }
  return String(value);
}

/** Sentences of a text: split after . ! ? or : followed by a space. */
export function sentencesOf(text) {
  return text
    .replace(/\s+/g, ' ')
    .split(/(?<=[.!?:])\s+/)
    .map((s) => s.trim())
    .filter((s) => /\p{L}/u.test(s));
}

/** Words of a sentence (letters or digits, hyphens and apostrophes kept inside). */
export function wordsOf(sentence) {
  return sentence
    .replace(/[’‘]/g, "'")
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((w) => /[\p{L}\p{N}]/u.test(w));
}

/** English syllables by the usual vowel-group heuristic (as in most FK implementations). */
export function syllables(word) {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (!w) return 1; // a number or code such as "0808" or "131"
  if (w.length <= 3) return 1;
  const trimmed = w.replace(/(?:[^laeiouy]es|ed|[^laeiouy]e)$/, '').replace(/^y/, '');
  const groups = trimmed.match(/[aeiouy]{1,2}/g);
  return Math.max(1, groups ? groups.length : 1);
}

/** Removes every excluded term (longest first, whole words) and returns the rest. */
function withoutTerms(text, terms) {
  let out = text;
  for (const term of terms) {
    const escaped = term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    out = out.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, 'giu'), ' ');
  }
  return out;
}

/** Readability of one section's texts. */
export function measure(texts, excludedTerms) {
  const sentences = texts.flatMap(sentencesOf);
  const words = sentences.flatMap(wordsOf);
  // Addresses (e-mail, web) are read as one item, not sounded out: no syllables counted.
  const counted = sentences
    .flatMap((s) => wordsOf(withoutTerms(s, excludedTerms)))
    .filter((w) => !/@|\w\.\w/.test(w));
  const syllableCount = counted.reduce((n, w) => n + syllables(w), 0);
  const wps = sentences.length ? words.length / sentences.length : 0;
  const spw = counted.length ? syllableCount / counted.length : 0;
  return {
    sentences: sentences.length,
    words: words.length,
    wordsPerSentence: wps,
    grade: sentences.length ? 0.39 * wps + 11.8 * spw - 15.59 : 0,
    longest: sentences.reduce((a, s) => (wordsOf(s).length > wordsOf(a).length ? s : a), ''),
    sentenceTexts: sentences,
  };
}

/** Words in the longest sentence of a measured text. */
export function longestSentenceWords(result) {
  return wordsOf(result.longest).length;
}

/**
 * The two budgets a widget can be held to (PIF TICK plain language):
 * - `strict`: grade ≤ 6 and no sentence over 15 words (glossary, pop-ups, trial list);
 * - `mean`: grade ≤ 6 and at most 15 words a sentence on average (the card and banner until
 *   their text meets `strict`).
 */
export const BUDGETS = {
  strict: { label: 'grade ≤ 6, every sentence ≤ 15 words', grade: 6, maxSentenceWords: 15 },
  mean: { label: 'grade ≤ 6, ≤ 15 words a sentence on average', grade: 6, meanSentenceWords: 15 },
};

/** Why a measured text breaks its budget (empty when within it). */
export function budgetProblems(result, budget) {
  const problems = [];
  if (result.grade > budget.grade)
    problems.push(`grade ${result.grade.toFixed(1)} is above ${budget.grade}`);
  if (budget.maxSentenceWords !== undefined)
    for (const sentence of result.sentenceTexts ?? [result.longest]) {
      const words = wordsOf(sentence).length;
      if (words > budget.maxSentenceWords)
        problems.push(
          `a sentence has ${words} words (limit ${budget.maxSentenceWords}): "${sentence}"`,
        );
    }
  if (budget.meanSentenceWords !== undefined && result.wordsPerSentence > budget.meanSentenceWords)
    problems.push(
      `${result.wordsPerSentence.toFixed(1)} words a sentence on average (limit ${budget.meanSentenceWords})`,
    );
  return problems;
}

/**
 * Measures a widget. `texts` are measured together; with `each`, every text is also measured
 * on its own (a pop-up shows one definition at a time) and the worst one decides: its grade is
 * reported and each one's problems are listed with `labels[i]`.
 */
export function measureWidget(texts, excludedTerms, budget, { each = false, labels = [] } = {}) {
  const all = measure(texts, excludedTerms);
  if (!each) return { ...all, problems: budgetProblems(all, budget) };
  const items = texts.map((text, i) => ({
    label: labels[i] ?? String(i + 1),
    result: measure([text], excludedTerms),
  }));
  const worst = items.reduce((a, b) => (b.result.grade > a.result.grade ? b : a), items[0]);
  const problems = items.flatMap(({ label, result }) =>
    budgetProblems(result, budget).map((p) => `${label}: ${p}`),
  );
  return {
    ...all,
    grade: worst ? worst.result.grade : 0,
    worst: worst?.label,
    problems,
  };
}
