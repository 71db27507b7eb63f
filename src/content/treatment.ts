import { msg } from '@lit/localize';
import { html } from 'lit';
import {
  checkedMonth,
  otherTargetedRegistries,
  otherTrialsMayBeOpen,
  parcRegistries,
  trialByDrug,
  trialsBehind,
  trialStatusList,
} from './treatment-trials.js';
import { careTeamNote } from './care-team.js';
import type { ContentUnit, RichContentUnit, RiskGroup, Situation } from './types.js';

// What <nb-treatment-card> says (facts S01–S18): our own plain words, one unit per idea, every
// medical word explained in the sentence or wrapped in <nb-drug-term> (a glossary term). Outcomes
// only as aims; the 2022 research as the researchers' view, in the past tense where it has ended.

/** The Cancer Research UK clinical trials database (S18). */
export const TRIALS_DATABASE_URL =
  'https://www.cancerresearchuk.org/about-cancer/find-a-clinical-trial';

/**
 * How the card lays a unit out: `paragraph` → wrap in `<p>`; `block` → the unit renders its own
 * block markup (a list), wrap in `<div>`; `subheading` → a heading one level below the section's.
 */
export type BlockKind = 'paragraph' | 'block' | 'subheading';

/**
 * A unit of the card. `text` may take the rendering locale and the element's clock: units that
 * state a trial's status date it and judge its freshness at `now` (default: the real time).
 */
export interface TreatmentUnit extends RichContentUnit<[locale?: string, now?: Date]> {
  readonly kind: BlockKind;
}

export type TreatmentSectionId =
  'meaning' | 'depends' | 'options' | 'further' | 'research' | 'specialist' | 'find-trial';

export interface TreatmentSection {
  readonly id: TreatmentSectionId;
  readonly heading: ContentUnit;
  readonly units: readonly TreatmentUnit[];
}

// 1. What relapsed and refractory mean ---------------------------------------------------------

export const refractoryMeaning: TreatmentUnit = {
  id: 'treatment.meaning.refractory',
  kind: 'paragraph',
  facts: ['S01'],
  situations: ['refractory'],
  text: () =>
    msg(
      html`If treatment does not get rid of neuroblastoma, doctors call it
        <nb-drug-term term="refractory">refractory</nb-drug-term>.`,
      {
        id: 'treatment.meaning.refractory',
        desc: 'Defines "refractory" neuroblastoma for parents. Use the medical word your readers will hear from doctors. Keep the <nb-drug-term> placeholders around it.',
      },
    ),
};

export const relapsedMeaning: TreatmentUnit = {
  id: 'treatment.meaning.relapsed',
  kind: 'paragraph',
  facts: ['S02'],
  situations: ['relapsed'],
  text: () =>
    msg(
      html`If neuroblastoma has come back after treatment, doctors call it
        <nb-drug-term term="relapsed">relapsed</nb-drug-term>. It is also called recurrent.`,
      {
        id: 'treatment.meaning.relapsed',
        desc: 'Defines "relapsed" (also "recurrent") neuroblastoma for parents. Keep the <nb-drug-term> placeholders around "relapsed".',
      },
    ),
};

export const outlook: TreatmentUnit = {
  id: 'treatment.meaning.outlook',
  kind: 'paragraph',
  facts: ['S03'],
  text: () =>
    msg(
      'It can be harder to treat. But there are treatments for it, and research aims to make them better.',
      {
        id: 'treatment.meaning.outlook',
        desc: 'Calm, honest sentence after the definitions. "Aims to": never promise a result.',
      },
    ),
};

// 2. What treatment depends on -----------------------------------------------------------------

