import type { Reference } from './types.js';

// Checked against (facts.md Provenance: D and reference-origin G facts). `supports` quotes the
// page; `title` is the page's heading as read on `accessed`. Checking may only narrow an entry.
const ACCESSED = '2026-12-01';

const ref = (name: string, title: string, url: string, supports: string): Reference => ({
  name,
  title,
  url,
  accessed: ACCESSED,
  supports,
});

const NCI_DICTIONARY = 'NCI Dictionary of Cancer Terms';

/** The public reference each D entry and each reference-origin G entry was checked against. */
export const glossaryReferences = {
  chemotherapy: ref(
    'National University Cancer Institute, Singapore',
    'What Is Chemotherapy',
    'https://www.ncis.com.sg/Cancer-Information/Chemotherapy-Resources/Pages/default.aspx',
    'There are many different types of chemotherapy drugs that can work differently to kill cancer cells. Some may interfere with the growth and division of these cells.',
  ),
  thiotepa: ref(
    'NCI Drug Dictionary',
    'thiotepa',
    'https://www.cancer.gov/publications/dictionaries/cancer-drug/def/thiotepa',
    'A polyfunctional, organophosphorus alkylating agent … This induces crosslinking of alkylated guanine bases in double-stranded DNA, interferes with both DNA replication and cell division',
  ),
  temozolomide: ref(
    'DrugBank Online',
    'Temozolomide (DB00853)',
    'https://go.drugbank.com/drugs/DB00853',
    'Temozolomide (Temodar and Temodal) is an oral alkylating agent',
  ),
  cyclophosphamide: ref(
    'Roswell Park Comprehensive Cancer Center',
    'Cyclophosphamide',
    'https://www.roswellpark.org/patients/drug-profiles/cyclophosphamide',
    'Cyclophosphamide is in a class of drugs known as alkylating agents, which slows down or stops the growth of cancer cells.',
  ),
  topotecan: ref(
    'Medscape',
    'Which medications in the drug class Topoisomerase Inhibitors are used in the treatment of Small Cell Lung Cancer (SCLC)?',
    'https://www.medscape.com/answers/280104-37885/which-medications-in-the-drug-class-antineoplastics-vinca-alkaloid-are-used-in-the-treatment-of-small-cell-lung-cancer-sclc',
    'Topotecan inhibits topoisomerase I and thereby inhibits DNA replication.',
  ),
  irinotecan: ref(
    NCI_DICTIONARY,
    'irinotecan hydrochloride',
    'https://www.cancer.gov/Common/PopUps/popDefinition.aspx?id=635811&version=healthprofessional&language=English&dictionary=Cancer.gov',
    'Irinotecan hydrochloride blocks a certain enzyme needed for cell division and DNA repair, and it may kill cancer cells.',
  ),
  bevacizumab: ref(
    'NICE',
    'Bevacizumab (TA212): 2 The technology',
    'https://www.nice.org.uk/guidance/ta212/chapter/2-the-technology',
    'Bevacizumab (Avastin, Roche Products) is a recombinant humanised monoclonal IgG1 antibody that inhibits the formation of blood vessels (angiogenesis inhibitor). It targets the biological activity of human vascular endothelial growth factor (VEGF), which stimulates new blood vessel formation in the tumour.',
  ),
  mibg: ref(
    'SNMMI (Society of Nuclear Medicine and Molecular Imaging)',
    'I-131 MIBG Therapy',
    'https://www.snmmi.org/Patients/Procedures/Content.aspx?ItemNumber=14795',
    'Iodine-131 meta-iodobenzylguanidine (I-131 MIBG) is a radiopharmaceutical used for both imaging and treating certain types of neuroendocrine tumors … the compound MIBG is very similar to norepinephrine/noradrenaline, a neurotransmitter chemical that is taken up by certain neuroendocrine cells.',
  ),
  'dinutuximab-beta': ref(
    'Solving Kids’ Cancer UK',
    'Neuroblastoma immunotherapy (FAQs)',
    'https://www.solvingkidscancer.org.uk/FAQs/nbimmunotherapy',
    'Anti-GD2 therapy is a type of immunotherapy which targets a molecule on the surface of neuroblastoma cells called GD2. … Dinutuximab beta is a monoclonal antibody … It binds to the surface of neuroblastoma cells and marks them as target for the patient’s own immune cells to destroy.',
  ),
  isotretinoin: ref(
    'American Cancer Society',
    'Retinoid Therapy for Neuroblastoma',
    'https://www.cancer.org/cancer/neuroblastoma/treating/retinoid-therapy.html',
    'Retinoids are chemicals that are related to vitamin A. They are known as differentiating agents because they are thought to help some cancer cells mature (differentiate) into normal cells.',
  ),
  venetoclax: ref(
    'Drugs.com',
    'How does Venclexta work?',
    'https://www.drugs.com/answers/how-does-venclexta-work-3052058.html',
    'Venclexta (venetoclax) is a small molecule inhibitor of BCL-2 … BCL-2 is a protein that helps determine whether cells live or die.',
  ),
  lorlatinib: ref(
    'InformedHealth.org (IQWiG)',
    'Lorlatinib (Lorviqua, Lorbrena) for the treatment of advanced lung cancer',
    'https://www.informedhealth.org/lorlatinib-lorviqua-lorbrena-for-the-treatment-of-advanced-lung-cancer.html',
    'The enzyme ALK can lead to uncontrolled growth of the tumor tissue. Lorlatinib is an ALK inhibitor.',
  ),
  idasanutlin: ref(
    'OncoTargets and Therapy (PubMed Central)',
    'MDM2 antagonists as a novel treatment option for acute myeloid leukemia: perspectives on the therapeutic potential of idasanutlin (RG7388)',
    'https://pmc.ncbi.nlm.nih.gov/articles/PMC6563714/',
    'Murine double minute 2 (MDM2) is a key negative regulator of p53 and its expression; inhibition of MDM2 is postulated to reactivate WT-p53 and its tumor suppressor functions.',
  ),
  'ly3295668-erbumine': ref(
    'Molecular Cancer Therapeutics (AACR)',
    'Aurora A-Selective Inhibitor LY3295668 Leads to Dominant Mitotic Arrest, Apoptosis in Cancer Cells, and Shows Potent Preclinical Antitumor Efficacy',
    'https://aacrjournals.org/mct/article/18/12/2207/92720/Aurora-A-Selective-Inhibitor-LY3295668-Leads-to',
    'Here, we describe an Aurora A–selective inhibitor, LY3295668, which potently inhibits Aurora autophosphorylation and its kinase activity in vitro and in vivo, persistently arrests cancer cells in mitosis',
  ),
  entrectinib: ref(
    'Drugs.com',
    'Rozlytrek',
    'https://www.drugs.com/rozlytrek.html',
    'Normally, the ROS1 gene makes a protein that can send signals to your cells, telling them to grow. … Roxlytrek also has activity against NTRK and ALK fusion genes.',
  ),
  'bct-100': ref(
    'Cancer Cell International',
    'Pegylated derivatives of recombinant human arginase (rhArg1) for sustained in vivo activity in cancer therapy',
    'https://www.cancerci.com/content/9/1/9',
    'Of the two arginine-degrading enzymes being explored clinically, arginine deiminase is a decidedly foreign mycoplasm-derived enzyme, whereas human arginase 1 is a native liver enzyme. … It remained efficacious in depleting arginine in rats … plasma arginine falling',
  ),
  'monoclonal-antibody': ref(
    NCI_DICTIONARY,
    'monoclonal antibody',
    'https://www.cancer.gov/Common/PopUps/popDefinition.aspx?id=46066&version=healthprofessional&language=English&dictionary=Cancer.gov',
    'A type of protein that is made in the laboratory and can bind to certain targets in the body … each monoclonal antibody is made so that it binds to only one antigen.',
  ),
  immunotherapy: ref(
    'Huntsman Cancer Institute, University of Utah',
    'Immunotherapy',
    'https://healthcare.utah.edu/huntsmancancerinstitute/patient-care/treatment-options/immunotherapy.php',
    'Immunotherapy helps your immune system fight cancer.',
  ),
  'targeted-cancer-drug': ref(
    'Siteman Cancer Center glossary (from the NCI Dictionary of Cancer Terms)',
    'targeted therapy',
    'https://siteman.wustl.edu/glossary/cdr0000270742/',
    'A type of treatment that uses drugs or other substances to target specific molecules that cancer cells need to survive and spread.',
  ),
  'induction-treatment': ref(
    'PRIME Oncology glossary',
    'Induction Therapy',
    'https://www.primeoncology.org/glossary/induction-therapy/',
    'Induction therapy is the first part of treatment in a series of therapeutic measures to treat cancer',
  ),
  'clinical-trial': ref(
    NCI_DICTIONARY,
    'clinical study',
    'https://cancer.gov/Common/PopUps/popDefinition.aspx?id=CDR0000044195&language=en&version=Patient',
    'A type of research study that tests how well new medical approaches work in people. … Also called clinical trial.',
  ),
  'risk-group': ref(
    'American Cancer Society',
    'Neuroblastoma Risk Groups',
    'https://www.cancer.org/cancer/types/neuroblastoma/detection-diagnosis-staging/risk-groups.html',
    'Risk groups are used to help predict how likely it is that a child with neuroblastoma can be cured (and therefore how intensive treatment might need to be). … The risk groups are based on the stage (extent) of the cancer, as well as other factors',
  ),
  surgery: ref(
    'Britannica Dictionary',
    'surgery',
    'https://www.britannica.com/dictionary/surgery',
    'medical treatment in which a doctor cuts into someone’s body in order to repair or remove damaged or diseased parts',
  ),
  'mibg-scan': ref(
    'St. Jude Children’s Research Hospital (Together)',
    'MIBG scan',
    'https://together.stjude.org/en-us/diagnosis-treatment/imaging-tests/mibg-scan.html',
    'The injection includes MIBG combined with a small amount of radioactive iodine. Neuroblastoma cells should absorb the tracer … The scan can show neuroblastoma inside the body.',
  ),
  arginine: ref(
    'Oxford Dictionaries',
    'arginine',
    'https://en.oxforddictionaries.com/definition/arginine',
    'A basic amino acid which is a constituent of most proteins.',
  ),
  specialist: ref(
    'Cleveland Clinic',
    'Pediatric Oncologist',
    'https://my.clevelandclinic.org/health/articles/pediatric-oncologist',
    'A pediatric oncologist is a doctor who specializes in childhood cancer. … They have special training in examining and treating children.',
  ),
} as const satisfies Record<string, Reference>;
