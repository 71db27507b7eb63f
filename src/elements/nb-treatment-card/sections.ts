import { sourcesHeading, sourcesList } from '../../content/citations.js';
import { defaultHelpline, helplineSummary } from '../../content/helpline.js';
import { careTeamNote } from '../../content/care-team.js';
import { helplineHeading, treatmentSections, type TreatmentUnit } from '../../content/treatment.js';
import type { ContentUnit, RichText } from '../../content/types.js';
import { bidiText, ltr } from '../../locale/bidi.js';

/**
 * A treatment unit whose text may use the rendering locale (the citations format dates) and the
 * element's clock (trial statuses say when they may have changed).
 */
export type CardUnit = Omit<TreatmentUnit, 'text'> & {
  readonly text: (locale: string, now: Date) => RichText;
};

/** One section of the card: its heading and its units in reading order. */
export interface CardSection {
  readonly id: string;
  readonly heading: ContentUnit;
  readonly units: readonly CardUnit[];
}

/**
 * The card's sections in reading order: the treatment content, then the helpline (S19) and the
 * sources (S20). The care-team note is left out of its section because the card always shows it,
 * whichever sections a partner picks.
 */
export const cardSections: readonly CardSection[] = [
  ...treatmentSections.map((s) => ({ ...s, units: s.units.filter((u) => u !== careTeamNote) })),
  {
    id: 'helpline',
    heading: helplineHeading,
    units: [
      {
        ...helplineSummary,
        kind: 'paragraph',
        // The number is a placeholder kept left to right in every language (issue #21: WebKit
        // drew a hand-typed Arabic isolate out of order).
        text: () => bidiText(helplineSummary.text(ltr(defaultHelpline.number))),
      },
    ],
  },
  { id: 'sources', heading: sourcesHeading, units: [{ ...sourcesList, kind: 'block' }] },
];

export const SECTION_IDS: readonly string[] = cardSections.map((s) => s.id);