export const dependsOn: TreatmentUnit = {
  id: 'treatment.depends.list',
  kind: 'block',
  facts: ['S04'],
  text: () =>
    msg(
      html`<p>The right treatment for your child depends on:</p>
        <ul>
          <li>where the cancer has come back</li>
          <li>
            the <nb-drug-term term="risk-group">risk group</nb-drug-term> your child was in at first
            (low, intermediate or high risk)
          </li>
          <li>the treatment your child has had already</li>
          <li>how serious any side effects are now, or were before</li>
        </ul>`,
      {
        id: 'treatment.depends.list',
        desc: 'An intro line and a bulleted list of what decides the treatment. Keep the markup placeholders. "Risk group": doctors put each child in a low, intermediate or high risk group.',
      },
    ),
};

// 3. Options by risk group ---------------------------------------------------------------------

export const lowIntermediateHeading: TreatmentUnit = {
  id: 'treatment.options.low-heading',
  kind: 'subheading',
  facts: [],
  riskGroups: ['low', 'intermediate'],
  text: () =>
    msg('Low or intermediate risk', {
      id: 'treatment.options.low-heading',
      desc: 'Sub-heading: options for children in the low or intermediate risk group.',
    }),
};

export const lowIntermediateSurgery: TreatmentUnit = {
  id: 'treatment.options.low-surgery',
  kind: 'paragraph',
  facts: ['S05'],
  riskGroups: ['low', 'intermediate'],
  situations: ['relapsed'],
  text: () =>
    msg(
      html`Sometimes low or intermediate risk neuroblastoma comes back in the place where it began.
        Then your child may need <nb-drug-term term="surgery">surgery</nb-drug-term> again. This may
        be with or without <nb-drug-term term="chemotherapy">chemotherapy</nb-drug-term>.`,
      {
        id: 'treatment.options.low-surgery',
        desc: 'Option for low or intermediate risk disease that came back where it started. Keep the <nb-drug-term> placeholders around the glossary word.',
      },
    ),
};

export const highHeading: TreatmentUnit = {
  id: 'treatment.options.high-heading',
  kind: 'subheading',
  facts: [],
  riskGroups: ['high'],
  text: () =>
    msg('High risk', {
      id: 'treatment.options.high-heading',
      desc: 'Sub-heading: options for children in the high risk group.',
    }),
};

export const highIntensity: TreatmentUnit = {
  id: 'treatment.options.high-intensity',
  kind: 'paragraph',
  facts: ['S06'],
  riskGroups: ['high'],
  text: () =>
    msg(
      'If your child’s neuroblastoma is high risk, their treatment is usually more intense. It is likely to be a mix of treatments again.',
      {
        id: 'treatment.options.high-intensity',
        desc: 'What treatment is like for high risk disease.',
      },
    ),
};

export const highChemotherapy: TreatmentUnit = {
  id: 'treatment.options.high-chemotherapy',
  kind: 'paragraph',
  facts: ['S07'],
  riskGroups: ['high'],
  text: () =>
    msg(
      html`The <nb-drug-term term="chemotherapy">chemotherapy</nb-drug-term> is likely to be
        different from the first time. The choice depends on the treatments your child had before,
        and on any side effects they had.`,
      {
        id: 'treatment.options.high-chemotherapy',
        desc: 'How the chemotherapy for high risk disease is chosen. Keep the <nb-drug-term> placeholders.',
      },
    ),
};

export const highMibg: TreatmentUnit = {
  id: 'treatment.options.high-mibg',
  kind: 'paragraph',
  facts: ['S08'],
  riskGroups: ['high'],
  text: () =>
    msg(
      html`Your child’s doctor may also suggest
        <nb-drug-term term="targeted-radiotherapy">mIBG therapy</nb-drug-term>. This is targeted
        radiotherapy: radiation aimed at the cancer cells. It is like the
        <nb-drug-term term="mibg-scan">mIBG scan</nb-drug-term> that doctors use to find
        neuroblastoma. But for treatment, your child has more radioactive iodine than in the scan.
        The cancer cells take in the <nb-drug-term term="mibg">mIBG</nb-drug-term>, and the
        radiation aims to kill them.`,
      {
        id: 'treatment.options.high-mibg',
        desc: 'Explains mIBG therapy. Keep "mIBG" exactly and the <nb-drug-term> placeholders. "Aims to kill": never promise that it works.',
      },
    ),
};

