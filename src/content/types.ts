import type { TemplateResult } from 'lit';

/** An ID from the fact sheet, facts/fact-sheet.json (S = source page, D = glossary, T = trials, G = the page's key words, H = helpline). */
export type FactId = `${'S' | 'D' | 'T' | 'G' | 'H'}${number}${number}`;

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

/**
 * Where a fact comes from (the fact sheet's Provenance table): the Cancer Research UK page,
 * trial registry records, a named public reference, Ofcom's numbering guidance, GOV.UK's
 * bank-holiday lists. A widget credits exactly the origins of the units it shows.
 */
export type Origin = 'source-page' | 'registry' | 'reference' | 'ofcom' | 'gov-uk';

/** A named public reference a glossary entry (D or G fact) was checked against. */
export interface Reference {
  /** Short name shown in credits, e.g. `NCI Drug Dictionary`. */
  readonly name: string;
  /** The page's own title (quoted exactly). */
  readonly title: string;
  /** https: address of that page. */
  readonly url: string;
  /** When it was read, `YYYY-MM-DD`. */
  readonly accessed: string;
  /** The phrase on that page that supports the entry (for reviewers; not rendered). */
  readonly supports: string;
}

/** What kind of treatment a glossary term is (shown as a short class label). */
export type TermClass =
  | 'chemotherapy'
  | 'targeted-drug'
  | 'immunotherapy'
  | 'radiotherapy'
  | 'retinoid'
  | 'enzyme'
  | 'concept';

/** One glossary term (D facts). Drug names keep their international form in every locale. */
export interface GlossaryEntry {
  /** Stable key used in `<nb-drug-term term="…">` and `#nb-term-<key>`: lowercase, hyphens. */
  readonly key: string;
  readonly facts: readonly FactId[];
  /** Display name (through msg(), so a locale may adapt the spelling of a common noun). */
  readonly name: () => string;
  /** International spellings matched in any locale by `<nb-glossary-scope>` (besides `name`). */
  readonly aliases: readonly string[];
  /** Extra spellings per locale code, e.g. `{ es: ['topotecán'] }`, for `<nb-glossary-scope>`. */
  readonly localeAliases: Readonly<Record<string, readonly string[]>>;
  /** One or two plain sentences: what it is. No doses, no side-effect lists. */
  readonly definition: () => string;
  readonly termClass: TermClass;
  /** IDs of related trials (T facts), e.g. `['T01']`. */
  readonly trials: readonly string[];
  /** The public reference the definition was checked against (D and reference-origin G facts). */
  readonly reference?: Reference;
}

/** The status words a family sees (facts.md "Trial status words"). */
export type TrialStatus =
  | 'recruiting'
  | 'not-yet-recruiting'
  | 'by-invitation'
  | 'closed'
  | 'paused'
  | 'stopped-early'
  | 'completed'
  | 'unknown';

export type Registry = 'ClinicalTrials.gov' | 'ISRCTN' | 'EudraCT' | 'CTIS' | 'IRAS';

export interface RegistryId {
  readonly registry: Registry;
  readonly id: string;
  /** https: link to the registry record, when the registry has a public page for it. */
  readonly url?: string;
}

/** One trial (T facts). Names, sponsors and registry IDs are proper nouns: not translated. */
export interface Trial {
  /** The fact ID, e.g. `T01`. */
  readonly id: string;
  readonly facts: readonly FactId[];
  /** Short name, e.g. `VERITAS`. */
  readonly name: string;
  /** One or two plain sentences (through msg()). */
  readonly summary: () => string;
  readonly registryIds: readonly RegistryId[];
  /** The sponsor's name (a proper noun), with any note about it translated: read it when rendering. */
  readonly sponsor: string;
  /** e.g. `2`, `1/2`; undefined when the fact sheet gives none. */
  readonly phase?: string;
  readonly status: TrialStatus;
  /** The registry's own wording, as recorded on the fact sheet. */
  readonly registryStatus: string;
  /** What else the fact sheet records about the status (why it stopped, where results are). */
  readonly statusNote?: () => string;
  /** When the status was checked: `YYYY-MM` (month precision, as the fact sheet gives it). */
  readonly statusChecked: string;
  /** Glossary keys of the treatments the trial tests. */
  readonly treatments: readonly string[];
  /** The source fact the trial stands behind (S11, S13 …), or undefined for BEACON2. */
  readonly sourceFact?: FactId;
  /** True for trials newer than the source page (BEACON2): label them so. */
  readonly newerThanSource: boolean;
}

/** Text that may carry inline markup such as `<nb-drug-term>` (a lit template) or be plain. */
export type RichText = string | TemplateResult;

export type RiskGroup = 'low' | 'intermediate' | 'high';
export type Situation = 'relapsed' | 'refractory';

/**
 * A content unit whose English may hold inline markup (`msg(html\`…\`)`): lit-localize turns the
 * markup into placeholders translators keep. `riskGroups` / `situations` say whom the unit is for
 * (unset = everyone), so `<nb-treatment-card>` can filter.
 */
export interface RichContentUnit<Args extends unknown[] = []> {
  readonly id: string;
  readonly facts: readonly FactId[];
  readonly text: (...args: Args) => RichText;
  readonly riskGroups?: readonly RiskGroup[];
  readonly situations?: readonly Situation[];
}

/** A reference the source lists (S20). `title` is quoted exactly as published: never reworded. */
export interface Citation {
  readonly id: string;
  readonly facts: readonly FactId[];
  /** Authors as published, e.g. `['Whittle SB']`; empty for a database or website. */
  readonly authors: readonly string[];
  /** True when the source lists more authors than `authors` ("and others"). */
  readonly moreAuthors: boolean;
  /** Exact title (proper noun: not translated). */
  readonly title: string;
  /** Journal, publisher or website, e.g. `Expert Review of Anticancer Therapy`. */
  readonly publishedIn?: string;
  readonly year?: number;
  readonly volume?: string;
  readonly issue?: string;
  readonly pages?: string;
  readonly edition?: string;
  /** When the source's authors accessed an online resource, `YYYY-MM`. */
  readonly accessed?: string;
  /** https: link, only where the fact sheet gives one. */
  readonly url?: string;
}
