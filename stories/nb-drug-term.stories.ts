import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/elements/nb-drug-term/define.js';
import '../src/elements/nb-glossary/define.js';
import { glossary } from '../src/content/glossary.js';
import { partnerSource } from './partner-code.js';

/** The story's sentence around the generated element, as a partner would write it. */
const inSentence = (element: string) =>
  `<p>\n  Some children have\n  ${element.split('\n').at(-1)}\n  with other drugs.\n</p>`;

interface TermArgs {
  term?: string;
  text?: string;
  'glossary-href'?: string;
  theme?: 'light' | 'dark' | 'auto';
  open?: boolean;
}

const meta: Meta<TermArgs> = {
  title: 'Elements/Drug term',
  component: 'nb-drug-term',
  tags: ['autodocs'],
  parameters: {
    partner: { code: inSentence },
    docs: {
      source: partnerSource('nb-drug-term'),
      description: {
        component:
          'An inline word that explains itself: a **toggletip**. The word is a real button; click, tap, Enter or Space opens a small popup with a plain definition, what kind of treatment it is, a link to the glossary entry, and where the definition comes from (the source and the date it was last reviewed). Resting the pointer or keyboard focus on the word opens it after a short delay too; Escape, a tap elsewhere or moving focus away closes it, and the pointer can move onto the popup (WCAG 1.4.13). One popup is open at a time. The popup lives in the top layer, so `overflow: hidden` and z-index on the page cannot hide it, and it is only built the first time it opens.',
      },
    },
  },
  argTypes: {
    term: { control: 'select', options: glossary.map((e) => e.key) },
    text: {
      control: 'text',
      description: 'Story-only: the word as written in the text (the element’s content).',
      table: { category: 'Story controls' },
    },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
  },
  args: { term: 'topotecan', text: 'topotecan' },
  render: (args) =>
    html`<p>
      Some children have
      <nb-drug-term
        term=${ifDefined(args.term)}
        glossary-href=${ifDefined(args['glossary-href'])}
        theme=${ifDefined(args.theme)}
        ?open=${args.open}
        >${args.text}</nb-drug-term
      >
      with other drugs.
    </p>`,
};
export default meta;

type Story = StoryObj<TermArgs>;

export const Default: Story = {};

/** Open from the start (the `open` attribute), e.g. for a screenshot. */
export const Open: Story = { args: { open: true } };

/** The paragraph of InText, as a partner writes it (rendered from this one string). */
const IN_TEXT = `  Other possible combinations are
  <nb-drug-term term="topotecan">topotecan</nb-drug-term> with
  <nb-drug-term term="cyclophosphamide">cyclophosphamide</nb-drug-term>, or topotecan with
  <nb-drug-term term="temozolomide">temozolomide</nb-drug-term>. Some children go on to have
  <nb-drug-term term="immunotherapy">immunotherapy</nb-drug-term> with
  <nb-drug-term term="dinutuximab-beta">dinutuximab beta</nb-drug-term>.
`;

/** Several terms in one paragraph: opening one closes the other. */
export const InText: Story = {
  parameters: {
    partner: {
      code: `<p>
${IN_TEXT}</p>`,
    },
  },
  render: () => html`<p style="max-width: 36rem">${unsafeHTML(IN_TEXT)}</p>`,
};

/** Inside a box with `overflow: hidden` and a low z-index: the popup still shows in full. */
export const InsideOverflowHidden: Story = {
  parameters: {
    partner: {
      note: 'the box stands for any container of yours with overflow: hidden',
      code: `<div class="your-clipped-box">
  A clipped box that mentions <nb-drug-term term="mibg">mIBG</nb-drug-term> therapy.
</div>`,
    },
  },
  render: () =>
    html`<div
      style="overflow: hidden; height: 3em; border: 1px dashed #888; position: relative; z-index: 0"
    >
      A clipped box that mentions <nb-drug-term term="mibg">mIBG</nb-drug-term> therapy.
    </div>`,
};

/** The popup lines up with the word's right edge in right-to-left text. */
export const RightToLeft: Story = {
  parameters: { partner: { code: inSentence, around: { dir: 'rtl' } } },
  render: (args, context) => html`<div dir="rtl">${meta.render!(args, context)}</div>`,
};

/** "More in the glossary" leads to the glossary on the same page. */
export const WithGlossary: Story = {
  parameters: {
    partner: {
      code: `<p>
  Some children take part in a
  <nb-drug-term term="clinical-trial">clinical trial</nb-drug-term>.
</p>
<nb-glossary terms="clinical-trial immunotherapy chemotherapy"></nb-glossary>`,
    },
  },
  render: () =>
    html`<p>
        Some children take part in a
        <nb-drug-term term="clinical-trial">clinical trial</nb-drug-term>.
      </p>
      <nb-glossary terms="clinical-trial immunotherapy chemotherapy"></nb-glossary>`,
};

/** An unknown key renders the word as plain text and logs one warning. */
export const UnknownTerm: Story = { args: { term: 'not-a-term', text: 'some word' } };

/** `theme="dark"`, opened with the `open` attribute. */
export const Dark: Story = {
  args: { theme: 'dark', open: true },
  render: (args, context) =>
    html`<div style="background:#111;color:#eee;padding:1rem">${meta.render!(args, context)}</div>`,
};

/** 500 terms on one page: each builds its popup only when first opened. */
export const FiveHundredTerms: Story = {
  parameters: {
    partner: {
      note: '500 terms are generated; each builds its popup only when first opened',
      code: `<p>
  <nb-drug-term term="chemotherapy"></nb-drug-term>,
  <nb-drug-term term="thiotepa"></nb-drug-term>,
  <!-- … and so on, 500 in all -->
</p>`,
    },
  },
  render: () => {
    const keys = glossary.map((e) => e.key);
    return html`<p>
      ${Array.from(
        { length: 500 },
        (_, i) =>
          html`<nb-drug-term term=${keys[i % keys.length]}></nb-drug-term
            >${i % 10 === 9 ? '. ' : ', '}`,
      )}
    </p>`;
  },
};