// 4. Further treatments --------------------------------------------------------------------------

// On the page, S09 sits under the High risk group heading: it is for high risk only.
export const furtherTreatments: TreatmentUnit = {
  id: 'treatment.further.drugs',
  kind: 'paragraph',
  facts: ['S09'],
  riskGroups: ['high'],
  text: () =>
    msg(
      html`Some children go on to have other treatments. One is an
        <nb-drug-term term="immunotherapy">immunotherapy</nb-drug-term> drug such as
        <nb-drug-term term="dinutuximab-beta">dinutuximab beta</nb-drug-term>. Another is
        <nb-drug-term term="isotretinoin">isotretinoin</nb-drug-term> (13-cis-retinoic acid), a
        substance related to vitamin A.`,
      {
        id: 'treatment.further.drugs',
        desc: 'Other treatments some children in the high risk group have. Drug names: use your language’s official name where one exists (Spanish: ciclofosfamida, topotecán…), else the international name. Keep the <nb-drug-term> placeholders.',
      },
    ),
};

export const furtherTrial: TreatmentUnit = {
  id: 'treatment.further.trial',
  kind: 'paragraph',
  facts: ['S10'],
  text: () =>
    msg(
      html`Your child’s doctor might suggest treatment as part of a
        <nb-drug-term term="clinical-trial">clinical trial</nb-drug-term>. A trial is likely to try
        newer treatments.`,
      {
        id: 'treatment.further.trial',
        desc: 'Treatment within a clinical trial. Keep the <nb-drug-term> placeholders.',
      },
    ),
};

// 5. Research --------------------------------------------------------------------------------------

export const researchIntro: TreatmentUnit = {
  id: 'treatment.research.intro',
  kind: 'paragraph',
  facts: ['S03'],
  text: () =>
    msg(
      'Researchers are looking for better ways to treat this kind of neuroblastoma. Here is some of the research that Cancer Research UK described in 2022.',
      {
        id: 'treatment.research.intro',
        desc: 'Opens the research section. "Cancer Research UK" is a charity name: keep it in English.',
      },
    ),
};

export const researchCompareHeading: TreatmentUnit = {
  id: 'treatment.research.compare-heading',
  kind: 'subheading',
  facts: [],
  situations: ['refractory'],
  text: () =>
    msg('Comparing two strong treatments', {
      id: 'treatment.research.compare-heading',
      desc: 'Sub-heading: a study comparing two intensive treatments for refractory disease.',
    }),
};

export const researchCompare: TreatmentUnit = {
  id: 'treatment.research.compare',
  kind: 'paragraph',
  facts: ['S11'],
  situations: ['refractory'],
  text: () =>
    msg(
      html`Some cancers keep growing and do not respond to the first treatment, called
        <nb-drug-term term="induction-treatment">induction treatment</nb-drug-term>. There is no
        standard treatment for this. One study set out to compare two strong treatments. The first
        is a high dose of <nb-drug-term term="thiotepa">thiotepa</nb-drug-term>, a
        <nb-drug-term term="chemotherapy">chemotherapy</nb-drug-term> drug. The second is
        <nb-drug-term term="mibg">131I-mIBG</nb-drug-term>, a radiotherapy that carries radiation
        into the cancer cells, given with <nb-drug-term term="topotecan">topotecan</nb-drug-term>,
        another chemotherapy drug.`,
      {
        id: 'treatment.research.compare',
        desc: 'A study for refractory disease. Drug names: use your language’s official name where one exists (Spanish: ciclofosfamida, topotecán…), else the international name. Keep "131I-mIBG" and the <nb-drug-term> placeholders.',
      },
    ),
};

