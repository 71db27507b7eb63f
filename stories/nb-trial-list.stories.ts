import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/elements/nb-trial-list/define.js';
import { partnerSource } from './partner-code.js';

/** A proxy path answered in the page with 503, for the live-status fallback story. */
const DOWN_PROXY = '/__story-proxy-down';
const pageFetch = window.fetch.bind(window);
window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
  const url = new URL(input instanceof Request ? input.url : String(input), location.href);
  if (url.origin === location.origin && url.pathname.startsWith(`${DOWN_PROXY}/`))
    return Promise.resolve(new Response('Service Unavailable', { status: 503 }));
  return pageFetch(input, init);
};

interface TrialListArgs {
  status?: 'all' | 'recruiting' | 'closed';
  sort?: 'status' | 'name';
  'heading-level'?: string;
  src?: string;
  timeout?: string;
  'live-status'?: boolean;
  'live-status-endpoint'?: string;
  theme?: 'light' | 'dark' | 'auto';
  /** Story-only: a fixed clock (ISO instant). */
  at?: string;
}

const meta: Meta<TrialListArgs> = {
  title: 'Elements/Trial list',
  component: 'nb-trial-list',
  tags: ['autodocs'],
  parameters: {
    docs: {
      source: partnerSource('nb-trial-list'),
      description: {
        component:
          'The clinical trials behind the Cancer Research UK page (facts T01–T09), each with its registry IDs, phase, sponsor, treatments and an honest status shown with the date it was checked. Trials that are not open sit below open ones; the filter and order are real labelled form controls and the count is announced politely. `src` loads a charity-hosted JSON feed (validated entry by entry; see `docs/trials-feed.md`); `live-status` looks statuses up on ClinicalTrials.gov. Without those attributes the element makes no network request at all.',
      },
    },
  },
  argTypes: {
    status: { control: 'inline-radio', options: ['all', 'recruiting', 'closed'] },
    sort: { control: 'inline-radio', options: ['status', 'name'] },
    'heading-level': { control: 'select', options: ['2', '3', '4', '5', '6'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
    'live-status': { control: 'boolean' },
    at: { control: 'text', description: 'Story-only: fixed clock (ISO instant).' },
  },
  render: (args) =>
    html`<nb-trial-list
      status=${ifDefined(args.status)}
      sort=${ifDefined(args.sort)}
      heading-level=${ifDefined(args['heading-level'])}
      src=${ifDefined(args.src)}
      timeout=${ifDefined(args.timeout)}
      ?live-status=${args['live-status'] ?? false}
      live-status-endpoint=${ifDefined(args['live-status-endpoint'])}
      theme=${ifDefined(args.theme)}
      .now=${args.at ? () => new Date(args.at!) : () => new Date()}
    >
      <p>
        Find clinical trials on the
        <a href="https://www.cancerresearchuk.org/about-cancer/find-a-clinical-trial"
          >Cancer Research UK clinical trials database</a
        >.
      </p>
    </nb-trial-list>`,
};
export default meta;

type Story = StoryObj<TrialListArgs>;

/** With no attributes: the bundled trials, open ones first, and no network request. */
export const Default: Story = {};

/**
 * Clock set to 31 Aug 2025, under six months after the March 2025 check: each status shows with
 * its date and no warning.
 */
export const StatusesCurrent: Story = { args: { at: '2025-08-31T12:00:00Z' } };

/**
 * Clock set to 1 Sep 2025: a status that can still change reads as true "when checked in Mar
 * 2025", says it may have changed, and links the registry record. Completed and Stopped early
 * never go stale.
 */
export const StatusesMayHaveChanged: Story = { args: { at: '2025-09-01T12:00:00Z' } };

/** `status="recruiting"`: only trials that are open or opening soon. */
export const RecruitingOnly: Story = { args: { status: 'recruiting' } };

/** `status="closed"`, ordered by name. */
export const ClosedByName: Story = { args: { status: 'closed', sort: 'name' } };

/**
 * A feed that cannot be used: here `src` points at a JSON file that is not a trial feed
 * (Storybook's own `index.json`, so no request fails loudly). The bundled list stays, with a
 * quiet "could not update" note and one console warning.
 */
export const FeedFailure: Story = {
  args: { src: './index.json', timeout: '3000' },
  parameters: {
    partner: { note: 'src points at a file that is not a trial feed, to show the fallback' },
  },
};

/**
 * Live status with a look-up that fails. Static Storybook has no stand-in for
 * ClinicalTrials.gov: `live-status-endpoint` points at a made-up proxy path that this page
 * answers itself with "503 Service Unavailable" (see `DOWN_PROXY` in the story file), so no
 * request leaves the page. Every trial keeps its bundled status and "status checked" date. (The
 * browser tests cover a successful look-up against a local fixture server.)
 */
export const LiveStatusFallback: Story = {
  args: { 'live-status': true, 'live-status-endpoint': DOWN_PROXY },
  parameters: {
    partner: {
      note: 'the endpoint is a made-up proxy answered with 503; on your page, leave it out or use your own proxy',
    },
  },
};

/** Right-to-left layout. */
export const RightToLeft: Story = {
  parameters: { partner: { around: { dir: 'rtl' } } },
  render: (args, context) => html`<div dir="rtl">${meta.render!(args, context)}</div>`,
  args: { status: 'all' },
};

/** `theme="dark"` on a dark page. */
export const Dark: Story = {
  args: { theme: 'dark' },
  parameters: { backgrounds: { default: 'dark' } },
  render: (args, context) =>
    html`<div style="background:#111;padding:1rem">${meta.render!(args, context)}</div>`,
};

/** Spanish page: English trial words until the translation pass, with the "not yet reviewed" note. */
export const Spanish: Story = {
  parameters: { partner: { around: { lang: 'es' } } },
  render: (args, context) => html`<div lang="es">${meta.render!(args, context)}</div>`,
};

/**
 * Pseudo-locale `ar-XB` (mirrored right-to-left English): every registry ID, such as EudraCT
 * 2022-003816-10, still reads left to right, because the code isolates it (`<bdi dir="ltr">`);
 * without that it would show as "10-003816-2022".
 */
export const PseudoRtlIds: Story = {
  name: 'Pseudo-RTL (ar-XB): registry IDs keep their order',
  render: (args, context) => html`<div lang="ar-XB">${meta.render!(args, context)}</div>`,
};
