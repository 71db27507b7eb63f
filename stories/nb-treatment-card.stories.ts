import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { ref } from 'lit/directives/ref.js';
import '../src/elements/nb-treatment-card/define.js';
import type { NbTreatmentCard } from '../src/elements/nb-treatment-card/nb-treatment-card.js';
import { treatmentCardPrintRules } from '../src/elements/nb-treatment-card/nb-treatment-card.styles.js';
import { partnerSource } from './partner-code.js';

interface CardArgs {
  'risk-group'?: 'low' | 'intermediate' | 'high';
  situation?: 'relapsed' | 'refractory';
  'heading-level'?: number;
  sections?: string;
  collapsed?: boolean;
  'trials-href'?: string;
  'feedback-href'?: string;
  theme?: 'light' | 'dark' | 'auto';
  /** Your organisation, when your clinical team has checked the card. */
  'reviewed-by'?: string;
  /** When they checked it, `YYYY-MM-DD`. */
  'reviewed-on'?: string;
  /** When they will check it again, `YYYY-MM-DD`. */
  'review-due'?: string;
  /** Fixed clock for the story (ISO instant); unset = the real time. */
  at?: string;
}

const SOURCE =
  'https://www.cancerresearchuk.org/about-cancer/childrens-cancer/neuroblastoma/treatment-not-gone-away-come-back';

const meta: Meta<CardArgs> = {
  title: 'Elements/Treatment card',
  component: 'nb-treatment-card',
  tags: ['autodocs'],
  parameters: {
    docs: {
      source: partnerSource('nb-treatment-card'),
      description: {
        component:
          'What relapsed and refractory neuroblastoma mean, what treatment depends on, the options for the child’s risk group, further treatments, clinical trials, who to talk to, the helpline and the sources with their review dates (facts S01–S21). Every paragraph carries its fact IDs in `data-facts`. Light-DOM children are the fallback shown before the script loads or when it is blocked: give them a link to the source page and the helpline number.',
      },
    },
  },
  argTypes: {
    'risk-group': { control: 'select', options: [undefined, 'low', 'intermediate', 'high'] },
    situation: { control: 'select', options: [undefined, 'relapsed', 'refractory'] },
    'heading-level': { control: { type: 'number', min: 2, max: 6 } },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    at: {
      control: 'text',
      description:
        'Story-only: fixed clock (ISO instant), e.g. to show the review notice. Not an attribute.',
      table: { category: 'Story controls' },
    },
  },
  render: (args) =>
    html`<nb-treatment-card
      risk-group=${ifDefined(args['risk-group'])}
      situation=${ifDefined(args.situation)}
      heading-level=${ifDefined(args['heading-level'])}
      sections=${ifDefined(args.sections)}
      ?collapsed=${args.collapsed}
      trials-href=${ifDefined(args['trials-href'])}
      feedback-href=${ifDefined(args['feedback-href'])}
      theme=${ifDefined(args.theme)}
      reviewed-by=${ifDefined(args['reviewed-by'])}
      reviewed-on=${ifDefined(args['reviewed-on'])}
      review-due=${ifDefined(args['review-due'])}
      .now=${args.at ? () => new Date(args.at!) : () => new Date()}
    >
      <p>
        Read
        <a href=${SOURCE}
          >Cancer Research UK’s page on treatment for neuroblastoma that has not gone away or has
          come back</a
        >, or call the Cancer Research UK nurses free on
        <a href="tel:+448088004040">0808 800 4040</a>, Monday to Friday, 9am to 5pm UK time.
      </p>
    </nb-treatment-card>`,
};
export default meta;

type Story = StoryObj<CardArgs>;

/** No attributes: every section, both risk groups, both situations, the real clock. */
export const Default: Story = {};

/**
 * Your own clinical sign-off (`reviewed-by`, `reviewed-on`, `review-due`, on every element):
 * shown beside the source's dates; the overdue notice says your team checked the information.
 */
export const PartnerSignOff: Story = {
  args: {
    sections: 'meaning helpline',
    'reviewed-by': 'Example Children’s Cancer Charity',
    'reviewed-on': '2025-10-12',
    'review-due': '2026-10-12',
    at: '2026-01-05T10:00:00Z',
  },
};

/** The same once the partner's own next check date has passed too. */
export const PartnerCheckDue: Story = {
  args: { ...PartnerSignOff.args, at: '2026-11-02T10:00:00Z' },
};

/** `risk-group="low"`: the low or intermediate risk options only. */
export const LowRisk: Story = { args: { 'risk-group': 'low' } };

/** `risk-group="intermediate"`: shares the low or intermediate options. */
export const IntermediateRisk: Story = { args: { 'risk-group': 'intermediate' } };