export const researchTargetedHeading: TreatmentUnit = {
  id: 'treatment.research.targeted-heading',
  kind: 'subheading',
  facts: [],
  text: () =>
    msg('Targeted drugs and immunotherapy', {
      id: 'treatment.research.targeted-heading',
      desc: 'Sub-heading: research on targeted cancer drugs and immunotherapy.',
    }),
};

export const researchTargetedExplained: TreatmentUnit = {
  id: 'treatment.research.targeted-explained',
  kind: 'paragraph',
  facts: ['S12'],
  text: () =>
    msg(
      html`<nb-drug-term term="targeted-cancer-drug">Targeted cancer drugs</nb-drug-term> act on the
        ways cancer cells differ from normal cells. These differences help the cancer cells grow and
        survive. <nb-drug-term term="immunotherapy">Immunotherapy</nb-drug-term> drugs help the
        body’s immune system attack the cancer.`,
      {
        id: 'treatment.research.targeted-explained',
        desc: 'What targeted drugs and immunotherapy do. Keep the <nb-drug-term> placeholders.',
      },
    ),
};

export const researchBevacizumab: TreatmentUnit = {
  id: 'treatment.research.bevacizumab',
  kind: 'paragraph',
  facts: ['S13'],
  text: () =>
    msg(
      html`<nb-drug-term term="bevacizumab">Bevacizumab</nb-drug-term> is a
        <nb-drug-term term="targeted-cancer-drug">targeted drug</nb-drug-term>. It is a type called
        a <nb-drug-term term="monoclonal-antibody">monoclonal antibody</nb-drug-term>. It acts on
        the blood supply of the cancer. The aim is that the cancer cells die without this blood
        supply. Researchers studied it together with
        <nb-drug-term term="chemotherapy">chemotherapy</nb-drug-term>. The Cancer Research UK page,
        reviewed in 2022, reported what the researchers thought. They recommended bevacizumab with
        <nb-drug-term term="irinotecan">irinotecan</nb-drug-term> and
        <nb-drug-term term="temozolomide">temozolomide</nb-drug-term> for
        <nb-drug-term term="relapsed">relapsed</nb-drug-term> or
        <nb-drug-term term="refractory">refractory</nb-drug-term> neuroblastoma. That was the view
        of those researchers, not advice for your child.`,
      {
        id: 'treatment.research.bevacizumab',
        desc: 'Bevacizumab research. "Without this blood supply": the cancer cells lose their blood supply. The recommendation must stay attributed to the researchers, as the 2022 page reported it (past tense): it is not advice to a family.',
      },
    ),
};

export const researchCombinations: TreatmentUnit = {
  id: 'treatment.research.combinations',
  kind: 'paragraph',
  facts: ['S14'],
  text: () =>
    msg(
      html`Other possible mixes are <nb-drug-term term="topotecan">topotecan</nb-drug-term> with
        <nb-drug-term term="cyclophosphamide">cyclophosphamide</nb-drug-term>, or topotecan with
        <nb-drug-term term="temozolomide">temozolomide</nb-drug-term>.`,
      {
        id: 'treatment.research.combinations',
        desc: 'Other chemotherapy combinations. Drug names: use your language’s official name where one exists (Spanish: ciclofosfamida, topotecán…), else the international name. Keep the <nb-drug-term> placeholders.',
      },
    ),
};

export const researchOtherTargetedHeading: TreatmentUnit = {
  id: 'treatment.research.other-targeted-heading',
  kind: 'subheading',
  facts: [],
  text: () =>
    msg('Other targeted drugs', {
      id: 'treatment.research.other-targeted-heading',
      desc: 'Sub-heading: studies of other targeted cancer drugs.',
    }),
};

