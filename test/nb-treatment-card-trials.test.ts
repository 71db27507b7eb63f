import { expect, fixture, html } from '@open-wc/testing';
import '../src/elements/nb-treatment-card/define.js';
import '../src/elements/nb-trial-list/define.js';
import type { NbTreatmentCard } from '../src/elements/nb-treatment-card/nb-treatment-card.js';
import type { NbTrialList } from '../src/elements/nb-trial-list/nb-trial-list.js';
import { mayHaveChanged } from '../src/content/trial-freshness.js';
import { statusLabels } from '../src/content/trial-status.js';
import { trials } from '../src/content/trials.js';
import type { Trial } from '../src/content/types.js';
import { renderedText, shadow } from './helpers.js';

// One story per trial: where the card says what became of a trial, it says what the trial list
// says (status, result, freshness), both from the trial data, at every clock.

const FRESH = ['2025-03-20T12:00:00Z', '2025-08-31T12:00:00Z'];
const STALE = ['2025-09-01T12:00:00Z', '2026-12-25T12:00:00Z'];

async function widgets(at: string): Promise<{ card: NbTreatmentCard; list: NbTrialList }> {
  const host = await fixture<HTMLDivElement>(html`<div></div>`);
  const card = document.createElement('nb-treatment-card');
  const list = document.createElement('nb-trial-list');
  for (const el of [card, list]) {
    el.now = () => new Date(at);
    host.append(el);
  }
  await Promise.all([card.updateComplete, list.updateComplete]);
  return { card, list };
}

const squash = (node: Element | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const cardLine = (card: Element, id: string) =>
  squash(shadow(card).querySelector(`[data-trial="${id}"]`));
const listStatus = (list: Element, id: string) =>
  squash(shadow(list).querySelector(`[data-trial="${id}"] [part="status"] dd`));
const listTrial = (list: Element, id: string) =>
  squash(shadow(list).querySelector(`[data-trial="${id}"]`));

/** Trial IDs the card cites anywhere (its `data-facts`). */
function trialsCited(card: Element): string[] {
  return [
    ...new Set(
      [...shadow(card).querySelectorAll<HTMLElement>('[data-facts]')].flatMap((n) =>
        (n.dataset.facts ?? '').split(' ').filter((f) => /^T\d\d$/.test(f)),
      ),
    ),
  ];
}

/** The status words other than `trial`'s own (none of them may describe it). */
const otherWords = (trial: Trial) => {
  const own = statusLabels[trial.status].text();
  return Object.values(statusLabels)
    .map((l) => l.text())
    .filter((w) => w !== own && !own.includes(w));
};

describe('<nb-treatment-card> and <nb-trial-list> tell one story per trial', () => {
  // The fact sheet: wherever S15's or S16's trials are mentioned, give their newer state.
  const mustMention = trials.filter((t) => t.sourceFact === 'S15' || t.sourceFact === 'S16');

  for (const at of [...FRESH, ...STALE]) {
    describe(`at ${at.slice(0, 10)}`, () => {
      it('the card states the state of each S15 and S16 trial, where it cites it', async () => {
        const { card } = await widgets(at);
        const cited = trialsCited(card);
        expect(cited).to.include.members(mustMention.map((t) => t.id));
        for (const id of cited) expect(cardLine(card, id), id).not.to.equal('');
      });

      it('each trial the card mentions has the same status, result and freshness in both', async () => {
        const { card, list } = await widgets(at);
        const mentioned = trials.filter((t) => trialsCited(card).includes(t.id));
        expect(mentioned.length).to.be.greaterThan(0);
        const stale = mayHaveChanged.text();
        for (const trial of mentioned) {
          const inCard = cardLine(card, trial.id);
          const inList = listStatus(list, trial.id);
          const word = statusLabels[trial.status].text();
          expect(inCard, `card, ${trial.id}`).to.contain(word);
          expect(inList, `list, ${trial.id}`).to.contain(word);
          for (const other of otherWords(trial)) {
            expect(inCard, `card, ${trial.id}`).not.to.contain(other);
            expect(inList, `list, ${trial.id}`).not.to.contain(other);
          }
          const note = trial.statusNote?.();
          if (note) {
            expect(inCard, `card, ${trial.id}`).to.contain(note);
            expect(inList, `list, ${trial.id}`).to.contain(note);
          }
          expect(inCard.includes(stale), `card, ${trial.id}: "${stale}"`).to.equal(
            inList.includes(stale),
          );
          // The same trial: the card names its registry records, as the list does.
          for (const r of trial.registryIds) {
            expect(inCard, `card, ${trial.id}`).to.contain(r.id);
            expect(listTrial(list, trial.id), `list, ${trial.id}`).to.contain(r.id);
          }
        }
      });
    });
  }

  for (const at of FRESH)
    it(`at ${at.slice(0, 10)} the card dates the statuses and warns of none`, async () => {
      const { card } = await widgets(at);
      const research = squash(shadow(card).querySelector('[data-section="research"]'));
      expect(research).to.contain('What the trial registries said about these trials in Mar 2025:');
      expect(research).to.contain('Its registry records said this in Mar 2025:');
      expect(research).not.to.contain(mayHaveChanged.text());
    });

  for (const at of STALE)
    it(`at ${at.slice(0, 10)} the card warns on each status that can still change`, async () => {
      const { card } = await widgets(at);
      for (const trial of mustMention) {
        const line = cardLine(card, trial.id);
        const final = trial.status === 'completed' || trial.status === 'stopped-early';
        expect(line.includes(mayHaveChanged.text()), trial.id).to.equal(!final);
      }
    });

  it('the BCT-100 paragraph names PARC, completed, results published in 2024 (Fenwick)', async () => {
    const { card } = await widgets(STALE[1]!);
    const arginase = squash(
      shadow(card).querySelector('[data-unit="treatment.research.arginase"]'),
    );
    expect(arginase).to.contain('BCT-100');
    expect(arginase).to.contain('a building block of protein');
    expect(arginase).to.match(/In 2022, its trial no longer took new patients/);
    expect(arginase).to.match(
      /This trial is called PARC\. Its registry records said this in Mar 2025:/,
    );
    expect(arginase).to.match(/PARC: Completed\./);
    expect(arginase).to.contain(
      'published in 2024, by Fenwick and others, in Frontiers in Oncology',
    );
    expect(arginase).not.to.match(/results are to appear/i);
    const links = [...shadow(card).querySelectorAll<HTMLAnchorElement>('[data-trial="T09"] a')];
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal([
      'https://clinicaltrials.gov/study/NCT03455140',
      'https://www.isrctn.com/ISRCTN21727048',
    ]);
  });

  it('says other trials of the S15 drugs may be open, and the specialist can say', async () => {
    const { card } = await widgets(STALE[0]!);
    const text = renderedText(card);
    expect(text).to.contain('Other trials of these drugs may be open.');
    expect(text).to.contain('Your child’s specialist can tell you.');
    expect(text).not.to.match(/have (since )?closed/);
  });

  it('stays accessible with the trial lines', async () => {
    const { card } = await widgets(STALE[1]!);
    await expect(card).to.be.accessible();
  });
});
