import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/elements/nb-glossary/define.js';
import { partnerSource } from './partner-code.js';

interface GlossaryArgs {
  terms?: string;
  'heading-level'?: string;
  theme?: 'light' | 'dark' | 'auto';
}

const meta: Meta<GlossaryArgs> = {
  title: 'Elements/Glossary',
  component: 'nb-glossary',
  tags: ['autodocs'],
  parameters: {
    docs: {
      source: partnerSource('nb-glossary'),
      description: {
        component:
          'The A–Z glossary of every drug and medical word the widgets explain (facts D01–D21). Each entry has the id `nb-term-<key>`: the element follows `#nb-term-<key>` in the address on load and on `hashchange`, scrolling to the entry and focusing it, because an address fragment cannot reach into shadow DOM by itself. `terms` shows a subset.',
      },
    },
  },
  argTypes: {
    'heading-level': { control: 'select', options: ['2', '3', '4', '5', '6'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
  },
  render: (args) =>
    html`<nb-glossary
      terms=${ifDefined(args.terms)}
      heading-level=${ifDefined(args['heading-level'])}
      theme=${ifDefined(args.theme)}
    >
      <p><a href="#glossary">Glossary of treatment words</a></p>
    </nb-glossary>`,
};
export default meta;

type Story = StoryObj<GlossaryArgs>;

export const Default: Story = {};

/** Only the words a page uses. */
export const Subset: Story = { args: { terms: 'topotecan cyclophosphamide temozolomide' } };

/** Links to entries: each sets the address fragment, and the glossary moves focus there. */
export const DeepLinks: Story = {
  parameters: {
    partner: {
      code: (glossary: string) => `<p>
  Jump to <a href="#nb-term-isotretinoin">isotretinoin</a> or
  <a href="#nb-term-bct-100">BCT-100</a>.
</p>
${glossary}`,
    },
  },
  render: (args, context) =>
    html`<p>
        Jump to <a href="#nb-term-isotretinoin">isotretinoin</a> or
        <a href="#nb-term-bct-100">BCT-100</a>.
      </p>
      ${meta.render!(args, context)}`,
};

/** `theme="dark"` on a dark page. */
export const Dark: Story = {
  args: { theme: 'dark' },
  render: (args, context) =>
    html`<div style="background:#111;padding:1rem">${meta.render!(args, context)}</div>`,
};

/** Your own clinical sign-off, shown in the credits under the word explanations. */
export const PartnerSignOff: Story = {
  render: () =>
    html`<nb-glossary
      terms="topotecan irinotecan"
      reviewed-by="Example Children’s Cancer Charity"
      reviewed-on="2025-10-12"
      review-due="2026-10-12"
    ></nb-glossary>`,
};
