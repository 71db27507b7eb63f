import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/index.js';
import { sourcePage } from '../src/content/source.js';

interface PartnerPageArgs {
  'risk-group': 'all' | 'low' | 'intermediate' | 'high';
  'trial-status': 'all' | 'recruiting' | 'closed';
}

/**
 * A charity's own article with every widget in place, as a web team would build it: the
 * charity's words inside `<nb-glossary-scope>` (drug names become explained terms), then
 * `<nb-treatment-card>`, `<nb-trial-list>` and `<nb-helpline-banner>`. Each element carries
 * light-DOM fallback content, which is what readers see until the script has loaded, when it
 * is blocked, or while an element is not yet part of the build.
 */
const meta: Meta<PartnerPageArgs> = {
  title: 'Examples/Partner page',
  tags: ['autodocs'],
  parameters: {
    layout: 'fullscreen',
    docs: {
      description: {
        component:
          'A realistic partner article: the charity writes the introduction; the widgets supply the sourced treatment information, the trials with their checked dates, and the nurse helpline. Try the Locale, Direction, Theme and Viewport toolbars.',
      },
    },
  },
  argTypes: {
    'risk-group': {
      control: 'select',
      options: ['all', 'low', 'intermediate', 'high'],
      description:
        'Passed to `<nb-treatment-card risk-group>`; `all` leaves it unset (every group).',
    },
    'trial-status': {
      control: 'inline-radio',
      options: ['all', 'recruiting', 'closed'],
      description: 'Passed to `<nb-trial-list status>`.',
    },
  },
  args: { 'risk-group': 'all', 'trial-status': 'all' },
  render: (args) => html`
    <style>
      .partner-page {
        max-width: 42rem;
        margin: 0 auto;
        padding: 1.5rem 1rem 3rem;
        font-family: Georgia, 'Times New Roman', serif;
        font-size: 1.125rem;
        line-height: 1.6;
      }
      .partner-page h1 {
        font-size: 1.75rem;
        line-height: 1.25;
      }
      .partner-page > * + * {
        margin-top: 1.5rem;
      }
      .partner-kicker,
      .partner-footnote {
        font-size: 0.95rem;
      }
    </style>
    <article class="partner-page">
      <p class="partner-kicker">Example Children’s Cancer Charity · Information for families</p>
      <h1>When neuroblastoma comes back or does not go away</h1>

      <nb-glossary-scope>
        <p>
          Hearing that your child's neuroblastoma has come back, or has not gone away with
          treatment, is hard. This page explains the words doctors use and the treatments they may
          talk about with you. It is based on information from Cancer Research UK.
        </p>
        <p>
          Doctors call neuroblastoma <em>relapsed</em> when it comes back after treatment, and
          <em>refractory</em> when it does not go away with treatment. It can be harder to control,
          but there are treatments, and research aims to make them better.
        </p>
        <p>
          You may hear the names of chemotherapy drugs such as topotecan, temozolomide or
          cyclophosphamide, or of dinutuximab beta, an immunotherapy. Tap or select a highlighted
          word to see what it means.
        </p>
      </nb-glossary-scope>

      <nb-treatment-card
        heading-level="2"
        risk-group=${ifDefined(args['risk-group'] === 'all' ? undefined : args['risk-group'])}
        trials-href="#trials"
      >
        <h2>Treatment</h2>
        <p>
          Which treatment a child has depends on where the cancer has come back, the risk group they
          were first in, the treatment they have had, and any side effects. Read
          <a href=${sourcePage.url}>Cancer Research UK's page about this treatment</a>. Your child's
          specialist is the best person to ask.
        </p>
      </nb-treatment-card>

      <nb-trial-list id="trials" heading-level="2" status=${args['trial-status']}>
        <h2>Clinical trials</h2>
        <p>
          Some children have treatment as part of a clinical trial. Search the
          <a href="https://www.cancerresearchuk.org/about-cancer/find-a-clinical-trial"
            >Cancer Research UK clinical trials database</a
          >, and ask your child's specialist whether a trial could be right for your child.
        </p>
      </nb-trial-list>

      <h2>Someone to talk to</h2>
      <nb-helpline-banner>
        <p>
          Cancer Research UK nurses: <a href="tel:+448088004040">0808 800 4040</a> (Freephone),
          Monday to Friday, 9am to 5pm UK time.
        </p>
      </nb-helpline-banner>

      <p class="partner-footnote">This page does not replace advice from your child's care team.</p>
    </article>
  `,
};
export default meta;

type Story = StoryObj<PartnerPageArgs>;

/** The whole article as a family would see it. */
export const PartnerPage: Story = {};

/** The same article for a child first treated as high risk. */
export const HighRisk: Story = { args: { 'risk-group': 'high' } };
