import type { Reference } from './types.js';

// The public references the glossary was checked against (facts.md Provenance: D facts and the
// G facts whose origin is a reference). `supports` quotes the phrase on that page behind the
// entry; `title` is the page's heading as read on `accessed`. Checking may only narrow an entry:
// what no reference supports was dropped. `title` and `supports` are for clinical reviewers and
// tests; the build strips them from shipped code (scripts/build/rollup-strip-desc.mjs), the credits
// render name, url and accessed.
const ACCESSED = '2026-12-01';

const ref = (r: Omit<Reference, 'accessed'>): Reference => ({ ...r, accessed: ACCESSED });

const NCI_DICTIONARY = 'NCI Dictionary of Cancer Terms';

/** The public reference each D entry and each reference-origin G entry was checked against. */
export const glossaryReferences = {
  chemotherapy: ref({
    name: 'National University Cancer Institute, Singapore',
    title: 'What Is Chemotherapy',
    url: 'https://www.ncis.com.sg/Cancer-Information/Chemotherapy-Resources/Pages/default.aspx',
    supports:
      'There are many different types of chemotherapy drugs that can work differently to kill cancer cells. Some may interfere with the growth and division of these cells.',
  }),
  thiotepa: ref({
    name: 'NCI Drug Dictionary',
    title: 'thiotepa',
    url: 'https://www.cancer.gov/publications/dictionaries/cancer-drug/def/thiotepa',
    supports:
      'A polyfunctional, organophosphorus alkylating agent … This induces crosslinking of alkylated guanine bases in double-stranded DNA, interferes with both DNA replication and cell division',
  }),
  temozolomide: ref({
    name: 'DrugBank Online',
    title: 'Temozolomide (DB00853)',
    url: 'https://go.drugbank.com/drugs/DB00853',
    supports: 'Temozolomide (Temodar and Temodal) is an oral alkylating agent',
  }),
  cyclophosphamide: ref({
    name: 'Roswell Park Comprehensive Cancer Center',
    title: 'Cyclophosphamide',
    url: 'https://www.roswellpark.org/patients/drug-profiles/cyclophosphamide',
    supports:
      'Cyclophosphamide is in a class of drugs known as alkylating agents, which slows down or stops the growth of cancer cells.',
  }),
  topotecan: ref({
    name: 'Medscape',
    title:
      'Which medications in the drug class Topoisomerase Inhibitors are used in the treatment of Small Cell Lung Cancer (SCLC)?',
    url: 'https://www.medscape.com/answers/280104-37885/which-medications-in-the-drug-class-antineoplastics-vinca-alkaloid-are-used-in-the-treatment-of-small-cell-lung-cancer-sclc',
    supports: 'Topotecan inhibits topoisomerase I and thereby inhibits DNA replication.',
  }),
  irinotecan: ref({
    name: NCI_DICTIONARY,
    title: 'irinotecan hydrochloride',
    url: 'https://www.cancer.gov/Common/PopUps/popDefinition.aspx?id=635811&version=healthprofessional&language=English&dictionary=Cancer.gov',
    supports:
      'Irinotecan hydrochloride blocks a certain enzyme needed for cell division and DNA repair, and it may kill cancer cells.',
  }),
  bevacizumab: ref({
    name: 'NICE',
    title: 'Bevacizumab (TA212): 2 The technology',
    url: 'https://www.nice.org.uk/guidance/ta212/chapter/2-the-technology',
    supports:
      'Bevacizumab (Avastin, Roche Products) is a recombinant humanised monoclonal IgG1 antibody that inhibits the formation of blood vessels (angiogenesis inhibitor). It targets the biological activity of human vascular endothelial growth factor (VEGF), which stimulates new blood vessel formation in the tumour.',
  }),
  mibg: ref({
    name: 'SNMMI (Society of Nuclear Medicine and Molecular Imaging)',
    title: 'I-131 MIBG Therapy',
    url: 'https://www.snmmi.org/Patients/Procedures/Content.aspx?ItemNumber=14795',
    supports:
      'Iodine-131 meta-iodobenzylguanidine (I-131 MIBG) is a radiopharmaceutical used for both imaging and treating certain types of neuroendocrine tumors … the compound MIBG is very similar to norepinephrine/noradrenaline, a neurotransmitter chemical that is taken up by certain neuroendocrine cells.',
  }),
  'dinutuximab-beta': ref({
    name: 'Solving Kids’ Cancer UK',
    title: 'Neuroblastoma immunotherapy (FAQs)',
    url: 'https://www.solvingkidscancer.org.uk/FAQs/nbimmunotherapy',
    supports:
      'Anti-GD2 therapy is a type of immunotherapy which targets a molecule on the surface of neuroblastoma cells called GD2. … Dinutuximab beta is a monoclonal antibody … It binds to the surface of neuroblastoma cells and marks them as target for the patient’s own immune cells to destroy.',
  }),
  isotretinoin: ref({
    name: 'American Cancer Society',
    title: 'Retinoid Therapy for Neuroblastoma',
    url: 'https://www.cancer.org/cancer/neuroblastoma/treating/retinoid-therapy.html',
    supports:
      'Retinoids are chemicals that are related to vitamin A. They are known as differentiating agents because they are thought to help some cancer cells mature (differentiate) into normal cells.',
  }),
  venetoclax: ref({
    name: 'Drugs.com',
    title: 'How does Venclexta work?',
    url: 'https://www.drugs.com/answers/how-does-venclexta-work-3052058.html',
    supports:
      'Venclexta (venetoclax) is a small molecule inhibitor of BCL-2 … BCL-2 is a protein that helps determine whether cells live or die.',
  }),
  lorlatinib: ref({
    name: 'InformedHealth.org (IQWiG)',
    title: 'Lorlatinib (Lorviqua, Lorbrena) for the treatment of advanced lung cancer',
    url: 'https://www.informedhealth.org/lorlatinib-lorviqua-lorbrena-for-the-treatment-of-advanced-lung-cancer.html',
    supports:
      'The enzyme ALK can lead to uncontrolled growth of the tumor tissue. Lorlatinib is an ALK inhibitor.',
  }),
  idasanutlin: ref({
    name: 'OncoTargets and Therapy (PubMed Central)',
    title:
      'MDM2 antagonists as a novel treatment option for acute myeloid leukemia: perspectives on the therapeutic potential of idasanutlin (RG7388)',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC6563714/',
    supports:
      'Murine double minute 2 (MDM2) is a key negative regulator of p53 and its expression; inhibition of MDM2 is postulated to reactivate WT-p53 and its tumor suppressor functions.',
  }),
  'ly3295668-erbumine': ref({
    name: 'Molecular Cancer Therapeutics (AACR)',
    title:
      'Aurora A-Selective Inhibitor LY3295668 Leads to Dominant Mitotic Arrest, Apoptosis in Cancer Cells, and Shows Potent Preclinical Antitumor Efficacy',
    url: 'https://aacrjournals.org/mct/article/18/12/2207/92720/Aurora-A-Selective-Inhibitor-LY3295668-Leads-to',
    supports:
      'Here, we describe an Aurora A–selective inhibitor, LY3295668, which potently inhibits Aurora autophosphorylation and its kinase activity in vitro and in vivo, persistently arrests cancer cells in mitosis',
  }),
  entrectinib: ref({
    name: 'Drugs.com',
    title: 'Rozlytrek',
    url: 'https://www.drugs.com/rozlytrek.html',
    supports:
      'Normally, the ROS1 gene makes a protein that can send signals to your cells, telling them to grow. … Roxlytrek also has activity against NTRK and ALK fusion genes.',
  }),
  'bct-100': ref({
    name: 'Cancer Cell International',
    title:
      'Pegylated derivatives of recombinant human arginase (rhArg1) for sustained in vivo activity in cancer therapy',
    url: 'https://www.cancerci.com/content/9/1/9',
    supports:
      'Of the two arginine-degrading enzymes being explored clinically, arginine deiminase is a decidedly foreign mycoplasm-derived enzyme, whereas human arginase 1 is a native liver enzyme. … It remained efficacious in depleting arginine in rats … plasma arginine falling',
  }),
  'monoclonal-antibody': ref({
    name: NCI_DICTIONARY,
    title: 'monoclonal antibody',
    url: 'https://www.cancer.gov/Common/PopUps/popDefinition.aspx?id=46066&version=healthprofessional&language=English&dictionary=Cancer.gov',
    supports:
      'A type of protein that is made in the laboratory and can bind to certain targets in the body … each monoclonal antibody is made so that it binds to only one antigen.',
  }),
  immunotherapy: ref({
    name: 'Huntsman Cancer Institute, University of Utah',
    title: 'Immunotherapy',
    url: 'https://healthcare.utah.edu/huntsmancancerinstitute/patient-care/treatment-options/immunotherapy.php',
    supports: 'Immunotherapy helps your immune system fight cancer.',
  }),
  'targeted-cancer-drug': ref({
    name: 'Siteman Cancer Center glossary (from the NCI Dictionary of Cancer Terms)',
    title: 'targeted therapy',
    url: 'https://siteman.wustl.edu/glossary/cdr0000270742/',
    supports:
      'A type of treatment that uses drugs or other substances to target specific molecules that cancer cells need to survive and spread.',
  }),
  'induction-treatment': ref({
    name: 'PRIME Oncology glossary',
    title: 'Induction Therapy',
    url: 'https://www.primeoncology.org/glossary/induction-therapy/',
    supports:
      'Induction therapy is the first part of treatment in a series of therapeutic measures to treat cancer',
  }),
  'clinical-trial': ref({
    name: NCI_DICTIONARY,
    title: 'clinical study',
    url: 'https://cancer.gov/Common/PopUps/popDefinition.aspx?id=CDR0000044195&language=en&version=Patient',
    supports:
      'A type of research study that tests how well new medical approaches work in people. … Also called clinical trial.',
  }),
  'risk-group': ref({
    name: 'American Cancer Society',
    title: 'Neuroblastoma Risk Groups',
    url: 'https://www.cancer.org/cancer/types/neuroblastoma/detection-diagnosis-staging/risk-groups.html',
    supports:
      'Risk groups are used to help predict how likely it is that a child with neuroblastoma can be cured (and therefore how intensive treatment might need to be). … The risk groups are based on the stage (extent) of the cancer, as well as other factors',
  }),
  surgery: ref({
    name: 'Britannica Dictionary',
    title: 'surgery',
    url: 'https://www.britannica.com/dictionary/surgery',
    supports:
      'medical treatment in which a doctor cuts into someone’s body in order to repair or remove damaged or diseased parts',
  }),
  'mibg-scan': ref({
    name: 'St. Jude Children’s Research Hospital (Together)',
    title: 'MIBG scan',
    url: 'https://together.stjude.org/en-us/diagnosis-treatment/imaging-tests/mibg-scan.html',
    supports:
      'The injection includes MIBG combined with a small amount of radioactive iodine. Neuroblastoma cells should absorb the tracer … The scan can show neuroblastoma inside the body.',
  }),
  arginine: ref({
    name: 'Oxford Dictionaries',
    title: 'arginine',
    url: 'https://en.oxforddictionaries.com/definition/arginine',
    supports: 'A basic amino acid which is a constituent of most proteins.',
  }),
  specialist: ref({
    name: 'Cleveland Clinic',
    title: 'Pediatric Oncologist',
    url: 'https://my.clevelandclinic.org/health/articles/pediatric-oncologist',
    supports:
      'A pediatric oncologist is a doctor who specializes in childhood cancer. … They have special training in examining and treating children.',
  }),
} as const satisfies Record<string, Reference>;
