import type { RichContentUnit, RiskGroup, Situation } from '../../content/types.js';

/** One sentence-sized piece of content with its facts and whom it is for (unset = everyone). */
export type CardUnit = RichContentUnit;

/** A paragraph, or a lead-in sentence with a bulleted list. */
export type CardBlock =
  | { readonly kind: 'paragraph'; readonly unit: CardUnit }
  | { readonly kind: 'list'; readonly lead?: CardUnit; readonly items: readonly CardUnit[] };

/** A sub-part of a section for some risk groups, shown under its own heading. */
export interface CardGroup {
  readonly id: string;
  readonly heading: () => string;
  readonly riskGroups: readonly RiskGroup[];
  readonly blocks: readonly CardBlock[];
}

export interface CardSection {
  readonly id: string;
  readonly heading: () => string;
  readonly blocks: readonly CardBlock[];
  readonly groups?: readonly CardGroup[];
}

/** Whether a unit is for this reader; unset attributes (undefined) match everything. */
export function unitApplies(
  unit: Pick<CardUnit, 'riskGroups' | 'situations'>,
  riskGroup: RiskGroup | undefined,
  situation: Situation | undefined,
): boolean {
  const groupOk = !riskGroup || !unit.riskGroups || unit.riskGroups.includes(riskGroup);
  const situationOk = !situation || !unit.situations || unit.situations.includes(situation);
  return groupOk && situationOk;
}

/** The blocks left after filtering: lists lose items, and empty blocks disappear. */
export function filterBlocks(
  blocks: readonly CardBlock[],
  riskGroup: RiskGroup | undefined,
  situation: Situation | undefined,
): CardBlock[] {
  const out: CardBlock[] = [];
  for (const block of blocks) {
    if (block.kind === 'paragraph') {
      if (unitApplies(block.unit, riskGroup, situation)) out.push(block);
      continue;
    }
    const items = block.items.filter((u) => unitApplies(u, riskGroup, situation));
    if (items.length === 0) continue;
    const lead =
      block.lead && unitApplies(block.lead, riskGroup, situation) ? block.lead : undefined;
    out.push({ kind: 'list', lead, items });
  }
  return out;
}
