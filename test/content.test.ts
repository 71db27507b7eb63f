import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import { citations } from '../src/content/citations.js';
import { allContentUnits, type ContentRecord } from '../src/content/index.js';
import { contentMeta, reviewerLine } from '../src/content/meta.js';
import { reviewStatus, sourcePage } from '../src/content/source.js';
import { sectionUnits, treatmentSections } from '../src/content/treatment.js';
import { coverageProblems, englishText, unexplainedFirstUses } from './content-checks.js';
import { loadCopyCheck, loadFactSheet, type FactSheet } from './facts.js';
import { glossary, glossaryEntry } from '../src/content/glossary.js';
import { formatCalendarDate } from '../src/locale/format.js';
import { isClosedStatus, mapRegistryStatus, statusLabel } from '../src/content/trial-status.js';
import { trials } from '../src/content/trials.js';
import type { FactId, TrialStatus } from '../src/content/types.js';
import { originsOf, originsOfFact } from '../src/content/origins.js';
import { isStatusStale, staleFrom } from '../src/content/trial-freshness.js';

describe('content', () => {
  describe('glossary', () => {
    it('has one entry per D fact (D01–D21) and per key word of the page (G01–G08), unique keys', () => {
      expect(glossary).to.have.length(29);
      expect(new Set(glossary.map((e) => e.key)).size).to.equal(29);
      const facts = glossary.flatMap((e) => e.facts);
      const expected = [
        ...Array.from({ length: 21 }, (_, i) => `D${String(i + 1).padStart(2, '0')}`),
        ...Array.from({ length: 8 }, (_, i) => `G0${i + 1}`),
      ];
      expect([...facts].sort()).to.deep.equal(expected);
      const g = Object.fromEntries(
        glossary.filter((e) => e.facts[0].startsWith('G')).map((e) => [e.facts[0], e.key]),
      );
      expect(g).to.deep.equal({
        G01: 'refractory',
        G02: 'relapsed',
        G03: 'risk-group',
        G04: 'surgery',
        G05: 'targeted-radiotherapy',
        G06: 'mibg-scan',
        G07: 'arginine',
        G08: 'specialist',
      });
    });

    describe('references (facts.md Provenance: D and reference-origin G entries)', () => {
      it('every D entry and every G entry with a reference origin names its checked reference', () => {
        const missing: string[] = [];
        for (const e of glossary) {
          if (!originsOf(e.facts).includes('reference')) continue;
          const r = e.reference;
          if (!r) {
            missing.push(`${e.key}: no reference`);
            continue;
          }
          if (!r.name.trim() || !r.title.trim()) missing.push(`${e.key}: no name or title`);
          if (!/^https:\/\/[^\s/]+\.[^\s]+$/.test(r.url)) missing.push(`${e.key}: url ${r.url}`);
          if (!/^\d{4}-\d{2}-\d{2}$/.test(r.accessed) || Number.isNaN(Date.parse(r.accessed)))
            missing.push(`${e.key}: accessed ${r.accessed}`);
          if (r.supports.trim().length < 20) missing.push(`${e.key}: no supporting phrase`);
        }
        expect(missing).to.deep.equal([]);
        // Every D entry needs one; the reference-origin G entries (G03, G04, G06, G07, G08) too.
        expect(glossary.filter((e) => e.reference).map((e) => e.facts[0])).to.include.members([
          'D01',
          'D21',
          'G03',
          'G04',
          'G06',
          'G07',
          'G08',
        ]);
      });

      it('no entry whose only origin is the source page claims a reference', () => {
        const claimed = glossary
          .filter((e) => !originsOf(e.facts).includes('reference') && e.reference)
          .map((e) => e.key);
        expect(claimed).to.deep.equal([]);
        expect(
          glossary.filter((e) => !originsOf(e.facts).includes('reference')).map((e) => e.key),
        ).to.deep.equal(['refractory', 'relapsed', 'targeted-radiotherapy']);
      });
    });

    const lookups: [string, string | undefined][] = [
      ['topotecan', 'topotecan'],
      ['TOPOTECAN', 'topotecan'],
      ['  Dinutuximab   Beta ', 'dinutuximab-beta'],
      ['13-cis-retinoic acid', 'isotretinoin'],
      ['131I-mIBG', 'mibg'],
      ['131-I-mIBG', 'mibg'],
      ['mIBG', 'mibg'],
      ['mIBG therapy', 'targeted-radiotherapy'],
      ['targeted radiotherapy', 'targeted-radiotherapy'],
      ['targeted radiotherapy (mIBG therapy)', 'targeted-radiotherapy'],
      ['mIBG scan', 'mibg-scan'],
      ['terapia con mIBG', 'targeted-radiotherapy'],
      ['recurrent', 'relapsed'],
      ['Relapsed', 'relapsed'],
      ['refractory', 'refractory'],
      ['risk groups', 'risk-group'],
      ['risk group', 'risk-group'],
      ['surgery', 'surgery'],
      ['arginine', 'arginine'],
      ['specialist', 'specialist'],
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
      expect(formatCalendarDate('2025-03', 'en-GB')).to.equal('Mar 2025');
      expect(formatCalendarDate('garbage', 'en-GB')).to.equal('garbage');
    });
  });

  describe('trial status freshness (six months, UK calendar day)', () => {
    const cases: [TrialStatus, string, string, boolean][] = [
      ['recruiting', '2025-03', '2025-03-01T12:00:00Z', false],
      ['recruiting', '2025-03', '2025-08-31T22:59:00Z', false],
      // 1 Sep 2025 begins at 23:00 UTC on 31 Aug (BST).
      ['recruiting', '2025-03', '2025-08-31T23:00:00Z', true],
      ['closed', '2025-03', '2025-09-01T12:00:00Z', true],
      ['paused', '2025-03', '2026-11-29T12:00:00Z', true],
      ['not-yet-recruiting', '2025-03', '2025-09-02T12:00:00Z', true],
      ['recruiting', '2026-10-15', '2027-04-14T12:00:00Z', false],
      ['recruiting', '2026-10-15', '2027-04-15T12:00:00Z', true],
      ['recruiting', '2025-11', '2026-05-01T12:00:00Z', true],
      // Final statuses never go stale.
      ['completed', '2025-03', '2030-01-01T12:00:00Z', false],
      ['stopped-early', '2025-03', '2030-01-01T12:00:00Z', false],
    ];
    for (const [status, checked, at, stale] of cases) {
      it(`${status}, checked ${checked}, at ${at} → ${stale ? 'may have changed' : 'current'}`, () => {
        expect(isStatusStale(status, checked, new Date(at))).to.equal(stale);
      });
    }
    it('counts a month-only check from the month’s first day', () => {
      expect(staleFrom('2025-03')).to.deep.equal([2025, 9, 1]);
      expect(staleFrom('2025-08')).to.deep.equal([2026, 2, 1]);
      expect(staleFrom('last week')).to.equal(undefined);
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

  describe('fact coverage (facts/fact-sheet.json)', () => {
    let sheet: FactSheet;
    let units: ContentRecord[];
    before(async () => {
      sheet = await loadFactSheet();
      units = allContentUnits();
    });

    it('parses the fact sheet', () => {
      expect(sheet.ids.size).to.equal(21 + 21 + 9 + 8 + 3);
      for (const id of ['S01', 'D14', 'T09', 'G01', 'G08'])
        expect(sheet.must.has(id), id).to.equal(true);
      expect(sheet.must.has('H01')).to.equal(false);
      expect(sheet.facts.get('S08')?.origins).to.deep.equal(['source-page']);
      expect(sheet.facts.get('T03')?.origins).to.deep.equal(['registry']);
      expect(sheet.facts.get('D07')?.origins).to.deep.equal(['reference']);
      expect(sheet.facts.get('G01')?.origins).to.deep.equal(['source-page']);
      expect(sheet.facts.get('G07')?.origins).to.deep.equal(['source-page', 'reference']);
      expect(sheet.facts.get('H02')?.origins).to.deep.equal(['ofcom']);
      expect(sheet.anchors.get('G02')).to.deep.equal(['relapsed', 'recurrent']);
      expect(sheet.anchors.get('S15')).to.include('LY3295668');
      expect(sheet.anchors.get('D08')).to.deep.equal(['mIBG', '131I-mIBG']);
      expect(sheet.anchors.get('T07')).to.deep.equal(['2019-001042-18', '265974']);
    });

    it('knows the origin of every fact as the sheet gives it (src/content/origins.ts)', () => {
      for (const [id, fact] of sheet.facts)
        expect(originsOfFact(id as FactId), id).to.deep.equal(fact.origins);
    });

    it('gives every unit a unique id', () => {
      const ids = units.map((u) => u.id);
      expect(ids.filter((id, i) => ids.indexOf(id) !== i)).to.deep.equal([]);
    });

    it('states every must fact, cites only real facts, and shows each cited fact’s anchors', () => {
      expect(coverageProblems(sheet, units)).to.deep.equal([]);
    });

    it('states the helpline facts too (H01, H02, H03)', () => {
      const cited = new Set(units.flatMap((u) => u.facts));
      expect(cited.has('H01') && cited.has('H02') && cited.has('H03')).to.equal(true);
    });

    it('credits the bank-holiday list (H03) to GOV.UK, never to Cancer Research UK', () => {
      const h03 = units.filter((u) => u.facts.includes('H03'));
      expect(h03.map((u) => u.id)).to.include('helpline.bank-holiday-credit');
      for (const u of h03) expect(englishText(u.render())).to.not.contain('Cancer Research');
      expect(originsOfFact('H03')).to.deep.equal(['gov-uk']);
    });

    describe('the coverage check fails on bad content', () => {
      const unit = (id: string, facts: string[], text: string) => ({
        id,
        facts,
        render: () => text,
      });
      it('when a must fact is cited nowhere', () => {
        const without = units.filter((u) => !u.facts.includes('S16'));
        expect(coverageProblems(sheet, without)).to.include('must fact S16 is cited by no unit');
      });
      it('when a unit cites an unknown fact', () => {
        expect(coverageProblems(sheet, [...units, unit('x', ['S99'], 'text')])).to.include(
          'x cites S99, which facts.md does not have',
        );
      });
      it('when a citing unit lacks an anchor (tagging alone is not enough)', () => {
        expect(
          coverageProblems(sheet, [...units, unit('x', ['S08'], 'Radiotherapy with mIBG.')]),
        ).to.include('x cites S08 but its English lacks "radioactive iodine"');
        expect(
          coverageProblems(sheet, [...units, unit('y', ['T02'], 'BEACON NCT02308527')]),
        ).to.include('y cites T02 but its English lacks "2012-000072-42"');
      });
    });
  });

  describe('own words (no 8-word run from the source page)', () => {
    let copied: (text: string) => string[];
    before(async () => {
      copied = await loadCopyCheck();
    });

    it('shares no run of 8 consecutive words with the source (citation titles exempt)', () => {
      const hits: string[] = [];
      for (const u of allContentUnits()) {
        let text = englishText(u.render());
        for (const c of citations) text = text.split(c.title).join(' • ');
        for (const run of copied(text)) hits.push(`${u.id}: "${run}"`);
      }
      expect(hits).to.deep.equal([]);
    });

    it('no source file in src/content copies the source either (notes for translators too)', async () => {
      const listing = await fetch('/__raw/src/content/__list');
      const modules = ((await listing.json()) as string[])
        .filter((f) => f.endsWith('.ts'))
        .map((f) => f.slice(0, -3));
      expect(modules).to.include.members(['glossary', 'treatment', 'trials']);
      const exempt = [...citations.map((c) => c.title), sourcePage.title];
      const hits: string[] = [];
      for (const name of modules) {
        const res = await fetch(`/__raw/src/content/${name}.ts.txt`);
        expect(res.ok, name).to.equal(true);
        let text = await res.text();
        for (const title of exempt) text = text.split(title).join(' • ');
        for (const run of copied(text)) hits.push(`${name}.ts: "${run}"`);
      }
      expect(hits).to.deep.equal([]);
    });

    it('the check finds a copied sentence', () => {
      expect(
        copied('Targeted cancer drugs work by targeting the differences in cancer cells.'),
      ).to.have.length.greaterThan(0);
      expect(copied('Targeted drugs act on how cancer cells differ.')).to.deep.equal([]);
    });
  });

  describe('wording rules (facts.md notes)', () => {
    const text = (id: string) => {
      const u = allContentUnits().find((r) => r.id === id);
      if (!u) throw new Error(`no unit ${id}`);
      return englishText(u.render());
    };
    const citing = (fact: string) =>
      allContentUnits()
        .filter((u) => u.facts.includes(fact as never))
        .map((u) => englishText(u.render()));

    it('S08: mIBG therapy "aims to" kill the cancer cells, no promise', () => {
      for (const t of citing('S08')) {
        expect(t).to.match(/\baims to\b/);
        expect(t).not.to.match(/\b(and die|will die|will kill|kills the)\b/i);
      }
    });

    it('no unit promises an outcome', () => {
      for (const u of allContentUnits())
        expect(englishText(u.render()), u.id).not.to.match(
          /\b(cures?|will (cure|kill|work|die))\b/i,
        );
    });

    it('S15: the 2022 studies in the past tense; what became of their trials dated and from the registries', () => {
      const texts = citing('S15');
      expect(texts.some((t) => /\bIn 2022\b[^.]*\bwere studying\b/.test(t))).to.equal(true);
      for (const t of texts) {
        expect(t).not.to.match(/\b(are|is) (studying|looking|testing)\b/i);
        // Never "have closed" as a timeless fact: a status comes with its date and origin.
        expect(t).not.to.match(/\bhave (since )?closed\b/i);
        if (/closed|new patients|stopped/i.test(t)) {
          expect(t).to.match(/\btrial registries\b/);
          expect(t).to.contain('Mar 2025');
          expect(t).to.match(/Other trials of these drugs may be open/);
          expect(t).to.match(/specialist/);
        }
      }
      expect(texts.some((t) => /Closed to new patients/.test(t))).to.equal(true);
    });

    it('S13: the bevacizumab recommendation is the researchers’ view, as the 2022 page reported it', () => {
      for (const t of citing('S13')) {
        expect(t).to.match(/\bresearchers\b/i);
        expect(t).to.match(/Cancer Research UK page, reviewed in 2022, reported/);
        expect(t).to.match(/\bThey recommended\b/);
        expect(t).not.to.match(/\bsays they recommend\b/);
        expect(t).to.match(/not advice for your child/);
      }
    });

    it('the research sentences say what helps what, and without what', () => {
      const targeted = text('treatment.research.targeted-explained');
      expect(targeted).not.to.match(/normal cells, which help them/);
      expect(targeted).to.match(/These differences help the cancer cells grow and survive/);
      const bevacizumab = text('treatment.research.bevacizumab');
      expect(bevacizumab).not.to.match(/die without it\b/);
      expect(bevacizumab).to.match(/die without this blood supply/);
    });

    it('S16: BCT-100’s trial is named PARC, with its newer state dated and from the registry', () => {
      for (const t of citing('S16')) {
        expect(t).to.match(/\bIn 2022\b/);
        expect(t).to.match(/\bPARC\b/);
        expect(t).to.contain('Mar 2025');
        expect(t).to.match(/\bCompleted\b/);
        expect(t).to.match(/published in 2024, by Fenwick and others, in Frontiers in Oncology/);
        expect(t).not.to.match(/results are to appear/i);
      }
    });

    it('S16: arginine is a building block of protein, not "a protein"', () => {
      for (const t of citing('S16')) {
        expect(t).to.match(/a building block of protein/);
        expect(t).not.to.match(/arginine is an? (important )?protein/i);
      }
    });

    it('"LY3295668 erbumine" is one name and "erbumine" never stands alone', () => {
      expect(text('treatment.research.other-targeted')).to.include('LY3295668 erbumine');
      for (const u of allContentUnits()) {
        const t = englishText(u.render());
        expect(t.replace(/LY3295668 erbumine/g, ''), u.id).not.to.match(/erbumine/i);
      }
      for (const e of glossary) {
        const spellings = [...e.aliases, ...Object.values(e.localeAliases).flat()];
        expect(
          spellings.map((a) => a.toLowerCase()),
          e.key,
        ).not.to.include('erbumine');
      }
    });

    it('every <nb-drug-term> in the treatment text names a glossary key', () => {
      for (const section of treatmentSections)
        for (const u of section.units) {
          const root = document.createElement('div');
          render(u.text(), root);
          for (const term of root.querySelectorAll('nb-drug-term'))
            expect(glossaryEntry(term.getAttribute('term') ?? '')?.key, u.id).to.equal(
              term.getAttribute('term'),
            );
        }
    });

    describe('every glossary word in the card is explained where a reader first meets it', () => {
      const terms = glossary.map((e) => ({
        key: e.key,
        spellings: [e.key.replace(/-/g, ' '), e.name(), ...e.aliases],
      }));
      const rendered = (rich: unknown) => {
        const root = document.createElement('div');
        render(rich, root);
        return root;
      };
      // Units are shown or hidden by risk group and situation, so each unit must stand alone.
      for (const section of treatmentSections)
        for (const u of section.units.filter((x) => x.kind !== 'subheading'))
          it(u.id, () => {
            expect(unexplainedFirstUses(rendered(u.text()), terms)).to.deep.equal([]);
          });
      it('the check fails on an unexplained term', () => {
        const root = rendered(
          html`Try topotecan, then <nb-drug-term term="topotecan">topotecan</nb-drug-term>.`,
        );
        expect(unexplainedFirstUses(root, terms)).to.deep.equal([
          '"topotecan" (topotecan) is used before it is explained',
        ]);
      });
    });

    it('the card says plainly that it does not replace the care team', () => {
      expect(text('treatment.care-team-note')).to.match(
        /does not replace advice from your child’s care team/,
      );
    });

    it('content metadata is honest: no medical reviewer yet', () => {
      expect(contentMeta.medicalReviewer).to.equal(null);
      expect(reviewerLine()).to.equal('No medical reviewer has checked this content yet.');
      expect(contentMeta.checkedAgainstSource).to.equal('2026-11-29');
    });
  });

  describe('translation files', () => {
    it('hold every content message with a note for translators (npm run locale:extract)', async () => {
      const res = await fetch('/locales/es.xlf');
      const doc = new DOMParser().parseFromString(await res.text(), 'text/xml');
      const notes = new Map(
        [...doc.querySelectorAll('trans-unit')].map((u) => [
          u.getAttribute('id'),
          u.querySelector('note')?.textContent?.trim() ?? '',
        ]),
      );
      const composite = /^(glossary\.|trial\.T\d\d)|^(source\.review-dates|sources\.list)$/;
      const ids = [
        ...allContentUnits()
          .map((u) => u.id)
          .filter((id) => !composite.test(id)),
        ...glossary.flatMap((e) => [`glossary.${e.key}.name`, `glossary.${e.key}.definition`]),
        ...trials.flatMap((t) => [
          `trial.${t.id}.summary`,
          ...(t.statusNote ? [`trial.${t.id}.status-note`] : []),
        ]),
        'source.last-reviewed',
        'source.next-review',
      ];
      const missing = ids.filter((id) => !notes.has(id));
      const noNote = ids.filter((id) => notes.has(id) && !notes.get(id));
      expect({ missing, noNote }).to.deep.equal({ missing: [], noNote: [] });
    });
  });

  describe('treatment sections', () => {
    it('filters by risk group and situation, dropping orphaned sub-headings', () => {
      const options = treatmentSections.find((s) => s.id === 'options')!;
      const high = sectionUnits(options, 'high').map((u) => u.id);
      expect(high).to.include('treatment.options.high-mibg');
      expect(high).not.to.include('treatment.options.low-surgery');
      expect(high).not.to.include('treatment.options.low-heading');
      const low = sectionUnits(options, 'low').map((u) => u.id);
      expect(low).to.deep.equal(['treatment.options.low-heading', 'treatment.options.low-surgery']);
      expect(sectionUnits(options).length).to.equal(options.units.length);
      const meaning = treatmentSections.find((s) => s.id === 'meaning')!;
      expect(sectionUnits(meaning, null, 'refractory').map((u) => u.id)).to.deep.equal([
        'treatment.meaning.refractory',
        'treatment.meaning.outlook',
      ]);
    });
  });

  describe('reviewStatus (source next review due 31 Aug 2025)', () => {
    const cases: [string, string][] = [
      ['2025-06-01T12:00:00Z', 'current'],
      ['2025-06-02T12:00:00Z', 'due-soon'],
      ['2025-08-31T12:00:00Z', 'due-soon'],
      ['2025-08-31T22:59:00Z', 'due-soon'],
      ['2025-08-31T23:00:00Z', 'overdue'],
      ['2025-09-01T12:00:00Z', 'overdue'],
      ['2026-11-29T12:00:00Z', 'overdue'],
    ];
    for (const [iso, expected] of cases) {
      it(`${iso} → ${expected}`, () => {
        expect(reviewStatus(new Date(iso))).to.equal(expected);
      });
    }
  });
});
