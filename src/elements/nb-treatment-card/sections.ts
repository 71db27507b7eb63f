// TEMPORARY scaffold until src/content/treatment.ts lands (content branch), in its shape:
// non-medical placeholders so the card machinery can be built and tested. Replaced on merge.
import type { ContentUnit, RichContentUnit, RiskGroup, Situation } from '../../content/types.js';

export interface TreatmentUnit extends RichContentUnit {
  readonly kind: 'paragraph' | 'block' | 'subheading';
}

/** One section of the card: its heading and its units in reading order. */
export interface CardSection {
  readonly id: string;
  readonly heading: ContentUnit;
  readonly units: readonly TreatmentUnit[];
}

const u = (
  id: string,
  facts: TreatmentUnit['facts'],
  extra: Partial<TreatmentUnit> = {},
): TreatmentUnit => ({
  id,
  kind: 'paragraph',
  facts,
  text: () => `placeholder ${id} (${facts.join(' ')})`,
  ...extra,
});
const h = (id: string): ContentUnit => ({ id, facts: [], text: () => `placeholder ${id}` });

export const cardTitle: ContentUnit = h('title');
export const careTeamNote: TreatmentUnit = u('care-team', []);

export const cardSections: readonly CardSection[] = [
  {
    id: 'meaning',
    heading: h('meaning'),
    units: [
      u('refractory', ['S01'], { situations: ['refractory'] }),
      u('relapsed', ['S02'], { situations: ['relapsed'] }),
      u('outlook', ['S03']),
    ],
  },
  { id: 'depends', heading: h('depends'), units: [u('depends', ['S04'], { kind: 'block' })] },
  {
    id: 'options',
    heading: h('options'),
    units: [
      u('low-heading', [], { kind: 'subheading', riskGroups: ['low', 'intermediate'] }),
      u('surgery', ['S05'], { riskGroups: ['low', 'intermediate'], situations: ['relapsed'] }),
      u('high-heading', [], { kind: 'subheading', riskGroups: ['high'] }),
      u('intense', ['S06'], { riskGroups: ['high'] }),
      u('chemo', ['S07'], { riskGroups: ['high'] }),
      u('mibg', ['S08'], { riskGroups: ['high'] }),
    ],
  },
  { id: 'further', heading: h('further'), units: [u('drugs', ['S09']), u('trial', ['S10'])] },
  {
    id: 'research',
    heading: h('research'),
    units: [
      u('intro', ['S03']),
      u('compare-heading', [], { kind: 'subheading', situations: ['refractory'] }),
      u('compare', ['S11'], { situations: ['refractory'] }),
      u('targeted-heading', [], { kind: 'subheading' }),
      u('targeted', ['S12']),
    ],
  },
  { id: 'specialist', heading: h('specialist'), units: [u('talk', ['S17'])] },
  { id: 'find-trial', heading: h('find-trial'), units: [u('database', ['S18'])] },
  { id: 'helpline', heading: h('helpline'), units: [u('helpline', ['S19'])] },
  { id: 'sources', heading: h('sources'), units: [u('whittle', ['S20'])] },
];

export const SECTION_IDS: readonly string[] = cardSections.map((s) => s.id);

export function unitApplies(
  unit: Pick<RichContentUnit, 'riskGroups' | 'situations'>,
  riskGroup?: RiskGroup | null,
  situation?: Situation | null,
): boolean {
  if (riskGroup && unit.riskGroups && !unit.riskGroups.includes(riskGroup)) return false;
  if (situation && unit.situations && !unit.situations.includes(situation)) return false;
  return true;
}

export function sectionUnits(
  section: CardSection,
  riskGroup?: RiskGroup | null,
  situation?: Situation | null,
): TreatmentUnit[] {
  const kept = section.units.filter((x) => unitApplies(x, riskGroup, situation));
  return kept.filter(
    (x, i) => x.kind !== 'subheading' || (kept[i + 1] && kept[i + 1]!.kind !== 'subheading'),
  );
}
