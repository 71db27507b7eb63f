import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import {
  feedFailed,
  feedFrom,
  filterAll,
  filterClosed,
  filterLabel,
  filterRecruiting,
  resultCount,
  groupClosed,
  groupOpen,
  groupUnknown,
  noMatch,
  sortLabel,
  sortName,
  sortStatus,
  trialListHeading,
} from '../../content/trial-list.js';
import { findTrial, talkToSpecialist } from '../../content/treatment.js';
import { trials as bundledTrials } from '../../content/trials.js';
import type { Trial } from '../../content/types.js';
import { isUnset, oneOf, type AttributeRule, type Resolved } from '../../internal/attributes.js';
import { link, REFUSED } from '../../internal/link-attribute.js';
import { heading } from '../../common/heading.js';
import { headingLevel, headingLevelBelow } from '../../internal/heading-level.js';
import { NbElement } from '../../common/nb-element.js';
import { creditsStyles, renderCredits } from '../../common/credits.js';
import { themeStyles } from '../../internal/theme.styles.js';
import { bidiText, ltr } from '../../locale/bidi.js';
import { pluralMessage } from '../../locale/plural.js';
import { trialListStyles } from './nb-trial-list.styles.js';
import {
  FILTERS,
  groupTrials,
  SORTS,
  trialCredits,
  visibleTrials,
  type ShownTrial,
  type StatusFilter,
  type TrialGroup,
  type TrialSort,
} from './shown-trials.js';
import { renderTrial } from './trial-item.js';
import { TrialSources, type TrialFeedDetail } from './trial-sources.js';
import { DEFAULT_TIMEOUT_MS, resolveLiveEndpoint } from './urls.js';

export type { StatusFilter, TrialSort } from './shown-trials.js';
export type { TrialFeedDetail } from './trial-sources.js';

/** The list's attributes, each parsed once per change (src/internal/attributes.ts). */
const attributes = {
  filter: oneOf<NbTrialList, StatusFilter>('status', 'status', FILTERS, 'all'),
  order: oneOf<NbTrialList, TrialSort>('sort', 'sort', SORTS, 'status'),
  level: headingLevel<NbTrialList>('headingLevel'),
  /** The feed's URL under the one URL policy; undefined when unset or refused. */
  feed: link<NbTrialList>('src', 'src', 'showing the built-in list'),
  timeoutMs: {
    attribute: 'timeout',
    property: 'timeout',
    parse: (raw, warn) => {
      if (isUnset(raw)) return DEFAULT_TIMEOUT_MS;
      const value = Number(raw);
      // NaN and Infinity fail these comparisons too.
      if (value > 0 && value <= 120000) return value;
      warn(`using ${DEFAULT_TIMEOUT_MS} ms`);
      return DEFAULT_TIMEOUT_MS;
    },
  } satisfies AttributeRule<NbTrialList, number>,
  /**
   * The live-status endpoint, ClinicalTrials.gov when unset; undefined (no live look-up at all,
   * never a fallback to ClinicalTrials.gov, which a partner's proxy keeps readers from) when refused.
   */
  liveEndpoint: {
    attribute: 'live-status-endpoint',
    property: 'liveStatusEndpoint',
    parse: (raw, warn) => {
      const endpoint = resolveLiveEndpoint(raw as string | null);
      if (!endpoint) warn(`${REFUSED}, without a query or fragment; no live look-up is made`);
      return endpoint;
    },
  } satisfies AttributeRule<NbTrialList, string | undefined>,
};

export interface TrialFilterDetail {
  status: StatusFilter;
  sort: TrialSort;
  /** How many trials the choice shows. */
  count: number;
}