/** `risk-group="high"`: the high risk options only, with the later treatments (S09). */
export const HighRisk: Story = { args: { 'risk-group': 'high' } };

/**
 * The research section with the clock at 1 Sep 2025: the trial statuses from the registries
 * (checked Mar 2025) that can still change say they may have changed.
 */
export const TrialStatusesMayHaveChanged: Story = {
  args: { sections: 'research', at: '2025-09-01T12:00:00Z' },
};

/** `situation="refractory"` with a charity’s own trials page and feedback form. */
export const Refractory: Story = {
  args: { situation: 'refractory', 'trials-href': '/trials', 'feedback-href': '/feedback' },
};

/** `collapsed`: each section is a disclosure; Tab to a heading, Enter or Space opens it. */
export const Collapsed: Story = { args: { collapsed: true, 'heading-level': 3 } };

/** A 320 px sidebar: the card reflows without sideways scrolling. */
export const NarrowColumn: Story = {
  args: { collapsed: true },
  parameters: { partner: { note: 'the card sits in a 320 px column of your page' } },
  render: (args, context) =>
    html`<div style="max-width:320px;border:1px dashed #999">${meta.render!(args, context)}</div>`,
};

/** Right-to-left layout from the page’s `dir`. */
export const RightToLeft: Story = {
  args: { collapsed: true },
  parameters: { partner: { around: { dir: 'rtl' } } },
  render: (args, context) => html`<div dir="rtl">${meta.render!(args, context)}</div>`,
};

/** Spanish from a surrounding `lang`, with the "not yet reviewed" note. */
export const Spanish: Story = {
  parameters: { partner: { around: { lang: 'es' } } },
  render: (args, context) => html`<div lang="es">${meta.render!(args, context)}</div>`,
};

/** `theme="dark"` on a dark page. */
export const Dark: Story = {
  args: { theme: 'dark' },
  render: (args, context) =>
    html`<div style="background:#111;padding:1rem">${meta.render!(args, context)}</div>`,
};

/** The charity palette of the story below, shown in its code and rendered from this string. */
const PALETTE_CSS = `  .charity-palette nb-treatment-card {
    --nb-color-accent: #6b1d5c;
    --nb-color-link: #6b1d5c;
    --nb-color-border: #b98fb0;
    --nb-color-surface: #fdf8fc;
    --nb-radius: 0;
    --nb-font-family: Georgia, 'Times New Roman', serif;
  }
  .charity-palette nb-treatment-card::part(heading) {
    color: #6b1d5c;
  }
  .charity-palette nb-treatment-card::part(group) {
    border-inline-start-color: #1d6b5c;
  }
`;

/** A charity palette: `--nb-*` tokens plus `::part()` rules in the host page’s CSS. */
export const CharityPalette: Story = {
  args: { 'feedback-href': '/feedback' },
  // Brings its own palette: the theme toolbar leaves it alone (half of two palettes fails contrast).
  parameters: {
    themes: { disable: true },
    partner: {
      code: (card: string) => `<style>
${PALETTE_CSS}</style>
<div class="charity-palette">
${card
  .split('\n')
  .map((l) => `  ${l}`)
  .join('\n')}
</div>`,
    },
  },
  render: (args, context) =>
    html`${unsafeHTML(`<style>${PALETTE_CSS}</style>`)}
      <div class="charity-palette">${meta.render!(args, context)}</div>`,
};

/**
 * What paper shows: every section open (the card opens its disclosures on `beforeprint`) and
 * each link followed by its address. Here the print rules are applied on screen; use your
 * browser's print preview on any story for the real thing.
 */
export const PrintView: Story = {
  args: { collapsed: true, 'feedback-href': 'https://charity.example/feedback' },
  // Print is black on white: the theme toolbar's palettes do not apply.
  parameters: {
    themes: { disable: true },
    partner: {
      note: 'the print rules are applied on screen; on your page they apply when printing',
    },
  },
  render: (args, context) =>
    html`<div
      ${ref((wrapper) => {
        // The card is rendered into the wrapper after this callback: wait a frame for it.
        requestAnimationFrame(async () => {
          const card = wrapper?.querySelector<NbTreatmentCard>('nb-treatment-card');
          if (!card) return;
          await card.updateComplete;
          const root = card.shadowRoot!;
          const sheet = treatmentCardPrintRules.styleSheet;
          if (sheet && !root.adoptedStyleSheets.includes(sheet))
            root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
          root.querySelectorAll('details').forEach((d) => (d.open = true));
        });
      })}
    >
      ${meta.render!(args, context)}
    </div>`,
};
