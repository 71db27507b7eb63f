export declare const SHINGLE_WORDS: number;
export declare function wordsOf(text: string): string[];
export declare function sentenceWords(text: string): string[][];
export declare function shinglesOf(text: string, n?: number): string[];
export declare function hash53(str: string): number;
export declare function fingerprintOf(text: string, n?: number): number[];
export declare function copiedRuns(
  text: string,
  fingerprint: ReadonlySet<number> | readonly number[],
  n?: number,
): string[];
