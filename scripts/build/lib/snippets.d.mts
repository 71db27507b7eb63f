export type AttributeValue = string | boolean | null | undefined;
export interface SnippetOptions {
  tag: string;
  attributes?: Record<string, AttributeValue>;
  lang?: string;
  theme?: string;
  termLabel?: string;
  base?: string;
  file?: string;
  integrity?: string;
}
export declare const SELF_HOSTED_BASE: string;
export declare const FILES: { split: string; bundle: string; autoloader: string };
export declare function elementFile(tag: string): string;
export declare function cdnBase(version: string): string;
export declare const SOURCE_URL: string;
export declare const TRIALS_URL: string;
export declare const ABOUT_URL: string;
export declare const DEFAULT_HELPLINE: { org: string; number: string; tel: string };
export declare const EXAMPLE_ATTRIBUTES: Record<string, Record<string, AttributeValue>>;
export declare const PAGE_EXAMPLES: {
  tag: string;
  title: string;
  attributes: Record<string, AttributeValue>;
}[];
export declare function escapeHtml(text: unknown): string;
export declare function telOf(number: string): string | undefined;
export declare function scriptTag(options?: {
  base?: string;
  file?: string;
  integrity?: string;
}): string;
export declare function fallbackLines(
  tag: string,
  attributes?: Record<string, AttributeValue>,
  options?: { lang?: string; termLabel?: string },
): string[];
export declare function elementSnippet(options: SnippetOptions): string;
export declare function fullSnippet(options: SnippetOptions): string;