export const researchOtherTargeted: TreatmentUnit = {
  id: 'treatment.research.other-targeted',
  kind: 'paragraph',
  facts: ['S15'],
  text: () =>
    msg(
      html`In 2022, doctors were studying other
        <nb-drug-term term="targeted-cancer-drug">targeted drugs</nb-drug-term>, on their own or
        with <nb-drug-term term="chemotherapy">chemotherapy</nb-drug-term>. These were
        <nb-drug-term term="venetoclax">venetoclax</nb-drug-term>,
        <nb-drug-term term="lorlatinib">lorlatinib</nb-drug-term>,
        <nb-drug-term term="idasanutlin">idasanutlin</nb-drug-term>,
        <nb-drug-term term="ly3295668-erbumine">LY3295668 erbumine</nb-drug-term> and
        <nb-drug-term term="entrectinib">entrectinib</nb-drug-term>.`,
      {
        id: 'treatment.research.other-targeted',
        desc: 'Research on targeted drugs as the 2022 page described it: keep the past tense. "LY3295668 erbumine" is one name: never shorten it.',
      },
    ),
};

export const researchArginaseHeading: TreatmentUnit = {
  id: 'treatment.research.arginase-heading',
  kind: 'subheading',
  facts: [],
  text: () =>
    msg('A drug that lowers arginine', {
      id: 'treatment.research.arginase-heading',
      desc: 'Sub-heading: research on BCT-100. Arginine is an amino acid.',
    }),
};

/**
 * Newer than the page (T04–T08, registry records): what became of the trials of S15, from the
 * same trial data <nb-trial-list> shows, dated and judged for freshness at the card's clock.
 */
export const researchOtherTargetedStatus: TreatmentUnit = {
  id: 'treatment.research.other-targeted-status',
  kind: 'block',
  facts: ['S15', 'T04', 'T05', 'T06', 'T07', 'T08'],
  text: (locale = 'en-GB', now = new Date()) => {
    const shown = trialsBehind('S15');
    return html`<p>${otherTargetedRegistries(checkedMonth(shown, locale, now))}</p>
      ${trialStatusList(shown, trialByDrug, locale, now)}
      <p>${otherTrialsMayBeOpen()}</p>`;
  },
};

/**
 * BCT-100 (S16): what the page said in 2022, then what the registry records say of its trial,
 * PARC (T09), from the same trial data <nb-trial-list> shows.
 */
export const researchArginase: TreatmentUnit = {
  id: 'treatment.research.arginase',
  kind: 'block',
  facts: ['S16', 'T09'],
  text: (locale = 'en-GB', now = new Date()) => {
    const shown = trialsBehind('S16');
    return html`<p>
        ${msg(
          html`Researchers have looked at a drug called
            <nb-drug-term term="bct-100">BCT-100</nb-drug-term> (pegylated recombinant human
            arginase). It lowers the amount of
            <nb-drug-term term="arginine">arginine</nb-drug-term> in the body. Arginine is a
            building block of protein. Cancer cells need it to grow and divide. So the aim is to
            starve the cancer cells. In 2022, its trial no longer took new patients. Its results
            were still to come.`,
          {
            id: 'treatment.research.arginase',
            desc: 'BCT-100 research as the 2022 page described it (past tense). Arginine is an amino acid ("a building block of protein", never "a protein"). "The aim is": never promise a result. Keep the <nb-drug-term> placeholders.',
          },
        )}
      </p>
      <p>${parcRegistries(checkedMonth(shown, locale, now))}</p>
      ${trialStatusList(shown, (t) => t.name, locale, now)}`;
  },
};

// 6. Talk to your specialist -------------------------------------------------------------------

export const talkToSpecialist: TreatmentUnit = {
  id: 'treatment.specialist.talk',
  kind: 'paragraph',
  facts: ['S17'],
  text: () =>
    msg(
      html`Talk to your child’s <nb-drug-term term="specialist">specialist</nb-drug-term> doctor
        about treatment: they are the best person to ask. You can also ask them whether your child
        could join a <nb-drug-term term="clinical-trial">clinical trial</nb-drug-term>.`,
      {
        id: 'treatment.specialist.talk',
        desc: 'Points parents to their child’s specialist doctor. Keep the <nb-drug-term> placeholders.',
      },
    ),
};

