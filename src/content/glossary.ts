import { msg } from '@lit/localize';
import type { GlossaryEntry } from './types.js';

// Glossary (facts D01–D21): what each drug or treatment word means, in one or two plain
// sentences. Class facts only: no doses, no side effects. `aliases` are matched in every locale
// by <nb-glossary-scope>; never add a bare "erbumine" (a salt form, not a drug: facts.md D14).

export const glossary: readonly GlossaryEntry[] = [
  {
    key: 'chemotherapy',
    facts: ['D01'],
    name: () =>
      msg('chemotherapy', {
        id: 'glossary.chemotherapy.name',
        desc: 'Glossary term (common noun, lower case unless your language capitalises it).',
      }),
    aliases: ['chemotherapies'],
    localeAliases: { es: ['quimioterapia', 'quimioterapias'] },
    definition: () =>
      msg('Chemotherapy means medicines that kill cancer cells or stop them from dividing.', {
        id: 'glossary.chemotherapy.definition',
        desc: 'Glossary definition shown in a small pop-up next to the word "chemotherapy".',
      }),
    termClass: 'concept',
    trials: [],
  },
  {
    key: 'thiotepa',
    facts: ['D02'],
    name: () =>
      msg('thiotepa', {
        id: 'glossary.thiotepa.name',
        desc: 'International name of a medicine. Keep it as written unless your language has an official spelling of this name.',
      }),
    aliases: [],
    localeAliases: { es: ['tiotepa'] },
    definition: () =>
      msg(
        'Thiotepa is a chemotherapy drug of the alkylating type. These drugs damage the DNA of cells that are dividing.',
        {
          id: 'glossary.thiotepa.definition',
          desc: 'Glossary definition of the medicine thiotepa. "Alkylating" is the name of a group of chemotherapy drugs.',
        },
      ),
    termClass: 'chemotherapy',
    trials: ['T01'],
  },
  {
    key: 'temozolomide',
    facts: ['D03'],
    name: () =>
      msg('temozolomide', {
        id: 'glossary.temozolomide.name',
        desc: 'International name of a medicine. Keep it as written unless your language has an official spelling of this name.',
      }),
    aliases: [],
    localeAliases: { es: ['temozolomida'] },
    definition: () =>
      msg(
        'Temozolomide is a chemotherapy drug that is taken by mouth. It is of the alkylating type, which damages the DNA of cells that are dividing.',
        {
          id: 'glossary.temozolomide.definition',
          desc: 'Glossary definition of the medicine temozolomide. "Alkylating" is the name of a group of chemotherapy drugs.',
        },
      ),
    termClass: 'chemotherapy',
    trials: ['T02', 'T03'],
  },
  {
    key: 'cyclophosphamide',
    facts: ['D04'],
    name: () =>
      msg('cyclophosphamide', {
        id: 'glossary.cyclophosphamide.name',
        desc: 'International name of a medicine. Keep it as written unless your language has an official spelling of this name.',
      }),
    aliases: [],
    localeAliases: { es: ['ciclofosfamida'] },
    definition: () =>
      msg(
        'Cyclophosphamide is a chemotherapy drug of the alkylating type. These drugs damage the DNA of cells that are dividing.',
        {
          id: 'glossary.cyclophosphamide.definition',
          desc: 'Glossary definition of the medicine cyclophosphamide. "Alkylating" is the name of a group of chemotherapy drugs.',
        },
      ),
    termClass: 'chemotherapy',
    trials: [],
  },
  {
    key: 'topotecan',
    facts: ['D05'],
    name: () =>
      msg('topotecan', {
        id: 'glossary.topotecan.name',
        desc: 'International name of a medicine. Keep it as written unless your language has an official spelling of this name.',
      }),
    aliases: [],
    localeAliases: { es: ['topotecán'] },
    definition: () =>
      msg(
        'Topotecan is a chemotherapy drug. It blocks topoisomerase I, an enzyme that cells need to copy their DNA.',
        {
          id: 'glossary.topotecan.definition',
          desc: 'Glossary definition of the medicine topotecan. "Topoisomerase I" is the name of an enzyme; keep the Roman numeral.',
        },
      ),
    termClass: 'chemotherapy',
    trials: ['T01', 'T02'],
  },
  {
    key: 'irinotecan',
    facts: ['D06'],
    name: () =>
      msg('irinotecan', {
        id: 'glossary.irinotecan.name',
        desc: 'International name of a medicine. Keep it as written unless your language has an official spelling of this name.',
      }),
    aliases: [],
    localeAliases: { es: ['irinotecán'] },
    definition: () =>
      msg(
        'Irinotecan is a chemotherapy drug. It blocks topoisomerase I, an enzyme that cells need to copy their DNA.',
        {
          id: 'glossary.irinotecan.definition',
          desc: 'Glossary definition of the medicine irinotecan. "Topoisomerase I" is the name of an enzyme; keep the Roman numeral.',
        },
      ),
    termClass: 'chemotherapy',
    trials: ['T02', 'T03'],
  },
  {
    key: 'bevacizumab',
    facts: ['D07'],
    name: () =>
      msg('bevacizumab', {
        id: 'glossary.bevacizumab.name',
        desc: 'International name of a medicine. Keep it as written unless your language has an official spelling of this name.',
      }),
    aliases: [],
    localeAliases: {},
    definition: () =>
      msg(
        'Bevacizumab is a monoclonal antibody. It blocks VEGF, a signal that tumours use to grow new blood vessels.',
        {
          id: 'glossary.bevacizumab.definition',
          desc: 'Glossary definition of the medicine bevacizumab. VEGF is the short name of a signalling protein; keep it.',
        },
      ),
    termClass: 'targeted-drug',
    trials: ['T02', 'T03'],
  },
  {
    key: 'mibg',
    facts: ['D08'],
    name: () =>
      msg('mIBG', {
        id: 'glossary.mibg.name',
        desc: 'Short name of the substance meta-iodobenzylguanidine. Keep "mIBG" exactly (small m).',
      }),
    aliases: ['131I-mIBG', '131-I-mIBG', 'mIBG therapy', 'meta-iodobenzylguanidine'],
    localeAliases: { es: ['terapia con mIBG', 'metayodobencilguanidina'] },
    definition: () =>
      msg(
        'mIBG (meta-iodobenzylguanidine) is taken up by neuroblastoma cells, just like the hormone noradrenaline. A little of it with radioactive iodine shows the cancer on a scan. A higher dose with radioactive iodine-131 (131I-mIBG) gives radiation from inside the cells: this is targeted radiotherapy.',
        {
          id: 'glossary.mibg.definition',
          desc: 'Glossary definition of mIBG. Keep "mIBG", "131I-mIBG" and "iodine-131" exactly. "Targeted radiotherapy" is radiation treatment aimed at the cancer cells.',
        },
      ),
    termClass: 'radiotherapy',
    trials: ['T01'],
  },
  {
    key: 'dinutuximab-beta',
    facts: ['D09'],
    name: () =>
      msg('dinutuximab beta', {
        id: 'glossary.dinutuximab-beta.name',
        desc: 'International name of a medicine. Keep it as written unless your language has an official spelling of this name.',
      }),
    aliases: [],
    localeAliases: {},
    definition: () =>
      msg(
        'Dinutuximab beta is an immunotherapy drug. It is an antibody that sticks to GD2, a marker on neuroblastoma cells, so that the immune system can attack them.',
        {
          id: 'glossary.dinutuximab-beta.definition',
          desc: 'Glossary definition of the medicine dinutuximab beta. GD2 is the name of a marker on cells; keep it.',
        },
      ),
    termClass: 'immunotherapy',
    trials: ['T03'],
  },
  {
    key: 'isotretinoin',
    facts: ['D10'],
    name: () =>
      msg('isotretinoin', {
        id: 'glossary.isotretinoin.name',
        desc: 'International name of a medicine. Keep it as written unless your language has an official spelling of this name.',
      }),
    aliases: ['13-cis-retinoic acid'],
    localeAliases: { es: ['isotretinoína', 'ácido 13-cis-retinoico'] },
    definition: () =>
      msg(
        'Isotretinoin, also called 13-cis-retinoic acid, is a retinoid: a substance related to vitamin A. It helps neuroblastoma cells grow up into cells that stop dividing.',
        {
          id: 'glossary.isotretinoin.definition',
          desc: 'Glossary definition of the medicine isotretinoin. Keep "13-cis-retinoic acid" in its usual form in your language. "Grow up" means the cells mature.',
        },
      ),
    termClass: 'retinoid',
    trials: [],
  },
  {
    key: 'venetoclax',
    facts: ['D11'],
    name: () =>
      msg('venetoclax', {
        id: 'glossary.venetoclax.name',
        desc: 'International name of a medicine. Keep it as written unless your language has an official spelling of this name.',
      }),
    aliases: [],
    localeAliases: {},
    definition: () =>
      msg(
        'Venetoclax is a targeted cancer drug. It blocks BCL-2, a protein that helps cancer cells avoid dying.',
        {
          id: 'glossary.venetoclax.definition',
          desc: 'Glossary definition of the medicine venetoclax. BCL-2 is the name of a protein; keep it.',
        },
      ),
    termClass: 'targeted-drug',
    trials: ['T04'],
  },
  {
    key: 'lorlatinib',
    facts: ['D12'],
    name: () =>
      msg('lorlatinib', {
        id: 'glossary.lorlatinib.name',
        desc: 'International name of a medicine. Keep it as written unless your language has an official spelling of this name.',
      }),
    aliases: [],
    localeAliases: {},
    definition: () =>
      msg(
        'Lorlatinib is a targeted cancer drug that blocks ALK (and also ROS1). Some neuroblastomas have a change in the ALK gene.',
        {
          id: 'glossary.lorlatinib.definition',
          desc: 'Glossary definition of the medicine lorlatinib. ALK and ROS1 are names of proteins and genes; keep them.',
        },
      ),
    termClass: 'targeted-drug',
    trials: ['T05'],
  },
  {
    key: 'idasanutlin',
    facts: ['D13'],
    name: () =>
      msg('idasanutlin', {
        id: 'glossary.idasanutlin.name',
        desc: 'International name of a medicine. Keep it as written unless your language has an official spelling of this name.',
      }),
    aliases: [],
    localeAliases: { es: ['idasanutlina'] },
    definition: () =>
      msg(
        'Idasanutlin is a targeted cancer drug. It blocks MDM2, which frees p53, a protein that stops damaged cells.',
        {
          id: 'glossary.idasanutlin.definition',
          desc: 'Glossary definition of the medicine idasanutlin. MDM2 and p53 are names of proteins; keep them.',
        },
      ),
    termClass: 'targeted-drug',
    trials: ['T06'],
  },
  {
    key: 'ly3295668-erbumine',
    facts: ['D14'],
    name: () =>
      msg('LY3295668 erbumine', {
        id: 'glossary.ly3295668-erbumine.name',
        desc: 'Code name of a medicine. Keep it exactly, as one name: never shorten it to "erbumine".',
      }),
    // Never a bare "erbumine": it is the salt form, not a drug (facts.md D14).
    aliases: ['LY3295668'],
    localeAliases: {},
    definition: () =>
      msg(
        'LY3295668 erbumine is a targeted cancer drug. It blocks Aurora A kinase, an enzyme that cells use when they divide.',
        {
          id: 'glossary.ly3295668-erbumine.definition',
          desc: 'Glossary definition of the medicine LY3295668 erbumine (keep the name whole). "Aurora A kinase" is the name of an enzyme; keep it.',
        },
      ),
    termClass: 'targeted-drug',
    trials: ['T07'],
  },
  {
    key: 'entrectinib',
    facts: ['D15'],
    name: () =>
      msg('entrectinib', {
        id: 'glossary.entrectinib.name',
        desc: 'International name of a medicine. Keep it as written unless your language has an official spelling of this name.',
      }),
    aliases: [],
    localeAliases: {},
    definition: () =>
      msg('Entrectinib is a targeted cancer drug. It blocks targets called TRK, ROS1 and ALK.', {
        id: 'glossary.entrectinib.definition',
        desc: 'Glossary definition of the medicine entrectinib. TRK, ROS1 and ALK are names of proteins; keep them.',
      }),
    termClass: 'targeted-drug',
    trials: ['T08'],
  },
  {
    key: 'bct-100',
    facts: ['D16'],
    name: () =>
      msg('BCT-100', {
        id: 'glossary.bct-100.name',
        desc: 'Code name of a medicine. Keep it exactly.',
      }),
    aliases: ['pegylated recombinant human arginase', 'BCT100'],
    localeAliases: { es: ['arginasa humana recombinante pegilada'] },
    definition: () =>
      msg(
        'BCT-100 (pegylated recombinant human arginase) is an enzyme made as a medicine. It breaks down arginine in the blood.',
        {
          id: 'glossary.bct-100.definition',
          desc: 'Glossary definition of the medicine BCT-100. "Pegylated recombinant human arginase" is its full scientific name; arginine is an amino acid.',
        },
      ),
    termClass: 'enzyme',
    trials: ['T09'],
  },
  {
    key: 'monoclonal-antibody',
    facts: ['D17'],
    name: () =>
      msg('monoclonal antibody', {
        id: 'glossary.monoclonal-antibody.name',
        desc: 'Glossary term (common noun, singular).',
      }),
    aliases: ['monoclonal antibodies'],
    localeAliases: { es: ['anticuerpo monoclonal', 'anticuerpos monoclonales'] },
    definition: () =>
      msg('A monoclonal antibody is a protein made in a laboratory that recognises one target.', {
        id: 'glossary.monoclonal-antibody.definition',
        desc: 'Glossary definition of "monoclonal antibody".',
      }),
    termClass: 'concept',
    trials: [],
  },
  {
    key: 'immunotherapy',
    facts: ['D18'],
    name: () =>
      msg('immunotherapy', {
        id: 'glossary.immunotherapy.name',
        desc: 'Glossary term (common noun).',
      }),
    aliases: ['immunotherapies'],
    localeAliases: { es: ['inmunoterapia', 'inmunoterapias'] },
    definition: () =>
      msg('Immunotherapy is treatment that helps the immune system fight cancer.', {
        id: 'glossary.immunotherapy.definition',
        desc: 'Glossary definition of "immunotherapy". The immune system is the body’s own defence against illness.',
      }),
    termClass: 'concept',
    trials: [],
  },
  {
    key: 'targeted-cancer-drug',
    facts: ['D19'],
    name: () =>
      msg('targeted cancer drug', {
        id: 'glossary.targeted-cancer-drug.name',
        desc: 'Glossary term (common noun, singular).',
      }),
    aliases: ['targeted cancer drugs', 'targeted drug', 'targeted drugs'],
    localeAliases: {
      es: ['fármaco dirigido', 'fármacos dirigidos', 'medicamento dirigido', 'terapia dirigida'],
    },
    definition: () =>
      msg(
        'A targeted cancer drug is aimed at a difference in cancer cells that helps them grow or survive.',
        {
          id: 'glossary.targeted-cancer-drug.definition',
          desc: 'Glossary definition of "targeted cancer drug".',
        },
      ),
    termClass: 'concept',
    trials: [],
  },
  {
    key: 'induction-treatment',
    facts: ['D20'],
    name: () =>
      msg('induction treatment', {
        id: 'glossary.induction-treatment.name',
        desc: 'Glossary term (common noun): the first phase of cancer treatment.',
      }),
    aliases: ['induction therapy'],
    localeAliases: { es: ['tratamiento de inducción'] },
    definition: () =>
      msg('Induction treatment is the first part of treatment. It is strong and intensive.', {
        id: 'glossary.induction-treatment.definition',
        desc: 'Glossary definition of "induction treatment".',
      }),
    termClass: 'concept',
    trials: [],
  },
  {
    key: 'clinical-trial',
    facts: ['D21'],
    name: () =>
      msg('clinical trial', {
        id: 'glossary.clinical-trial.name',
        desc: 'Glossary term (common noun, singular).',
      }),
    aliases: ['clinical trials'],
    localeAliases: { es: ['ensayo clínico', 'ensayos clínicos'] },
    definition: () =>
      msg('A clinical trial is a research study that tests a treatment with people.', {
        id: 'glossary.clinical-trial.definition',
        desc: 'Glossary definition of "clinical trial".',
      }),
    termClass: 'concept',
    trials: [],
  },
];

const normalise = (s: string) => s.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();

/** Every spelling of an entry that a reader might meet: key, English name, aliases, locale aliases. */
export function glossarySpellings(entry: GlossaryEntry): string[] {
  return [
    entry.key,
    entry.key.replace(/-/g, ' '),
    entry.name(),
    ...entry.aliases,
    ...Object.values(entry.localeAliases).flat(),
  ];
}

let index: Map<string, GlossaryEntry> | undefined;

/**
 * The glossary entry for a key, name or alias (any locale's alias), case-insensitive; undefined
 * when unknown. "erbumine" on its own is deliberately unknown (facts.md D14).
 */
export function glossaryEntry(keyOrAlias: string): GlossaryEntry | undefined {
  if (!index) {
    index = new Map();
    // English names, not the current locale's: the index is built once.
    for (const entry of glossary)
      for (const spelling of glossarySpellings(entry))
        if (!index.has(normalise(spelling))) index.set(normalise(spelling), entry);
  }
  if (typeof keyOrAlias !== 'string') return undefined;
  return index.get(normalise(keyOrAlias));
}