/**
 * The clinical trials behind the source page, each with its registry IDs (linked), phase,
 * sponsor, treatments, and an honest status with the date it was checked. Closed trials sit
 * below open ones; a filter and an order choice are real labelled form controls, and the result
 * count is announced politely. Optional `src` feed and `live-status` look-up; without them the
 * element makes no network request at all. Its glossary words take its `theme`.
 *
 * @tagname nb-trial-list
 * @summary Clinical trials with honest, dated statuses and registry links.
 *
 * @slot - Fallback content (e.g. a link to the Cancer Research UK trials database), shown before
 *   the element upgrades or when scripts are blocked; hidden once the list renders.
 *
 * @event nb-trial-filter - The reader changed the filter or the order.
 *   `detail: { status, sort, count }`.
 * @event nb-trial-feed - The `src` feed loaded or failed. `detail: { result, count, dropped }`.
 *
 * @csspart list - The whole widget.
 * @csspart controls - The filter and order controls.
 * @csspart count - The "N trials shown" line (a polite live region).
 * @csspart trial - One trial.
 * @csspart status - A trial's status line.
 * @csspart stale - Under a status over six months old: "this may have changed", and the link
 *   to the registry record.
 * @csspart newer - The "newer than the source" label.
 * @csspart feed-note - The "could not update" or "supplied by" note.
 * @csspart source - The credits footer: Cancer Research UK with its review dates, and the trial
 *   registries with the month their records were read.
 * @csspart credit - One origin's credit line in the footer (`data-origin` says which).
 * @csspart sign-off - Your own clinical check (with `reviewed-by` and `reviewed-on`).
 * @csspart care-team - The line saying this does not replace the care team's advice.
 * @csspart review-notice - The "overdue for review" notice in the footer.
 * @csspart locale-note - The "translation not yet checked" note.
 */
export class NbTrialList extends NbElement {
  static override styles = [themeStyles, creditsStyles, trialListStyles];
  /** @internal Its parsed attributes (src/internal/attributes.ts), for the base class and the tests. */
  static override attributeTable = attributes;

  /** Which trials to show: `all` (default), `recruiting` (open or opening soon), `closed`. */
  @property({ reflect: true }) status: StatusFilter = 'all';

  /** Order: `status` (open first, the default) or `name` (A to Z). */
  @property({ reflect: true }) sort: TrialSort = 'status';

  /**
   * Level of the list's heading (2–6); trial names sit one or two levels below.
   * @type {2 | 3 | 4 | 5 | 6}
   * @default 2
   */
  @property({ attribute: 'heading-level' }) headingLevel: string | null = null;

  /** URL of a charity-hosted JSON feed of trials (https:, or the page's own origin). */
  @property() src: string | null = null;

  /**
   * How long to wait for the feed and for each live-status answer, in milliseconds.
   * @default 8000
   */
  @property() timeout: string | null = null;

  /** Look up each NCT ID's current status on ClinicalTrials.gov (API v2). Off by default. */
  @property({ type: Boolean, attribute: 'live-status' }) liveStatus = false;

  /** Base URL of a proxy with the same answers as `https://clinicaltrials.gov` (`/api/v2/studies/…`). */
  @property({ attribute: 'live-status-endpoint' }) liveStatusEndpoint: string | null = null;

  /** The trials shown when no feed is set or the feed fails (defaults to the bundled T01–T09). */
  @property({ attribute: false }) trials: readonly Trial[] = bundledTrials;

  /** The feed and the live statuses. */
  private readonly sources = new TrialSources(this, {
    attributes: () => this.attrs,
    onFeed: (detail) => this.emit<TrialFeedDetail>('nb-trial-feed', detail),
  });

  private get attrs(): Resolved<typeof attributes> {
    return this.parsed<typeof attributes>();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.sources.update(changed);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.shareTheme(this.renderRoot.querySelectorAll('nb-drug-term'));
  }

  private visibleTrials(): ShownTrial[] {
    const { trialsShown, live } = this.sources;
    const { filter, order } = this.attrs;
    return visibleTrials(trialsShown, live, filter, order, this.renderedLocale);
  }

  private onFilter(event: Event): void {
    this.status = (event.target as HTMLSelectElement).value as StatusFilter;
    void this.updateComplete.then(() => this.emitFilter());
  }

  private onSort(event: Event): void {
    this.sort = (event.target as HTMLSelectElement).value as TrialSort;
    void this.updateComplete.then(() => this.emitFilter());
  }

  private emitFilter(): void {
    const { filter: status, order: sort } = this.attrs;
    this.emit<TrialFilterDetail>('nb-trial-filter', {
      status,
      sort,
      count: this.visibleTrials().length,
    });
  }

