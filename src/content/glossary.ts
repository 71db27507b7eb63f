import { msg } from '@lit/localize';
import { glossaryReferences as refs } from './glossary-references.js';
import type { GlossaryEntry } from './types.js';

// Glossary (facts D01–D21, G01–G08): what each drug, treatment or key word of the source page
// means, in short plain sentences (Flesch–Kincaid grade ≤ 6, ≤ 15 words a sentence: see
// scripts/content/readability.mjs). Class facts only: no doses, no side effects. Each D entry and each
// G entry whose origin is a reference names the reference it was checked against; checking may
// only narrow an entry. Jargon (names of proteins and enzymes) is explained or left out.
// `aliases` are matched in every locale by <nb-glossary-scope>; never add a bare "erbumine" (a
// salt form, not a drug: facts.md D14).

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
    localeAliases: {
      es: ['quimioterapia', 'quimioterapias'],
      cy: ['cemotherapi', 'gemotherapi', 'chemotherapi', 'nghemotherapi'],
      ar: ['العلاج الكيميائي', 'علاج كيميائي'],
    },
    definition: () =>
      msg('Chemotherapy means drugs that kill cancer cells or stop them from dividing.', {
        id: 'glossary.chemotherapy.definition',
        desc: 'Glossary definition shown in a small pop-up next to the word "chemotherapy". Keep it short and plain.',
      }),
    termClass: 'concept',
    trials: [],
    reference: refs['chemotherapy'],
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
    localeAliases: {
      es: ['tiotepa'],
      ar: ['ثيوتيبا'],
    },
    definition: () =>
      msg('Thiotepa is a chemotherapy drug. It damages the DNA in cells, so they cannot divide.', {
        id: 'glossary.thiotepa.definition',
        desc: 'Glossary definition of the medicine thiotepa. DNA is the genetic material inside each cell.',
      }),
    termClass: 'chemotherapy',
    trials: ['T01'],
    reference: refs['thiotepa'],
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
    localeAliases: {
      es: ['temozolomida'],
      ar: ['تيموزولوميد'],
    },
    definition: () =>
      msg('Temozolomide is a chemotherapy drug that is taken by mouth.', {
        id: 'glossary.temozolomide.definition',
        desc: 'Glossary definition of the medicine temozolomide.',
      }),
    termClass: 'chemotherapy',
    trials: ['T02', 'T03'],
    reference: refs['temozolomide'],
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
    localeAliases: {
      es: ['ciclofosfamida'],
      ar: ['سيكلوفوسفاميد'],
    },
    definition: () =>
      msg(
        'Cyclophosphamide is a chemotherapy drug. It slows down or stops the growth of cancer cells.',
        {
          id: 'glossary.cyclophosphamide.definition',
          desc: 'Glossary definition of the medicine cyclophosphamide.',
        },
      ),
    termClass: 'chemotherapy',
    trials: [],
    reference: refs['cyclophosphamide'],
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
    localeAliases: {
      es: ['topotecán'],
      ar: ['توبوتيكان'],
    },
    definition: () =>
      msg(
        'Topotecan is a chemotherapy drug. It blocks a protein that cells need to copy their DNA.',
        {
          id: 'glossary.topotecan.definition',
          desc: 'Glossary definition of the medicine topotecan. DNA is the genetic material inside each cell.',
        },
      ),
    termClass: 'chemotherapy',
    trials: ['T01', 'T02'],
    reference: refs['topotecan'],
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
    localeAliases: {
      es: ['irinotecán'],
      ar: ['إرينوتيكان'],
    },
    definition: () =>
      msg('Irinotecan is a chemotherapy drug. It blocks a protein that cells need to divide.', {
        id: 'glossary.irinotecan.definition',
        desc: 'Glossary definition of the medicine irinotecan.',
      }),
    termClass: 'chemotherapy',
    trials: ['T02', 'T03'],
    reference: refs['irinotecan'],
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
    localeAliases: {
      ar: ['بيفاسيزوماب'],
    },
    definition: () =>
      msg(
        'Bevacizumab is a monoclonal antibody. It blocks a signal that tumours use to grow new blood vessels.',
        {
          id: 'glossary.bevacizumab.definition',
          desc: 'Glossary definition of the medicine bevacizumab. "Monoclonal antibody" is a glossary term of its own.',
        },
      ),
    termClass: 'targeted-drug',
    trials: ['T02', 'T03'],
    reference: refs['bevacizumab'],
  },
  {
    key: 'mibg',
    facts: ['D08'],
    name: () =>
      msg('mIBG', {
        id: 'glossary.mibg.name',
        desc: 'Short name of the substance meta-iodobenzylguanidine. Keep "mIBG" exactly (small m).',
      }),
    aliases: ['131I-mIBG', '131-I-mIBG', 'meta-iodobenzylguanidine'],
    localeAliases: {
      es: ['metayodobencilguanidina'],
      ar: ['ميتا يودوبنزيل غوانيدين'],
    },
    definition: () =>
      msg(
        'mIBG (meta-iodobenzylguanidine) is much like noradrenaline, a chemical the body makes. Neuroblastoma cells take it in. With radioactive iodine joined on, it can show these tumours on a scan. With iodine-131 (131I-mIBG), it is also used to treat them.',
        {
          id: 'glossary.mibg.definition',
          desc: 'Glossary definition of mIBG. Keep "mIBG", "131I-mIBG" and "iodine-131" exactly. Noradrenaline is a chemical messenger the body makes.',
        },
      ),
    termClass: 'concept',
    trials: ['T01'],
    reference: refs['mibg'],
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
    localeAliases: {
      ar: ['دينوتوكسيماب بيتا'],
    },
    definition: () =>
      msg(
        'Dinutuximab beta is an immunotherapy drug. It is an antibody that sticks to a marker on neuroblastoma cells. This helps the immune system attack them.',
        {
          id: 'glossary.dinutuximab-beta.definition',
          desc: 'Glossary definition of the medicine dinutuximab beta. An antibody is a protein that sticks to one target.',
        },
      ),
    termClass: 'immunotherapy',
    trials: ['T03'],
    reference: refs['dinutuximab-beta'],
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
    localeAliases: {
      es: ['isotretinoína', 'ácido 13-cis-retinoico'],
      cy: ['asid 13-cis-retinoig'],
      ar: ['إيزوتريتينوين', 'حمض 13-سيس-الريتينويك'],
    },
    definition: () =>
      msg(
        'Isotretinoin, also called 13-cis-retinoic acid, is a retinoid. This means it is related to vitamin A. It is thought to help some cancer cells grow into normal cells.',
        {
          id: 'glossary.isotretinoin.definition',
          desc: 'Glossary definition of the medicine isotretinoin. Keep "13-cis-retinoic acid" in its usual form in your language. "Is thought to": the reference does not say it always works.',
        },
      ),
    termClass: 'retinoid',
    trials: [],
    reference: refs['isotretinoin'],
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
    localeAliases: {
      ar: ['فينيتوكلاكس'],
    },
    definition: () =>
      msg(
        'Venetoclax is a targeted cancer drug. It blocks a protein that helps decide whether a cell lives or dies.',
        {
          id: 'glossary.venetoclax.definition',
          desc: 'Glossary definition of the medicine venetoclax.',
        },
      ),
    termClass: 'targeted-drug',
    trials: ['T04'],
    reference: refs['venetoclax'],
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
    localeAliases: {
      ar: ['لورلاتينيب'],
    },
    definition: () =>
      msg(
        'Lorlatinib is a targeted cancer drug. It blocks a protein that can make some tumours grow out of control.',
        {
          id: 'glossary.lorlatinib.definition',
          desc: 'Glossary definition of the medicine lorlatinib.',
        },
      ),
    termClass: 'targeted-drug',
    trials: ['T05'],
    reference: refs['lorlatinib'],
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
    localeAliases: {
      es: ['idasanutlina'],
      ar: ['إيداسانوتلين'],
    },
    definition: () =>
      msg(
        'Idasanutlin is a targeted cancer drug. It blocks a protein that holds back one of the cell’s own defences against cancer.',
        {
          id: 'glossary.idasanutlin.definition',
          desc: 'Glossary definition of the medicine idasanutlin. "The cell’s own defences": a natural brake inside the cell that stops tumours.',
        },
      ),
    termClass: 'targeted-drug',
    trials: ['T06'],
    reference: refs['idasanutlin'],
  },
  {
    key: 'ly3295668-erbumine',
    facts: ['D14'],
    name: () =>
      msg('LY3295668 erbumine', {
        id: 'glossary.ly3295668-erbumine.name',
        desc: 'Code name of a medicine. Keep it exactly, as one name: never shorten it to "erbumine".',
      }),
    aliases: ['LY3295668'],
    localeAliases: {},
    definition: () =>
      msg(
        'LY3295668 erbumine is a targeted cancer drug. It blocks a protein that cells use when they divide.',
        {
          id: 'glossary.ly3295668-erbumine.definition',
          desc: 'Glossary definition of the medicine LY3295668 erbumine (keep the name whole).',
        },
      ),
    termClass: 'targeted-drug',
    trials: ['T07'],
    reference: refs['ly3295668-erbumine'],
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
    localeAliases: {
      ar: ['إنتريكتينيب'],
    },
    definition: () =>
      msg(
        'Entrectinib is a targeted cancer drug. It blocks some proteins that can tell cancer cells to grow.',
        {
          id: 'glossary.entrectinib.definition',
          desc: 'Glossary definition of the medicine entrectinib.',
        },
      ),
    termClass: 'targeted-drug',
    trials: ['T08'],
    reference: refs['entrectinib'],
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
    localeAliases: {
      es: ['arginasa humana recombinante pegilada'],
      cy: ['arginase dynol ailgyfunol wedi’i begyleiddio'],
      ar: ['إنزيم الأرجيناز البشري المؤتلف المرتبط بالبولي إيثيلين غليكول'],
    },
    definition: () =>
      msg(
        'BCT-100 (pegylated recombinant human arginase) is a medicine made from a human enzyme. It breaks down arginine in the blood.',
        {
          id: 'glossary.bct-100.definition',
          desc: 'Glossary definition of the medicine BCT-100. "Pegylated recombinant human arginase" is its full scientific name; an enzyme is a protein that changes other substances; arginine is an amino acid.',
        },
      ),
    termClass: 'enzyme',
    trials: ['T09'],
    reference: refs['bct-100'],
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
    localeAliases: {
      es: ['anticuerpo monoclonal', 'anticuerpos monoclonales'],
      cy: ['gwrthgorff monoclonaidd', 'gwrthgyrff monoclonaidd'],
      ar: ['جسم مضاد وحيد النسيلة', 'أجسام مضادة وحيدة النسيلة'],
    },
    definition: () =>
      msg('A monoclonal antibody is a protein made in a lab. It sticks to just one target.', {
        id: 'glossary.monoclonal-antibody.definition',
        desc: 'Glossary definition of "monoclonal antibody". "Lab": a laboratory.',
      }),
    termClass: 'concept',
    trials: [],
    reference: refs['monoclonal-antibody'],
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
    localeAliases: {
      es: ['inmunoterapia', 'inmunoterapias'],
      cy: ['imiwnotherapi', 'himiwnotherapi'],
      ar: ['العلاج المناعي', 'علاج مناعي'],
    },
    definition: () =>
      msg('Immunotherapy is treatment that helps the immune system fight cancer.', {
        id: 'glossary.immunotherapy.definition',
        desc: 'Glossary definition of "immunotherapy". The immune system is the body’s own defence against illness.',
      }),
    termClass: 'concept',
    trials: [],
    reference: refs['immunotherapy'],
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
      cy: [
        'cyffur canser wedi’i dargedu',
        'cyffuriau canser wedi’u targedu',
        'cyffur wedi’i dargedu',
        'cyffuriau wedi’u targedu',
        'gyffur wedi’i dargedu',
      ],
      ar: ['دواء موجّه للسرطان', 'الأدوية الموجّهة للسرطان', 'دواء موجّه', 'أدوية موجّهة'],
    },
    definition: () =>
      msg('A targeted cancer drug is aimed at things that cancer cells need to survive.', {
        id: 'glossary.targeted-cancer-drug.definition',
        desc: 'Glossary definition of "targeted cancer drug".',
      }),
    termClass: 'concept',
    trials: [],
    reference: refs['targeted-cancer-drug'],
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
    localeAliases: {
      es: ['tratamiento de inducción'],
      cy: ['triniaeth sefydlu', 'driniaeth sefydlu', 'thriniaeth sefydlu'],
      ar: ['العلاج التحريضي'],
    },
    definition: () =>
      msg('Induction treatment is the first part of a course of cancer treatment.', {
        id: 'glossary.induction-treatment.definition',
        desc: 'Glossary definition of "induction treatment".',
      }),
    termClass: 'concept',
    trials: [],
    reference: refs['induction-treatment'],
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
    localeAliases: {
      es: ['ensayo clínico', 'ensayos clínicos'],
      cy: ['treial clinigol', 'dreial clinigol', 'threial clinigol', 'treialon clinigol'],
      ar: ['تجربة سريرية', 'التجربة السريرية', 'تجارب سريرية', 'التجارب السريرية'],
    },
    definition: () =>
      msg('A clinical trial is a research study that tests a treatment with people.', {
        id: 'glossary.clinical-trial.definition',
        desc: 'Glossary definition of "clinical trial".',
      }),
    termClass: 'concept',
    trials: [],
    reference: refs['clinical-trial'],
  },
  {
    key: 'refractory',
    facts: ['G01'],
    name: () =>
      msg('refractory', {
        id: 'glossary.refractory.name',
        desc: 'Glossary term (adjective used by doctors): neuroblastoma that treatment has not got rid of. Use the medical word your readers will hear from doctors.',
      }),
    aliases: [],
    localeAliases: {
      es: ['refractario', 'refractaria'],
      ar: ['مقاوم للعلاج', 'المقاوم للعلاج'],
    },
    definition: () =>
      msg(
        'Refractory means the neuroblastoma is still there after treatment. The treatment has not got rid of it.',
        {
          id: 'glossary.refractory.definition',
          desc: 'Glossary definition of "refractory" (from the Cancer Research UK page).',
        },
      ),
    termClass: 'concept',
    trials: [],
  },
  {
    key: 'relapsed',
    facts: ['G02'],
    name: () =>
      msg('relapsed', {
        id: 'glossary.relapsed.name',
        desc: 'Glossary term (adjective used by doctors): neuroblastoma that has come back. Use the medical word your readers will hear from doctors.',
      }),
    aliases: ['recurrent'],
    localeAliases: {
      es: ['en recaída', 'recidivante', 'recurrente'],
      cy: ['wedi ailwaelu'],
      ar: ['منتكس', 'المنتكس'],
    },
    definition: () =>
      msg(
        'Relapsed means the neuroblastoma has come back after it was treated. It is also called recurrent.',
        {
          id: 'glossary.relapsed.definition',
          desc: 'Glossary definition of "relapsed" (from the Cancer Research UK page). "Recurrent" is another medical word for the same thing: use your language’s usual word.',
        },
      ),
    termClass: 'concept',
    trials: [],
  },
  {
    key: 'risk-group',
    facts: ['G03'],
    name: () =>
      msg('risk group', {
        id: 'glossary.risk-group.name',
        desc: 'Glossary term (common noun, singular): doctors put each child’s neuroblastoma in a low, intermediate or high risk group.',
      }),
    aliases: ['risk groups'],
    localeAliases: {
      es: ['grupo de riesgo', 'grupos de riesgo'],
      cy: ['grŵp risg', 'grwpiau risg'],
      ar: ['مجموعة الخطورة', 'مجموعات الخطورة'],
    },
    definition: () =>
      msg(
        'Doctors put each child’s neuroblastoma in a low, intermediate or high risk group. They use tests of the child and the tumour. The group helps them decide how strong the treatment should be.',
        {
          id: 'glossary.risk-group.definition',
          desc: 'Glossary definition of "risk group".',
        },
      ),
    termClass: 'concept',
    trials: [],
    reference: refs['risk-group'],
  },
  {
    key: 'surgery',
    facts: ['G04'],
    name: () =>
      msg('surgery', {
        id: 'glossary.surgery.name',
        desc: 'Glossary term (common noun): an operation.',
      }),
    aliases: [],
    localeAliases: {
      es: ['cirugía'],
      cy: ['llawdriniaeth', 'lawdriniaeth'],
      ar: ['الجراحة', 'جراحة'],
    },
    definition: () =>
      msg('Surgery is an operation to take out the tumour.', {
        id: 'glossary.surgery.definition',
        desc: 'Glossary definition of "surgery" (an operation, not a doctor’s office).',
      }),
    termClass: 'concept',
    trials: [],
    reference: refs['surgery'],
  },
  {
    key: 'targeted-radiotherapy',
    facts: ['G05'],
    name: () =>
      msg('targeted radiotherapy (mIBG therapy)', {
        id: 'glossary.targeted-radiotherapy.name',
        desc: 'Glossary term: radiation treatment aimed at the cancer cells, also called mIBG therapy. Keep "mIBG" exactly.',
      }),
    aliases: ['targeted radiotherapy', 'mIBG therapy'],
    localeAliases: {
      es: ['radioterapia dirigida', 'terapia con mIBG'],
      cy: ['radiotherapi wedi’i thargedu', 'therapi mIBG'],
      ar: ['العلاج الإشعاعي الموجّه', 'العلاج بـ mIBG'],
    },
    definition: () =>
      msg(
        'Targeted radiotherapy is a way of giving radiation. mIBG takes it into the cancer cells.',
        {
          id: 'glossary.targeted-radiotherapy.definition',
          desc: 'Glossary definition of "targeted radiotherapy" (from the Cancer Research UK page). Keep "mIBG" exactly.',
        },
      ),
    termClass: 'radiotherapy',
    trials: ['T01'],
  },
  {
    key: 'mibg-scan',
    facts: ['G06'],
    name: () =>
      msg('mIBG scan', {
        id: 'glossary.mibg-scan.name',
        desc: 'Glossary term: a scan that uses mIBG. Keep "mIBG" exactly.',
      }),
    aliases: ['mIBG scans'],
    localeAliases: {
      es: ['gammagrafía con mIBG', 'exploración con mIBG'],
      cy: ['sgan mIBG'],
      ar: ['فحص mIBG'],
    },
    definition: () =>
      msg(
        'An mIBG scan uses a small amount of radioactive mIBG. Neuroblastoma cells take it in. Then the scan shows where the cancer is.',
        {
          id: 'glossary.mibg-scan.definition',
          desc: 'Glossary definition of "mIBG scan". Keep "mIBG" exactly.',
        },
      ),
    termClass: 'concept',
    trials: [],
    reference: refs['mibg-scan'],
  },
  {
    key: 'arginine',
    facts: ['G07'],
    name: () =>
      msg('arginine', {
        id: 'glossary.arginine.name',
        desc: 'Name of an amino acid. Use your language’s usual spelling.',
      }),
    aliases: [],
    localeAliases: {
      es: ['arginina'],
      cy: ['arginin'],
      ar: ['الأرجينين', 'أرجينين'],
    },
    definition: () =>
      msg(
        'Arginine is an amino acid: one of the building blocks of protein. Cancer cells need it to grow and divide.',
        {
          id: 'glossary.arginine.definition',
          desc: 'Glossary definition of "arginine". An amino acid is one of the small parts that proteins are made of.',
        },
      ),
    termClass: 'concept',
    trials: [],
    reference: refs['arginine'],
  },
  {
    key: 'specialist',
    facts: ['G08'],
    name: () =>
      msg('specialist', {
        id: 'glossary.specialist.name',
        desc: 'Glossary term (common noun): a specialist doctor.',
      }),
    aliases: ['specialists'],
    localeAliases: {
      es: ['especialista', 'especialistas'],
      cy: ['arbenigwr', 'meddyg arbenigol'],
      ar: ['الطبيب المختص', 'طبيب مختص'],
    },
    definition: () =>
      msg(
        'A specialist is a doctor with extra training. Your child’s specialist is trained to treat cancer in children.',
        {
          id: 'glossary.specialist.definition',
          desc: 'Glossary definition of "specialist" (the child’s specialist doctor).',
        },
      ),
    termClass: 'concept',
    trials: [],
    reference: refs['specialist'],
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
