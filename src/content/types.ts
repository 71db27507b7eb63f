/** An ID from ../shared/source/facts.md (S = source page, D = glossary, T = trials, H = helpline). */
export type FactId = `${'S' | 'D' | 'T' | 'H'}${number}${number}`;

/**
 * One piece of content. `text` calls msg() when rendered (never at import), so it answers in the
 * locale of the element rendering it. `facts` names every fact the English text states; the
 * content test checks each against facts.md and its rendered-text anchors.
 */
export interface ContentUnit<Args extends unknown[] = []> {
  readonly id: string;
  readonly facts: readonly FactId[];
  readonly text: (...args: Args) => string;
}

export type ReviewStatus = 'current' | 'due-soon' | 'overdue';
