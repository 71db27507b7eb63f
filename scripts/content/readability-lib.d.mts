export declare const BUDGET: { wordsPerSentence: number; grade: number };
export declare function flatten(value: unknown): string;
export declare function sentencesOf(text: string): string[];
export declare function wordsOf(sentence: string): string[];
export declare function syllables(word: string): number;
export declare function measure(
  texts: string[],
  excludedTerms: string[],
): {
  sentences: number;
  words: number;
  wordsPerSentence: number;
  grade: number;
  longest: string;
  sentenceTexts: string[];
};
export interface Measured {
  sentences: number;
  words: number;
  wordsPerSentence: number;
  grade: number;
  longest: string;
  sentenceTexts?: string[];
}
export interface Budget {
  label: string;
  grade: number;
  maxSentenceWords?: number;
  meanSentenceWords?: number;
}
export declare function longestSentenceWords(result: Measured): number;
export declare const BUDGETS: { strict: Budget; mean: Budget };
export declare function budgetProblems(result: Measured, budget: Budget): string[];
export declare function measureWidget(
  texts: string[],
  excludedTerms: string[],
  budget: Budget,
  options?: { each?: boolean; labels?: string[] },
): Measured & { problems: string[]; worst?: string };
