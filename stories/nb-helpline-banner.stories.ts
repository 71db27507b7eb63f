import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/elements/nb-helpline-banner/define.js';
import { DEFAULT_HELPLINE, telOf } from '../scripts/build/lib/snippets.mjs';
import { partnerSource } from './partner-code.js';

const STORY_ONLY = { category: 'Story controls' };

/** The fallback a partner writes: their own line when `org`/`number` are set (see snippets.mjs). */
function fallback(args: BannerArgs) {
  if (!args.org && !args.number)
    return html`<p>
      Cancer Research UK nurses: <a href="tel:+448088004040">0808 800 4040</a> (Freephone), Monday
      to Friday, 9am to 5pm UK time.
    </p>`;
  const tel = args.number ? telOf(args.number) : undefined;
  return html`<p>
    ${args.org || 'Helpline'}:
    <a href="tel:${tel ?? DEFAULT_HELPLINE.tel}">${tel ? args.number : DEFAULT_HELPLINE.number}</a>
  </p>`;
}

interface BannerArgs {
  org?: string;
  number?: string;
  hours?: string;
  'closed-dates'?: string;
  'bank-holidays'?: 'england-and-wales' | 'scotland' | 'northern-ireland' | 'none';
  dismissible?: '' | 'remember';
  theme?: 'light' | 'dark' | 'auto';
  /** Fixed clock for the story (ISO instant); unset = the real time. */
  at?: string;
  /** Reader's time zone for the story; unset = the browser's. */
  zone?: string;
}

const meta: Meta<BannerArgs> = {
  title: 'Elements/Helpline banner',
  component: 'nb-helpline-banner',
  tags: ['autodocs'],
  parameters: {
    docs: {
      source: partnerSource('nb-helpline-banner'),
      description: {
        component:
          "Who to call, whether the line is **usually** open now (UK time, correct across clock changes, wherever the reader is), when it next opens, and a `tel:` link. With no attributes it shows the Cancer Research UK nurses (facts S19, H01, H02). On a UK bank holiday (GOV.UK's lists, H03; `bank-holidays` picks England and Wales, Scotland, Northern Ireland or none) it says the line may be closed today and when it usually opens next. Light-DOM children are the fallback shown before the script loads or when it is blocked.",
      },
    },
  },
  argTypes: {
    dismissible: { control: 'select', options: [undefined, '', 'remember'] },
    'bank-holidays': {
      control: 'select',
      options: [undefined, 'england-and-wales', 'scotland', 'northern-ireland', 'none'],
    },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    at: {
      control: 'text',
      description: 'Story-only: fixed clock (ISO instant). Not an attribute.',
      table: STORY_ONLY,
    },
    zone: {
      control: 'text',
      description: 'Story-only: the reader’s time zone. Not an attribute.',
      table: STORY_ONLY,
    },
  },
  render: (args) =>
    html`<nb-helpline-banner
      org=${ifDefined(args.org)}
      number=${ifDefined(args.number)}
      hours=${ifDefined(args.hours)}
      closed-dates=${ifDefined(args['closed-dates'])}
      bank-holidays=${ifDefined(args['bank-holidays'])}
      dismissible=${ifDefined(args.dismissible)}
      theme=${ifDefined(args.theme)}
      .now=${args.at ? () => new Date(args.at!) : () => new Date()}
      .readerTimeZone=${args.zone ?? Intl.DateTimeFormat().resolvedOptions().timeZone}
    >
      ${fallback(args)}
    </nb-helpline-banner>`,
};
export default meta;

type Story = StoryObj<BannerArgs>;

/** With no attributes: the Cancer Research UK nurses, status from the real clock. */
export const Default: Story = {};

/** A Monday morning in winter: usually open until 5 pm. */
export const Open: Story = { args: { at: '2026-01-05T10:00:00Z', zone: 'Europe/London' } };

/** A Saturday: closed, opens on Monday at 9 am. */
export const Closed: Story = { args: { at: '2026-01-03T12:00:00Z', zone: 'Europe/London' } };

/**
 * Christmas Day 2026 at noon: a bank holiday, so the line may be closed; it usually opens again
 * on Tuesday 29 December (Monday 28 is the substitute Boxing Day). Try `bank-holidays`.
 */
export const BankHoliday: Story = {
  args: { at: '2026-12-25T12:00:00Z', zone: 'Europe/London' },
};

/** St Andrew's Day (Mon 30 Nov 2026) is a bank holiday in Scotland only. */
export const ScottishBankHoliday: Story = {
  args: { 'bank-holidays': 'scotland', at: '2026-11-30T10:00:00Z', zone: 'Europe/London' },
};

/** A reader in New York sees both clocks and the note that Freephone numbers may not work from abroad. */
export const ReaderAbroad: Story = {
  args: { at: '2026-01-05T10:00:00Z', zone: 'America/New_York' },
};

/** A charity's own line with Saturday hours and a closed bank holiday; the hide button remembers. */
export const CustomOrg: Story = {
  args: {
    org: 'Family support line',
    number: '020 7946 0000',
    hours: 'Mo-Fr 09:00-17:00; Sa 10:00-13:00',
    'closed-dates': '2026-12-25 2026-12-28',
    dismissible: 'remember',
    at: '2026-01-03T11:00:00Z',
    zone: 'Europe/London',
  },
};

/** Right-to-left layout: the hide button moves to the inline end. */
export const RightToLeft: Story = {
  args: { dismissible: '', at: '2026-01-05T10:00:00Z', zone: 'Europe/London' },
  parameters: { partner: { around: { dir: 'rtl' } } },
  render: (args, context) => html`<div dir="rtl">${meta.render!(args, context)}</div>`,
};

/** `theme="dark"` on a dark page. */
export const Dark: Story = {
  args: { theme: 'dark', at: '2026-01-05T10:00:00Z', zone: 'Europe/London' },
  parameters: { backgrounds: { default: 'dark' } },
  render: (args, context) =>
    html`<div style="background:#111;padding:1rem">${meta.render!(args, context)}</div>`,
};

/** Spanish, from the `lang` of a surrounding element, with the "not yet reviewed" note. */
export const Spanish: Story = {
  args: { at: '2026-01-05T10:00:00Z', zone: 'Europe/London' },
  parameters: { partner: { around: { lang: 'es' } } },
  render: (args, context) => html`<div lang="es">${meta.render!(args, context)}</div>`,
};

/**
 * Pseudo-locale `ar-XB` (mirrored right-to-left English): the phone number and the times read in
 * their true order, isolated by the code rather than by characters a translator types.
 */
export const PseudoRtl: Story = {
  name: 'Pseudo-RTL (ar-XB): number and times keep their order',
  args: { at: '2026-01-03T12:00:00Z', zone: 'Europe/London' },
  render: (args, context) => html`<div lang="ar-XB">${meta.render!(args, context)}</div>`,
};

/** Your own clinical sign-off, beside the source's dates; the overdue notice names your check. */
export const PartnerSignOff: Story = {
  render: () =>
    html`<nb-helpline-banner
      reviewed-by="Example Children’s Cancer Charity"
      reviewed-on="2025-10-12"
      review-due="2026-10-12"
      .now=${() => new Date('2026-01-05T10:00:00Z')}
      .readerTimeZone=${'Europe/London'}
    ></nb-helpline-banner>`,
};