  private renderControls(): TemplateResult {
    const { filter, order } = this.attrs;
    return html`<div class="controls" part="controls">
      <div class="field">
        <label for="filter">${filterLabel.text()}</label>
        <select id="filter" @change=${this.onFilter}>
          <option value="all" ?selected=${filter === 'all'}>${filterAll.text()}</option>
          <option value="recruiting" ?selected=${filter === 'recruiting'}>
            ${filterRecruiting.text()}
          </option>
          <option value="closed" ?selected=${filter === 'closed'}>${filterClosed.text()}</option>
        </select>
      </div>
      <div class="field">
        <label for="sort">${sortLabel.text()}</label>
        <select id="sort" @change=${this.onSort}>
          <option value="status" ?selected=${order === 'status'}>${sortStatus.text()}</option>
          <option value="name" ?selected=${order === 'name'}>${sortName.text()}</option>
        </select>
      </div>
    </div>`;
  }

  private renderList(trials: ShownTrial[]): TemplateResult {
    const { level, order } = this.attrs;
    const locale = this.renderedLocale;
    const now = this.now();
    if (trials.length === 0) return html`<p class="empty">${noMatch.text()}</p>`;
    if (order === 'name') {
      return html`<ul class="trials">
        ${trials.map((t) => renderTrial(t, headingLevelBelow(level, 1), locale, now))}
      </ul>`;
    }
    const titles: Record<TrialGroup, string> = {
      open: groupOpen.text(),
      closed: groupClosed.text(),
      unknown: groupUnknown.text(),
    };
    return html`${groupTrials(trials).map(
      ({ group, trials: members }) =>
        html`<section class="group" data-group=${group}>
          ${heading(headingLevelBelow(level, 1), { class: 'h' }, titles[group])}
          <ul class="trials">
            ${members.map((t) => renderTrial(t, headingLevelBelow(level, 2), locale, now))}
          </ul>
        </section>`,
    )}`;
  }

  private renderFeedNote(): TemplateResult | typeof nothing {
    const { feedState, feedHost } = this.sources;
    if (feedState === 'failed')
      return html`<p class="feed-note" part="feed-note" data-feed="failed">
        ${feedFailed.text()}
      </p>`;
    if (feedState === 'loaded')
      return html`<p class="feed-note" part="feed-note" data-feed="loaded">
        ${bidiText(feedFrom.text(ltr(feedHost)))}
      </p>`;
    return nothing;
  }

  /**
   * Credits for what is shown: the page (S17, S18) and, when bundled trials are listed, the
   * registries with the month their records were read (each trial links its own records).
   */
  private renderCredits(trials: ShownTrial[]): TemplateResult {
    const { facts, registryChecked } = trialCredits(trials);
    return renderCredits({
      facts: [...talkToSpecialist.facts, ...findTrial.facts, ...facts],
      registryChecked,
      now: this.now(),
      locale: this.renderedLocale,
      signOff: this.signOff,
    });
  }

  protected override render(): TemplateResult {
    const trials = this.visibleTrials();
    const { level } = this.attrs;
    return html`<section
      class="nb-root list"
      part="list"
      lang=${this.rootLang}
      dir=${this.rootDir}
      aria-labelledby="heading"
      aria-busy=${this.sources.feedState === 'loading' ? 'true' : 'false'}
    >
      ${heading(level, { class: 'h', id: 'heading' }, trialListHeading.text())}
      <p class="intro" data-facts=${talkToSpecialist.facts.join(' ')}>${talkToSpecialist.text()}</p>
      <p class="database" data-facts=${findTrial.facts.join(' ')}>${findTrial.text()}</p>
      ${this.renderControls()}
      <p class="count" part="count" role="status" aria-live="polite">
        ${pluralMessage(this.renderedLocale, trials.length, resultCount)}
      </p>
      ${this.renderList(trials)} ${this.renderFeedNote()} ${this.renderCredits(trials)}
      ${this.renderLocaleNote()}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'nb-trial-list': NbTrialList;
  }
  /** The element's events, so `addEventListener('nb-…', (e) => e.detail…)` is typed. */
  interface HTMLElementEventMap {
    'nb-trial-filter': CustomEvent<TrialFilterDetail>;
    'nb-trial-feed': CustomEvent<TrialFeedDetail>;
  }
}
