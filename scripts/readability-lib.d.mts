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
};
