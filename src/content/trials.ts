import { msg, str } from '@lit/localize';
import { ltr } from '../locale/bidi.js';
import { mapRegistryStatus } from './trial-status.js';
import type { RegistryId, Trial } from './types.js';

// The trials behind the source's research section (facts T01–T09), as recorded in the registries
// in March 2025. Names, sponsors and registry IDs are proper nouns: never translated (PARC's note
// on who supplied the drug is translated around the isolated names). Statuses change: every
// element shows `status` with `statusChecked`.

/** When the fact sheet's registry facts were recorded. */
export const TRIALS_CHECKED = '2025-03';

const nct = (id: string): RegistryId => ({
  registry: 'ClinicalTrials.gov',
  id,
  url: `https://clinicaltrials.gov/study/${id}`,
});
const isrctn = (id: string): RegistryId => ({
  registry: 'ISRCTN',
  id,
  url: `https://www.isrctn.com/${id}`,
});
// EudraCT and IRAS have no stable public page per record on the fact sheet: no link.
const eudract = (id: string): RegistryId => ({ registry: 'EudraCT', id });
const iras = (id: string): RegistryId => ({ registry: 'IRAS', id });

export const trials: readonly Trial[] = [
  {
    id: 'T01',
    facts: ['T01'],
    name: 'VERITAS',
    summary: () =>
      msg(
        'VERITAS was for high-risk neuroblastoma that had not responded to the first treatment. It compared two strong treatments. These were high-dose thiotepa, or 131I-mIBG with topotecan.',
        {
          id: 'trial.T01.summary',
          desc: 'Summary of the VERITAS trial. Drug names: use your language’s official name where one exists (Spanish: ciclofosfamida, topotecán…), else the international name; keep "131I-mIBG" exactly. High-risk is a risk group.',
        },
      ),
    registryIds: [nct('NCT03165292')],
    sponsor: 'Gustave Roussy',
    phase: '2',
    status: mapRegistryStatus('TERMINATED'),
    registryStatus: 'Terminated',
    statusNote: () =>
      msg('It stopped early because of problems with the supply of mIBG.', {
        id: 'trial.T01.status-note',
        desc: 'Why the VERITAS trial ended early. mIBG is a radioactive treatment.',
      }),
    statusChecked: TRIALS_CHECKED,
    treatments: ['thiotepa', 'mibg', 'topotecan'],
    sourceFact: 'S11',
    newerThanSource: false,
  },
  {
    id: 'T02',
    facts: ['T02'],
    name: 'BEACON-Neuroblastoma',
    summary: () =>
      msg(
        'BEACON-Neuroblastoma was for neuroblastoma that had come back or not gone away. It tested chemotherapy with temozolomide, irinotecan or topotecan, with or without bevacizumab.',
        {
          id: 'trial.T02.summary',
          desc: 'Summary of the BEACON-Neuroblastoma trial. Drug names: use your language’s official name where one exists (Spanish: ciclofosfamida, topotecán…), else the international name.',
        },
      ),
    registryIds: [nct('NCT02308527'), eudract('2012-000072-42')],
    sponsor: 'University of Birmingham',
    phase: '2',
    status: mapRegistryStatus('closed'),
    registryStatus: 'Closed',
    statusNote: () =>
      msg('Its results were published in 2024, in the Journal of Clinical Oncology.', {
        id: 'trial.T02.status-note',
        desc: 'Where the BEACON-Neuroblastoma results appeared. "Journal of Clinical Oncology" is a journal title: keep it in English.',
      }),
    statusChecked: TRIALS_CHECKED,
    treatments: ['bevacizumab', 'temozolomide', 'irinotecan', 'topotecan'],
    sourceFact: 'S13',
    newerThanSource: false,
  },
  {
    id: 'T03',
    facts: ['T03'],
    name: 'BEACON2',
    summary: () =>
      msg(
        'BEACON2 follows on from BEACON, for neuroblastoma that has come back or not gone away. Its first part compares two mixes of drugs. Both use irinotecan and temozolomide: one adds dinutuximab beta, the other adds bevacizumab.',
        {
          id: 'trial.T03.summary',
          desc: 'Summary of the BEACON2 trial (newer than the Cancer Research UK page). Drug names: use your language’s official name where one exists (Spanish: ciclofosfamida, topotecán…), else the international name.',
        },
      ),
    registryIds: [isrctn('ISRCTN12532102'), eudract('2022-003816-10')],
    sponsor: 'University of Birmingham',
    phase: '1/2',
    status: mapRegistryStatus('Recruiting'),
    registryStatus: 'Recruiting',
    statusNote: () =>
      msg(
        'The registry record was last changed on 11 March 2025. Cancer Research UK lists the trial as open.',
        {
          id: 'trial.T03.status-note',
          desc: 'Evidence for the BEACON2 status. "Cancer Research UK" is a charity name: keep it in English.',
        },
      ),
    statusChecked: TRIALS_CHECKED,
    treatments: ['dinutuximab-beta', 'bevacizumab', 'irinotecan', 'temozolomide'],
    newerThanSource: true,
  },
  {
    id: 'T04',
    facts: ['T04'],
    name: 'Venetoclax (AbbVie)',
    summary: () =>
      msg(
        'This study looked at venetoclax in children with some cancers, such as neuroblastoma. The cancers had come back or not responded to treatment.',
        { id: 'trial.T04.summary', desc: 'Summary of a trial of the medicine venetoclax.' },
      ),
    registryIds: [nct('NCT03236857')],
    sponsor: 'AbbVie',
    phase: '1',
    status: mapRegistryStatus('closed'),
    registryStatus: 'Closed',
    statusChecked: TRIALS_CHECKED,
    treatments: ['venetoclax'],
    sourceFact: 'S15',
    newerThanSource: false,
  },
  {
    id: 'T05',
    facts: ['T05'],
    name: 'NANT 2015-02 (lorlatinib)',
    summary: () =>
      msg(
        'This study looked at lorlatinib. It was for neuroblastoma with a change in the ALK gene. This change helps the cancer grow.',
        {
          id: 'trial.T05.summary',
          desc: 'Summary of a trial of the medicine lorlatinib. ALK is the name of a gene; keep it.',
        },
      ),
    registryIds: [nct('NCT03107988')],
    sponsor: 'New Approaches to Neuroblastoma Therapy (NANT) consortium',
    phase: '1',
    status: mapRegistryStatus('Closed to enrolment'),
    registryStatus: 'Closed to enrolment',
    statusChecked: TRIALS_CHECKED,
    treatments: ['lorlatinib'],
    sourceFact: 'S15',
    newerThanSource: false,
  },
  {
    id: 'T06',
    facts: ['T06'],
    name: 'iMATRIX (idasanutlin)',
    summary: () =>
      msg(
        'This study looked at idasanutlin in children with solid tumours, such as neuroblastoma. A solid tumour is a cancer that forms a lump.',
        { id: 'trial.T06.summary', desc: 'Summary of a trial of the medicine idasanutlin.' },
      ),
    registryIds: [nct('NCT04029688')],
    sponsor: 'Roche',
    phase: '1/2',
    status: mapRegistryStatus('TERMINATED'),
    registryStatus: 'Terminated',
    statusChecked: TRIALS_CHECKED,
    treatments: ['idasanutlin'],
    sourceFact: 'S15',
    newerThanSource: false,
  },
  {
    id: 'T07',
    facts: ['T07'],
    name: 'LY3295668 erbumine (Eli Lilly)',
    summary: () =>
      msg(
        'This study looked at LY3295668 erbumine. It was for neuroblastoma that had come back or not gone away. The drug was given on its own and with chemotherapy.',
        {
          id: 'trial.T07.summary',
          desc: 'Summary of a trial of the medicine LY3295668 erbumine. Keep the drug name whole.',
        },
      ),
    registryIds: [eudract('2019-001042-18'), iras('265974')],
    sponsor: 'Eli Lilly',
    phase: '1',
    status: mapRegistryStatus('not recruiting'),
    registryStatus: 'Not recruiting',
    statusNote: () =>
      msg('Results were reported at ASCO, a meeting of cancer doctors.', {
        id: 'trial.T07.status-note',
        desc: 'Where results of the LY3295668 erbumine trial were reported. ASCO is the American Society of Clinical Oncology: keep the short name.',
      }),
    statusChecked: TRIALS_CHECKED,
    treatments: ['ly3295668-erbumine', 'chemotherapy'],
    sourceFact: 'S15',
    newerThanSource: false,
  },
  {
    id: 'T08',
    facts: ['T08'],
    name: 'STARTRK-NG',
    summary: () =>
      msg(
        'STARTRK-NG looked at entrectinib in children with solid tumours, such as neuroblastoma. A solid tumour is a cancer that forms a lump.',
        { id: 'trial.T08.summary', desc: 'Summary of the STARTRK-NG trial of entrectinib.' },
      ),
    registryIds: [nct('NCT02650401')],
    sponsor: 'Hoffmann-La Roche',
    phase: '1/2',
    status: mapRegistryStatus('Closed to accrual'),
    registryStatus: 'Closed to accrual',
    statusChecked: TRIALS_CHECKED,
    treatments: ['entrectinib'],
    sourceFact: 'S15',
    newerThanSource: false,
  },
  {
    id: 'T09',
    facts: ['T09'],
    name: 'PARC',
    summary: () =>
      msg(
        'PARC looked at BCT-100 (pegylated arginase) in children with some cancers. The cancers had come back or not responded to treatment.',
        {
          id: 'trial.T09.summary',
          desc: 'Summary of the PARC trial of the medicine BCT-100. "Pegylated arginase" is a short scientific name.',
        },
      ),
    registryIds: [nct('NCT03455140'), isrctn('ISRCTN21727048'), eudract('2017-002762-44')],
    // A getter: the note is translated when the list renders, in the page's language.
    get sponsor() {
      return msg(
        str`${ltr('University of Birmingham')} (drug from ${ltr('Bio-Cancer Treatment International')})`,
        {
          id: 'trial.T09.sponsor-note',
          desc: 'Who ran the PARC trial. The first placeholder is the sponsor (University of Birmingham), the second the company that supplied the trial drug, BCT-100: both are names, filled in by the code and never translated. "Drug from" means the company supplied the medicine. Keep both placeholders; move them where your grammar needs them.',
        },
      );
    },
    status: mapRegistryStatus('COMPLETED'),
    registryStatus: 'Completed',
    statusNote: () =>
      msg('Its results were published in 2024, by Fenwick and others, in Frontiers in Oncology.', {
        id: 'trial.T09.status-note',
        desc: 'Where the PARC trial results appeared. "Fenwick" is the first author’s surname and "Frontiers in Oncology" a journal title: keep both in English.',
      }),
    statusChecked: TRIALS_CHECKED,
    treatments: ['bct-100'],
    sourceFact: 'S16',
    newerThanSource: false,
  },
];

/** The trial with this fact ID (`T01` …), or undefined. */
export function trialById(id: string): Trial | undefined {
  return trials.find((t) => t.id === id);
}
