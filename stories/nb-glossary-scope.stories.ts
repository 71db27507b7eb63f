import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import '../src/elements/nb-glossary-scope/define.js';
import { partnerSource } from './partner-code.js';

/** The partner's article inside the scope, as they would write it. */
const ARTICLE = `  <h3>Treatment when neuroblastoma comes back: chemotherapy and more</h3>
  <p>
    Your child's specialist will explain which treatment could help. Your child may have
    chemotherapy again, for example topotecan with cyclophosphamide, or topotecan with
    temozolomide. The chemotherapy is likely to be different from the first time.
  </p>
  <p>
    Some children have mIBG therapy, a targeted radiotherapy that aims to kill the cancer cells
    from inside. Some go on to have immunotherapy with dinutuximab beta, or isotretinoin
    (13-cis-retinoic acid).
  </p>
  <p>
    The doctor may talk about a clinical trial. <a href="#trials">Read about clinical trials</a>
    on our site, or ask your specialist about topotecan.
  </p>`;

interface ScopeArgs {
  'all-occurrences'?: boolean;
}

const meta: Meta<ScopeArgs> = {
  title: 'Elements/Glossary scope',
  component: 'nb-glossary-scope',
  tags: ['autodocs'],
  parameters: {
    partner: {
      code: (element: string) => `${element.split('\n')[0]}\n${ARTICLE}\n</nb-glossary-scope>`,
    },
    docs: {
      source: partnerSource('nb-glossary-scope'),
      description: {
        component:
          'Wrap your own article in `<nb-glossary-scope>` and every known drug name or medical word in it becomes a `<nb-drug-term>` — the first use of each by default, every use with `all-occurrences`. Your markup stays where it is (light DOM). Words inside links, buttons, headings, `code` and `pre`, or inside an element with `data-nb-skip`, are left alone. Spanish pages match Spanish spellings ("topotecán"). Content added later is scanned too.',
      },
    },
  },
  argTypes: { 'all-occurrences': { control: 'boolean' } },
  // One copy of the article: the story renders the string its "Show code" shows (our own text).
  render: (args) =>
    html`<nb-glossary-scope ?all-occurrences=${args['all-occurrences']}
      >${unsafeHTML(ARTICLE)}</nb-glossary-scope
    >`,
};
export default meta;

type Story = StoryObj<ScopeArgs>;

/** A partner's article: the first use of each term is wrapped; the heading and link are not. */
export const PartnerText: Story = {};

/** Every use, not only the first. */
export const AllOccurrences: Story = { args: { 'all-occurrences': true } };

/** Spanish text: Spanish spellings and international names are matched. */
export const Spanish: Story = {
  parameters: {
    partner: {
      around: { lang: 'es' },
      code: `<nb-glossary-scope>
  <p>
    Algunos niños reciben topotecán con ciclofosfamida. El especialista puede hablar de un
    ensayo clínico.
  </p>
</nb-glossary-scope>`,
    },
  },
  render: () =>
    html`<div lang="es">
      <nb-glossary-scope>
        <p>
          Algunos niños reciben topotecán con ciclofosfamida. El especialista puede hablar de un
          ensayo clínico.
        </p>
      </nb-glossary-scope>
    </div>`,
};