// The care-team note (every card, every credits footer) is in ./care-team.ts, so that the
// footer does not pull the treatment text into pages without a card.

// 7. Find a trial ------------------------------------------------------------------------------

export const findTrial: TreatmentUnit = {
  id: 'treatment.find-trial.database',
  kind: 'paragraph',
  facts: ['S18'],
  text: () =>
    msg(
      html`You can look for a trial on the
        <a href="https://www.cancerresearchuk.org/about-cancer/find-a-clinical-trial" lang="en-GB"
          >Cancer Research UK clinical trials database</a
        >.`,
      {
        id: 'treatment.find-trial.database',
        desc: 'Link to the Cancer Research UK trials search (an English website). Keep the link placeholders around the name.',
      },
    ),
};

// Section headings -----------------------------------------------------------------------------

export const sectionHeadings: Readonly<Record<TreatmentSectionId, ContentUnit>> = {
  meaning: {
    id: 'treatment.heading.meaning',
    facts: [],
    text: () =>
      msg('What relapsed and refractory mean', {
        id: 'treatment.heading.meaning',
        desc: 'Section heading in the treatment card.',
      }),
  },
  depends: {
    id: 'treatment.heading.depends',
    facts: [],
    text: () =>
      msg('What treatment depends on', {
        id: 'treatment.heading.depends',
        desc: 'Section heading in the treatment card.',
      }),
  },
  options: {
    id: 'treatment.heading.options',
    facts: [],
    text: () =>
      msg('Treatment options', {
        id: 'treatment.heading.options',
        desc: 'Section heading: treatments by risk group.',
      }),
  },
  further: {
    id: 'treatment.heading.further',
    facts: [],
    text: () =>
      msg('Other treatments', {
        id: 'treatment.heading.further',
        desc: 'Section heading: treatments some children have later.',
      }),
  },
  research: {
    id: 'treatment.heading.research',
    facts: [],
    text: () =>
      msg('Research into new treatments', {
        id: 'treatment.heading.research',
        desc: 'Section heading: clinical research described by the source page.',
      }),
  },
  specialist: {
    id: 'treatment.heading.specialist',
    facts: [],
    text: () =>
      msg('Talk to your child’s specialist', {
        id: 'treatment.heading.specialist',
        desc: 'Section heading in the treatment card.',
      }),
  },
  'find-trial': {
    id: 'treatment.heading.find-trial',
    facts: [],
    text: () =>
      msg('Find a clinical trial', {
        id: 'treatment.heading.find-trial',
        desc: 'Section heading: where to search for trials.',
      }),
  },
};

/** The card's body sections, in reading order. Helpline and sources come from their own modules. */
export const treatmentSections: readonly TreatmentSection[] = [
  {
    id: 'meaning',
    heading: sectionHeadings.meaning,
    units: [refractoryMeaning, relapsedMeaning, outlook],
  },
  { id: 'depends', heading: sectionHeadings.depends, units: [dependsOn] },
  {
    id: 'options',
    heading: sectionHeadings.options,
    units: [
      lowIntermediateHeading,
      lowIntermediateSurgery,
      highHeading,
      highIntensity,
      highChemotherapy,
      highMibg,
      furtherTreatments,
    ],
  },
  { id: 'further', heading: sectionHeadings.further, units: [furtherTrial] },
  {
    id: 'research',
    heading: sectionHeadings.research,
    units: [
      researchIntro,
      researchCompareHeading,
      researchCompare,
      researchTargetedHeading,
      researchTargetedExplained,
      researchBevacizumab,
      researchCombinations,
      researchOtherTargetedHeading,
      researchOtherTargeted,
      researchOtherTargetedStatus,
      researchArginaseHeading,
      researchArginase,
    ],
  },
  {
    id: 'specialist',
    heading: sectionHeadings.specialist,
    units: [talkToSpecialist, careTeamNote],
  },
  { id: 'find-trial', heading: sectionHeadings['find-trial'], units: [findTrial] },
];

