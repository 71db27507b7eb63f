import { expect } from '@open-wc/testing';
import { glossary, glossaryEntry } from '../src/content/glossary.js';
import {
  formatCheckedMonth,
  isClosedStatus,
  mapRegistryStatus,
  statusLabel,
} from '../src/content/trial-status.js';
import { trials } from '../src/content/trials.js';
import type { TrialStatus } from '../src/content/types.js';

describe('content', () => {
  describe('glossary', () => {
    it('has the 21 D entries with unique keys', () => {
      expect(glossary).to.have.length(21);
      expect(new Set(glossary.map((e) => e.key)).size).to.equal(21);
    });

    const lookups: [string, string | undefined][] = [
      ['topotecan', 'topotecan'],
      ['TOPOTECAN', 'topotecan'],
      ['  Dinutuximab   Beta ', 'dinutuximab-beta'],
      ['13-cis-retinoic acid', 'isotretinoin'],
      ['131I-mIBG', 'mibg'],
      ['131-I-mIBG', 'mibg'],
      ['mIBG therapy', 'mibg'],
      ['meta-iodobenzylguanidine', 'mibg'],
      ['pegylated recombinant human arginase', 'bct-100'],
      ['monoclonal antibodies', 'monoclonal-antibody'],
      ['targeted cancer drugs', 'targeted-cancer-drug'],
      ['clinical trials', 'clinical-trial'],
      ['LY3295668 erbumine', 'ly3295668-erbumine'],
      ['topotecán', 'topotecan'],
      ['ciclofosfamida', 'cyclophosphamide'],
      ['ensayo clínico', 'clinical-trial'],
      ['erbumine', undefined],
      ['Erbumine', undefined],
      ['aspirin', undefined],
      ['', undefined],
    ];
    for (const [query, key] of lookups) {
      it(`glossaryEntry(${JSON.stringify(query)}) → ${String(key)}`, () => {
        expect(glossaryEntry(query)?.key).to.equal(key);
      });
    }
  });

  describe('trial status words (facts.md table)', () => {
    const cases: [string | undefined, TrialStatus][] = [
      ['RECRUITING', 'recruiting'],
      ['Recruiting', 'recruiting'],
      ['NOT_YET_RECRUITING', 'not-yet-recruiting'],
      ['ENROLLING_BY_INVITATION', 'by-invitation'],
      ['ACTIVE_NOT_RECRUITING', 'closed'],
      ['Active, not recruiting', 'closed'],
      ['Closed to accrual', 'closed'],
      ['closed to enrolment', 'closed'],
      ['closed to accrual/enrolment', 'closed'],
      ['No longer recruiting', 'closed'],
      ['not recruiting', 'closed'],
      ['SUSPENDED', 'paused'],
      ['TEMPORARILY_NOT_AVAILABLE', 'paused'],
      ['TERMINATED', 'stopped-early'],
      ['WITHDRAWN', 'stopped-early'],
      ['COMPLETED', 'completed'],
      ['UNKNOWN', 'unknown'],
      ['AVAILABLE', 'unknown'],
      ['recruiting soon', 'unknown'],
      ['Ongoing, recruiting', 'unknown'],
      ['', 'unknown'],
      [undefined, 'unknown'],
    ];
    for (const [word, status] of cases) {
      it(`${JSON.stringify(word)} → ${status}`, () => {
        expect(mapRegistryStatus(word)).to.equal(status);
      });
    }

    it('shows "check the registry" for an unknown status, never "recruiting"', () => {
      const label = statusLabel('unknown');
      expect(label).to.match(/check the registry for the current status/i);
      expect(label).not.to.match(/\brecruiting\b/i);
    });

    it('formats the checked month for the reader', () => {
      expect(formatCheckedMonth('2025-03', 'en-GB')).to.equal('Mar 2025');
      expect(formatCheckedMonth('garbage', 'en-GB')).to.equal('garbage');
    });
  });

  describe('trials', () => {
    it('has T01–T09 with a status, a checked month and https registry links', () => {
      expect(trials.map((t) => t.id)).to.deep.equal([
        'T01',
        'T02',
        'T03',
        'T04',
        'T05',
        'T06',
        'T07',
        'T08',
        'T09',
      ]);
      for (const t of trials) {
        expect(t.status, t.id).to.be.a('string').and.not.equal('');
        expect(t.statusChecked, t.id).to.match(/^\d{4}-\d{2}$/);
        for (const r of t.registryIds) if (r.url) expect(r.url, t.id).to.match(/^https:\/\//);
      }
    });

    it('labels only BEACON2 as newer than the source', () => {
      expect(trials.filter((t) => t.newerThanSource).map((t) => t.name)).to.deep.equal(['BEACON2']);
    });

    it('never calls a closed trial recruiting', () => {
      for (const t of trials) {
        if (/closed|terminated|completed|not recruiting|no longer/i.test(t.registryStatus)) {
          expect(isClosedStatus(t.status), `${t.id} (${t.registryStatus})`).to.equal(true);
          expect(t.status, t.id).not.to.equal('recruiting');
        }
        expect(t.status, t.id).to.equal(mapRegistryStatus(t.registryStatus));
      }
    });

    it('names treatments by glossary key', () => {
      for (const t of trials)
        for (const key of t.treatments)
          expect(glossaryEntry(key)?.key, `${t.id}: ${key}`).to.equal(key);
    });

    it('links registry records in the documented URL patterns', () => {
      const ids = trials.flatMap((t) => t.registryIds);
      for (const r of ids.filter((r) => r.registry === 'ClinicalTrials.gov'))
        expect(r.url).to.equal(`https://clinicaltrials.gov/study/${r.id}`);
      for (const r of ids.filter((r) => r.registry === 'ISRCTN'))
        expect(r.url).to.equal(`https://www.isrctn.com/${r.id}`);
      for (const r of ids.filter((r) => !['ClinicalTrials.gov', 'ISRCTN'].includes(r.registry)))
        expect(r.url).to.equal(undefined);
    });
  });
});
