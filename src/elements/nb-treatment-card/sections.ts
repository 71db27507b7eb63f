// TEMPORARY scaffold until src/content/treatment.ts lands (content branch): non-medical
// placeholders so the card machinery can be built and tested. Replaced on merge.
import type { ContentUnit } from '../../content/types.js';
import type { CardSection, CardUnit } from './model.js';

const u = (id: string, facts: CardUnit['facts'], extra: Partial<CardUnit> = {}): CardUnit => ({
  id,
  facts,
  text: () => `placeholder ${id} (${facts.join(' ')})`,
  ...extra,
});

export const cardTitle = (): string => 'placeholder title';
export const careTeamNote: ContentUnit = {
  id: 'x',
  facts: ['S17'],
  text: () => 'placeholder care team',
};

export const cardSections: readonly CardSection[] = [
  {
    id: 'meaning',
    heading: () => 'placeholder meaning',
    blocks: [
      { kind: 'paragraph', unit: u('refractory', ['S01'], { situations: ['refractory'] }) },
      { kind: 'paragraph', unit: u('relapsed', ['S02'], { situations: ['relapsed'] }) },
      { kind: 'paragraph', unit: u('harder', ['S03']) },
    ],
  },
  {
    id: 'depends',
    heading: () => 'placeholder depends',
    blocks: [{ kind: 'list', lead: u('lead', []), items: [u('a', ['S04']), u('b', ['S04'])] }],
  },
  {
    id: 'options',
    heading: () => 'placeholder options',
    blocks: [],
    groups: [
      {
        id: 'low-intermediate',
        heading: () => 'placeholder low or intermediate',
        riskGroups: ['low', 'intermediate'],
        blocks: [{ kind: 'paragraph', unit: u('surgery', ['S05'], { situations: ['relapsed'] }) }],
      },
      {
        id: 'high',
        heading: () => 'placeholder high',
        riskGroups: ['high'],
        blocks: [
          { kind: 'paragraph', unit: u('intense', ['S06']) },
          { kind: 'paragraph', unit: u('chemo', ['S07']) },
          { kind: 'paragraph', unit: u('mibg', ['S08']) },
        ],
      },
    ],
  },
  {
    id: 'further',
    heading: () => 'placeholder further',
    blocks: [{ kind: 'list', items: [u('dinutuximab', ['S09']), u('iso', ['S09'])] }],
  },
  {
    id: 'trials',
    heading: () => 'placeholder trials',
    blocks: [
      { kind: 'paragraph', unit: u('trial', ['S10']) },
      { kind: 'paragraph', unit: u('veritas', ['S11'], { situations: ['refractory'] }) },
    ],
  },
  {
    id: 'specialist',
    heading: () => 'placeholder specialist',
    blocks: [{ kind: 'paragraph', unit: u('specialist', ['S17']) }],
  },
  {
    id: 'helpline',
    heading: () => 'placeholder helpline',
    blocks: [{ kind: 'paragraph', unit: u('helpline', ['S19']) }],
  },
  {
    id: 'sources',
    heading: () => 'placeholder sources',
    blocks: [{ kind: 'list', items: [u('whittle', ['S20'])] }],
  },
];

export const SECTION_IDS: readonly string[] = cardSections.map((s) => s.id);