/**
 * Whether a unit is for this reader: untagged units are for everyone; an unset `riskGroup` or
 * `situation` (the card shows everything) matches every tag.
 */
export function unitApplies(
  unit: Pick<RichContentUnit, 'riskGroups' | 'situations'>,
  riskGroup?: RiskGroup | null,
  situation?: Situation | null,
): boolean {
  if (riskGroup && unit.riskGroups && !unit.riskGroups.includes(riskGroup)) return false;
  if (situation && unit.situations && !unit.situations.includes(situation)) return false;
  return true;
}

/**
 * A section's units for one reader (unset = everyone), with sub-headings dropped when nothing
 * follows them. Works for any section of treatment units (the card's sections add their own).
 */
export function sectionUnits<U extends Pick<TreatmentUnit, 'kind' | 'riskGroups' | 'situations'>>(
  section: { readonly units: readonly U[] },
  riskGroup?: RiskGroup | null,
  situation?: Situation | null,
): U[] {
  const kept = section.units.filter((u) => unitApplies(u, riskGroup, situation));
  return kept.filter(
    (u, i) => u.kind !== 'subheading' || (kept[i + 1] && kept[i + 1].kind !== 'subheading'),
  );
}

// Labels the card needs around the body -------------------------------------------------------

export const riskGroupLabels: Readonly<Record<RiskGroup, ContentUnit>> = {
  low: {
    id: 'treatment.risk.low',
    facts: [],
    text: () =>
      msg('Low risk', {
        id: 'treatment.risk.low',
        desc: 'Name of a risk group (doctors sort neuroblastoma into low, intermediate and high risk groups).',
      }),
  },
  intermediate: {
    id: 'treatment.risk.intermediate',
    facts: [],
    text: () =>
      msg('Intermediate risk', {
        id: 'treatment.risk.intermediate',
        desc: 'Name of a risk group (between low and high).',
      }),
  },
  high: {
    id: 'treatment.risk.high',
    facts: [],
    text: () =>
      msg('High risk', {
        id: 'treatment.risk.high',
        desc: 'Name of a risk group.',
      }),
  },
};

export const situationLabels: Readonly<Record<Situation, ContentUnit>> = {
  relapsed: {
    id: 'treatment.situation.relapsed',
    facts: [],
    text: () =>
      msg('Relapsed: it has come back', {
        id: 'treatment.situation.relapsed',
        desc: 'Label for neuroblastoma that came back after treatment (medical word first, then plain words).',
      }),
  },
  refractory: {
    id: 'treatment.situation.refractory',
    facts: [],
    text: () =>
      msg('Refractory: it has not gone away', {
        id: 'treatment.situation.refractory',
        desc: 'Label for neuroblastoma that did not go away with treatment (medical word first, then plain words).',
      }),
  },
};

export const trialsTeaser: TreatmentUnit = {
  id: 'treatment.trials-teaser',
  kind: 'paragraph',
  facts: [],
  text: () =>
    msg(
      'The trials behind this research are listed with their status and the date we checked it.',
      {
        id: 'treatment.trials-teaser',
        desc: 'Short line leading to the list of trials. Statuses always come with the date they were checked.',
      },
    ),
};

export const helplineHeading: ContentUnit = {
  id: 'treatment.heading.helpline',
  facts: [],
  text: () =>
    msg('Talk to a nurse', {
      id: 'treatment.heading.helpline',
      desc: 'Section heading above the nurse helpline in the treatment card.',
    }),
};

export const aboutHeading: ContentUnit = {
  id: 'treatment.heading.about',
  facts: [],
  text: () =>
    msg('About this information', {
      id: 'treatment.heading.about',
      desc: 'Heading above the sources, review dates and content version.',
    }),
};
