import { expect } from '@open-wc/testing';
import type { Trial, TrialStatus } from '../src/content/types.js';
import type { FeedTrial } from '../src/elements/nb-trial-list/feed-schema.js';
import type { LiveStatus } from '../src/elements/nb-trial-list/live-status.js';
import {
  fromFeed,
  groupOf,
  groupTrials,
  nctIds,
  shownStatus,
  trialCredits,
  ukDay,
  visibleTrials,
  type ShownTrial,
} from '../src/elements/nb-trial-list/shown-trials.js';
import { trials as bundled } from '../src/content/trials.js';

// The trial list's choices as plain data (src/elements/nb-trial-list/shown-trials.ts): which
// trials a filter keeps, their order and groups, the live status winning, and the credits.

function trial(id: string, name: string, status: TrialStatus, nct?: string): ShownTrial {
  const base: Trial = {
    id,
    facts: [],
    name,
    summary: () => '',
    registryIds: nct
      ? [
          {
            registry: 'ClinicalTrials.gov',
            id: nct,
            url: `https://clinicaltrials.gov/study/${nct}`,
          },
        ]
      : [],
    sponsor: 'Sponsor',
    status,
    registryStatus: '',
    statusChecked: '2025-03',
    treatments: [],
    newerThanSource: false,
  };
  return { trial: base };
}

const NONE = new Map<string, LiveStatus>();
const ids = (shown: readonly ShownTrial[]) => shown.map((t) => t.trial.id);

describe('trial list data (shown-trials)', () => {
  const sample = [
    trial('A', 'zeta', 'closed', 'NCT00000001'),
    trial('B', 'Alpha', 'recruiting', 'NCT00000002'),
    trial('C', 'émile', 'unknown'),
    trial('D', 'beta', 'not-yet-recruiting'),
    trial('E', 'Gamma', 'completed'),
  ];

  it('puts every status in its group, and anything else in "unknown" (a Map, not an object)', () => {
    expect(groupOf('recruiting')).to.equal('open');
    expect(groupOf('by-invitation')).to.equal('open');
    expect(groupOf('not-yet-recruiting')).to.equal('open');
    for (const s of ['closed', 'paused', 'stopped-early', 'completed'] as const)
      expect(groupOf(s)).to.equal('closed');
    expect(groupOf('unknown')).to.equal('unknown');
    for (const hostile of ['__proto__', 'constructor', 'toString'])
      expect(groupOf(hostile as TrialStatus)).to.equal('unknown');
  });

  it('filters by group and keeps the data order when sorted by status', () => {
    expect(ids(visibleTrials(sample, NONE, 'all', 'status', 'en-GB'))).to.deep.equal([
      'A',
      'B',
      'C',
      'D',
      'E',
    ]);
    expect(ids(visibleTrials(sample, NONE, 'recruiting', 'status', 'en-GB'))).to.deep.equal([
      'B',
      'D',
    ]);
    expect(ids(visibleTrials(sample, NONE, 'closed', 'status', 'en-GB'))).to.deep.equal(['A', 'E']);
  });

  it('sorts by name A to Z ignoring case and accents', () => {
    expect(ids(visibleTrials(sample, NONE, 'all', 'name', 'en-GB'))).to.deep.equal([
      'B',
      'D',
      'C',
      'E',
      'A',
    ]);
  });

  it('groups open, closed, then unknown, leaving out empty groups', () => {
    const groups = groupTrials(visibleTrials(sample, NONE, 'all', 'status', 'en-GB'));
    expect(groups.map((g) => [g.group, ids(g.trials)])).to.deep.equal([
      ['open', ['B', 'D']],
      ['closed', ['A', 'E']],
      ['unknown', ['C']],
    ]);
    expect(groupTrials([sample[0]!]).map((g) => g.group)).to.deep.equal(['closed']);
  });

  it('lets a live answer decide the status, the filter and the group', () => {
    const live = new Map<string, LiveStatus>([
      ['NCT00000001', { overallStatus: 'RECRUITING', lastUpdate: '2026-11-01' }],
    ]);
    const shown = visibleTrials(sample, live, 'recruiting', 'status', 'en-GB');
    expect(ids(shown)).to.deep.equal(['A', 'B', 'D']);
    expect(shown[0]!.live?.lastUpdate).to.equal('2026-11-01');
    expect(shownStatus(shown[0]!)).to.equal('recruiting');
    expect(shown[1]!.live).to.equal(undefined);
    expect(shownStatus(shown[1]!)).to.equal('recruiting');
  });

  it('looks up well-formed NCT numbers from ClinicalTrials.gov only', () => {
    const odd: ShownTrial = {
      trial: {
        ...sample[0]!.trial,
        registryIds: [
          { registry: 'ClinicalTrials.gov', id: 'NCT123' },
          { registry: 'ClinicalTrials.gov', id: 'NCT00000009/../x' },
          { registry: 'ISRCTN', id: 'NCT00000008' },
          { registry: 'ClinicalTrials.gov', id: 'NCT00000007' },
        ],
      },
    };
    expect(nctIds([odd, sample[1]!, sample[2]!])).to.deep.equal(['NCT00000007', 'NCT00000002']);
  });

  it('credits the fact sheet trials shown and the latest month their records were read', () => {
    const credits = trialCredits(bundled.map((t) => ({ trial: t })));
    expect(credits.facts).to.deep.equal(bundled.flatMap((t) => t.facts));
    expect(credits.registryChecked).to.equal(
      bundled
        .map((t) => t.statusChecked)
        .sort()
        .at(-1),
    );
    // Feed trials carry no fact IDs: they add no facts and no registry month.
    expect(trialCredits(sample)).to.deep.equal({ facts: [], registryChecked: undefined });
  });

  it('reads a feed entry as plain data, an impossible check date giving "check the registry"', () => {
    const entry = {
      id: 'F01',
      name: '<b>Name</b>',
      summary: 'Plain words.',
      registryIds: [{ registry: 'ClinicalTrials.gov', id: 'NCT00000001' }],
      sponsor: 'Sponsor',
      registryStatus: 'Recruiting',
      statusChecked: '2025-02-31',
      treatments: [],
    } as unknown as FeedTrial;
    const shown = fromFeed(entry, 'https://charity.example');
    expect(shown.feedOrigin).to.equal('https://charity.example');
    expect(shown.trial.name).to.equal('<b>Name</b>');
    expect(shown.trial.summary()).to.equal('Plain words.');
    expect(shown.trial.status).to.equal('unknown');
    expect(shown.trial.newerThanSource).to.equal(false);
    expect(fromFeed({ ...entry, statusChecked: '2025-02-28' }, '').trial.status).to.equal(
      'recruiting',
    );
  });

  it('gives the UK calendar day of an instant', () => {
    expect(ukDay(new Date('2026-06-30T23:30:00Z'))).to.equal('2026-07-01');
    expect(ukDay(new Date('2026-12-31T23:30:00Z'))).to.equal('2026-12-31');
  });
});
