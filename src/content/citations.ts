import { msg, str } from '@lit/localize';
import { html, type TemplateResult } from 'lit';
import { bidiText, ltr } from '../locale/bidi.js';
import { formatCalendarDate } from '../locale/format.js';
import type { Citation, ContentUnit, RichContentUnit } from './types.js';

// The references the source page lists (S20). Titles, authors and journals are quoted exactly as
// published (exempt from the no-copying check); only the joining words go through msg().

export const citations: readonly Citation[] = [
  {
    id: 'cruk-trials-database',
    facts: ['S20'],
    authors: [],
    moreAuthors: false,
    title: 'Cancer Research UK Clinical Trials Database',
    accessed: '2022-07',
    url: 'https://www.cancerresearchuk.org/about-cancer/find-a-clinical-trial',
  },
  {
    id: 'clinicaltrials-gov',
    facts: ['S20'],
    authors: [],
    moreAuthors: false,
    title: 'ClinicalTrials.gov Website',
    accessed: '2022-07',
    url: 'https://clinicaltrials.gov/',
  },
  {
    id: 'whittle-2017',
    facts: ['S20'],
    authors: ['Whittle SB'],
    moreAuthors: true,
    title: 'Overview and recent advances in the treatment of neuroblastoma',
    publishedIn: 'Expert Review of Anticancer Therapy',
    year: 2017,
    volume: '17',
    issue: '4',
    pages: '369–386',
  },
  {
    id: 'tolbert-2018',
    facts: ['S20'],
    authors: ['Tolbert VP', 'Matthay KK'],
    moreAuthors: false,
    title: 'Neuroblastoma: Clinical and Biological Approach to Risk Stratification and Treatment',
    publishedIn: 'Cell and Tissue Research',
    year: 2018,
    volume: '372',
    issue: '2',
    pages: '195–209',
  },
  {
    id: 'caron-2020',
    facts: ['S20'],
    authors: ['Caron HN'],
    moreAuthors: true,
    title: 'Oxford Textbook of Cancer in Children',
    edition: '7',
    publishedIn: 'Oxford University Press',
    year: 2020,
  },
];

export const andOthers: ContentUnit<[string]> = {
  id: 'sources.and-others',
  facts: [],
  text: (authors) =>
    msg(str`${authors} and others`, {
      id: 'sources.and-others',
      desc: 'Author list of a reference with more authors than shown (like "et al."). ${authors} is a name such as "Whittle SB".',
    }),
};

export const accessedOn: ContentUnit<[string]> = {
  id: 'sources.accessed',
  facts: [],
  text: (month) =>
    msg(str`Accessed ${month}`, {
      id: 'sources.accessed',
      desc: 'When the source’s authors looked at a website. ${month} is a month and year such as "Jul 2022".',
    }),
};

export const editionLabel: ContentUnit<[string]> = {
  id: 'sources.edition',
  facts: [],
  text: (edition) =>
    msg(str`Edition ${edition}`, {
      id: 'sources.edition',
      desc: 'Edition number of a book. ${edition} is a number such as "7".',
    }),
};

export const sourcesIntro: ContentUnit = {
  id: 'sources.intro',
  // States part of S20; the fact's anchors are checked on `sourcesList`, which includes it.
  facts: [],
  text: () =>
    msg(
      'Cancer Research UK based its page on searches of research papers. Specialists checked it. The page lists these sources:',
      {
        id: 'sources.intro',
        desc: 'Introduces the list of references behind the Cancer Research UK page.',
      },
    ),
};

export const furtherReferences: RichContentUnit = {
  id: 'sources.further',
  facts: [],
  text: () =>
    msg(
      html`For more references, Cancer Research UK asks you to email
        <a href="mailto:patientinformation@cancer.org.uk">patientinformation@cancer.org.uk</a>.`,
      {
        id: 'sources.further',
        desc: 'Where to ask for more references. Keep the email address and link placeholders exactly.',
      },
    ),
};

/** One reference as a line of text: authors. “Title”. Journal, year; volume(issue): pages. */
export function formatCitation(c: Citation, locale = 'en-GB'): string {
  const parts: string[] = [];
  if (c.authors.length) {
    const names = ltr(c.authors.join(', '));
    parts.push(c.moreAuthors ? andOthers.text(names) : names);
  }
  parts.push(ltr(`“${c.title}”`));
  if (c.edition) parts.push(editionLabel.text(c.edition));
  const where = [c.publishedIn, c.year].filter((x) => x !== undefined).join(', ');
  const volume = c.volume ? `${c.volume}${c.issue ? `(${c.issue})` : ''}` : '';
  const detail = [volume, c.pages].filter(Boolean).join(': ');
  if (where || detail) parts.push(ltr([where, detail].filter(Boolean).join('; ')));
  if (c.accessed) parts.push(accessedOn.text(formatCalendarDate(c.accessed, locale)));
  return `${parts.join('. ')}.`;
}

/** The whole reference list (S20): intro, one item per citation, where to ask for more. */
export const sourcesList: RichContentUnit<[string?]> = {
  id: 'sources.list',
  facts: ['S20'],
  text: (locale = 'en-GB'): TemplateResult =>
    html`<p>${sourcesIntro.text()}</p>
      <ul>
        ${citations.map((c) => html`<li>${bidiText(formatCitation(c, locale))}</li>`)}
      </ul>
      <p>${furtherReferences.text()}</p>`,
};

export const sourcesHeading: ContentUnit = {
  id: 'sources.heading',
  facts: [],
  text: () =>
    msg('Sources', {
      id: 'sources.heading',
      desc: 'Heading above the list of references and review dates.',
    }),
};
