import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { literal, html as staticHtml, type StaticValue } from 'lit/static-html.js';
import {
  feedFailed,
  feedFrom,
  filterAll,
  filterClosed,
  filterLabel,
  filterRecruiting,
  formatResultCount,
  groupClosed,
  groupOpen,
  groupUnknown,
  liveRecordUpdated,
  liveStatusFrom,
  noMatch,
  phaseLabel,
  registryLabel,
  sortLabel,
  sortName,
  sortStatus,
  sponsorLabel,
  statusFieldLabel,
  treatmentsLabel,
  trialListHeading,
} from '../../content/trial-list.js';
import { findTrial, talkToSpecialist } from '../../content/treatment.js';
import {
  checkRecord,
  formatCheckedDate,
  mayHaveChanged,
  statusWhenChecked,
  trialStatusView,
  undatedStatus,
} from '../../content/trial-freshness.js';
import type { Trial, TrialStatus } from '../../content/types.js';
import { NbElement } from '../../internal/nb-element.js';
import { creditsStyles, renderCredits } from '../../internal/credits.js';
import { themeStyles } from '../../internal/theme.styles.js';
import { zonedParts } from '../../internal/time.js';
import { warnInvalid, warnOnce } from '../../internal/warn.js';
import { bidiText, ltr } from '../../locale/bidi.js';
import { formatCalendarDate } from '../../locale/format.js';
import type { FeedResult } from './feed.js';
import type { FeedTrial } from './feed-schema.js';
import { safeRegistryLink } from './links.js';
import type { LiveStatus } from './live-status.js';
import { trialListStyles } from './nb-trial-list.styles.js';
import {
  bundledTrials,
  mapRegistryStatus,
  newerThanSourceLabel,
  registryLinkLabel,
  statusCheckedText,
  statusWord,
  treatmentName,
} from './trial-data.js';
import { DEFAULT_TIMEOUT_MS, NCT_PATTERN, resolveFeedUrl, resolveLiveEndpoint } from './urls.js';

export type StatusFilter = 'all' | 'recruiting' | 'closed';
export type TrialSort = 'status' | 'name';
type Group = 'open' | 'closed' | 'unknown';

const FILTERS: readonly StatusFilter[] = ['all', 'recruiting', 'closed'];
const SORTS: readonly TrialSort[] = ['status', 'name'];
const LEVELS = ['2', '3', '4', '5', '6'] as const;
const HEADINGS: readonly StaticValue[] = [
  literal`h2`,
  literal`h3`,
  literal`h4`,
  literal`h5`,
  literal`h6`,
];

/** Which group a status sits in (a Map: never a lookup on Object.prototype). */
const GROUP_OF: ReadonlyMap<TrialStatus, Group> = new Map<TrialStatus, Group>([
  ['recruiting', 'open'],
  ['by-invitation', 'open'],
  ['not-yet-recruiting', 'open'],
  ['closed', 'closed'],
  ['paused', 'closed'],
  ['stopped-early', 'closed'],
  ['completed', 'closed'],
  ['unknown', 'unknown'],
]);
const groupOf = (status: TrialStatus): Group => GROUP_OF.get(status) ?? 'unknown';
const GROUP_ORDER: readonly Group[] = ['open', 'closed', 'unknown'];

/** One trial as shown: the data, plus where its links may point and any live status. */
interface ShownTrial {
  trial: Trial;
  /** Origin of the feed the trial came from; links to it are allowed. */
  feedOrigin?: string;
  live?: LiveStatus;
}

export interface TrialFilterDetail {
  status: StatusFilter;
  sort: TrialSort;
  /** How many trials the choice shows. */
  count: number;
}

export interface TrialFeedDetail {
  /** `loaded` (the feed replaced the bundled list) or `failed` (the bundled list stays). */
  result: 'loaded' | 'failed';
  /** Valid trials shown from the feed (0 when failed). */
  count: number;
  /** Entries dropped as invalid. */
  dropped: number;
}

/** A feed entry as a Trial: its words are plain text from outside, never HTML. */
function fromFeed(entry: FeedTrial): Trial {
  return {
    id: entry.id,
    facts: [],
    name: entry.name,
    summary: () => entry.summary,
    registryIds: entry.registryIds,
    sponsor: entry.sponsor,
    phase: entry.phase,
    // An impossible check date (2025-02-31) is no date: the status then reads "check the registry".
    status: undatedStatus(mapRegistryStatus(entry.registryStatus), entry.statusChecked),
    registryStatus: entry.registryStatus,
    statusChecked: entry.statusChecked,
    treatments: entry.treatments,
    newerThanSource: entry.newerThanSource ?? false,
  };
}

/** The UK calendar day of an instant, `YYYY-MM-DD`. */
function ukDay(instant: Date): string {
  const p = zonedParts(instant, 'Europe/London');
  return `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}

/** `2025-03` → "Mar 2025"; `2025-03-11` → "11 Mar 2025", in the reader's locale. */
export const formatMonthOrDay = formatCheckedDate;

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
 *
 * @cssprop --nb-color-text - Body text colour.
 * @cssprop --nb-color-text-muted - Secondary text colour.
 * @cssprop --nb-color-surface - Background colour.
 * @cssprop --nb-color-border - Border colour of each trial.
 * @cssprop --nb-color-accent - Accent colour (open trials).
 * @cssprop --nb-color-link - Link colour.
 * @cssprop --nb-color-focus - Focus outline colour.
 * @cssprop --nb-font-family - Font stack.
 * @cssprop --nb-radius - Corner radius.
 * @cssprop --nb-space - Base padding.
 */
export class NbTrialList extends NbElement {
  static override styles = [themeStyles, creditsStyles, trialListStyles];

  /** Which trials to show: `all` (default), `recruiting` (open or opening soon), `closed`. */
  @property({ reflect: true }) status: StatusFilter = 'all';

  /** Order: `status` (open first, the default) or `name` (A to Z). */
  @property({ reflect: true }) sort: TrialSort = 'status';

  /**
   * Level of the list's heading (2–6); trial names sit one or two levels below.
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

  @state() private feedTrials: ShownTrial[] | undefined;
  @state() private feedState: 'none' | 'loading' | 'loaded' | 'failed' = 'none';
  @state() private feedHost = '';
  @state() private live = new Map<string, LiveStatus>();

  private feedController: AbortController | undefined;
  private liveRun = 0;
  private liveController: AbortController | undefined;

  private get filter(): StatusFilter {
    return this.checked('status', this.status, FILTERS, 'all');
  }

  private get order(): TrialSort {
    return this.checked('sort', this.sort, SORTS, 'status');
  }

  private get level(): number {
    return Number(this.checked('heading-level', this.headingLevel, LEVELS, '2'));
  }

  private get timeoutMs(): number {
    if (this.timeout == null || this.timeout.trim() === '') return DEFAULT_TIMEOUT_MS;
    const value = Number(this.timeout);
    if (Number.isFinite(value) && value > 0 && value <= 120000) return value;
    warnInvalid(this.localName, 'timeout', this.timeout, `using ${DEFAULT_TIMEOUT_MS} ms`);
    return DEFAULT_TIMEOUT_MS;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.feedController?.abort();
    // Cancel live look-ups no other list on the page waits for; failures stay cached.
    this.liveController?.abort();
    this.liveRun++;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Re-attached after a move: fetch again what the detach cancelled.
    if (this.hasUpdated) {
      if (this.src && this.feedState === 'loading') void this.loadFeed();
      if (this.liveStatus) void this.loadLive();
    }
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('status')) this.checked('status', this.status, FILTERS, 'all');
    if (changed.has('sort')) this.checked('sort', this.sort, SORTS, 'status');
    if (changed.has('src') || changed.has('timeout')) void this.loadFeed();
    if (
      changed.has('liveStatus') ||
      changed.has('liveStatusEndpoint') ||
      changed.has('trials') ||
      changed.has('feedState')
    ) {
      void this.loadLive();
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.shareTheme(this.renderRoot.querySelectorAll('nb-drug-term'));
  }

  private async loadFeed(): Promise<void> {
    this.feedController?.abort();
    this.feedTrials = undefined;
    this.feedHost = '';
    if (this.src == null || this.src.trim() === '') {
      this.feedState = 'none';
      return;
    }
    const url = resolveFeedUrl(this.src.trim());
    if (!url) {
      warnInvalid(
        this.localName,
        'src',
        this.src,
        'a feed must be an https: URL (or on this page’s own site); showing the built-in list',
      );
      this.feedState = 'failed';
      this.emit<TrialFeedDetail>('nb-trial-feed', { result: 'failed', count: 0, dropped: 0 });
      return;
    }
    const controller = new AbortController();
    this.feedController = controller;
    this.feedState = 'loading';
    let dropped = 0;
    let result: FeedResult;
    try {
      // Loaded only now: a page without `src` never downloads the feed code or valibot.
      const { loadFeed } = await import('./feed.js');
      if (controller.signal.aborted) return;
      result = await loadFeed(url, {
        timeoutMs: this.timeoutMs,
        signal: controller.signal,
        onInvalid: (index, problem) => {
          dropped++;
          warnOnce(
            `<${this.localName}>: skipping entry ${index} of the feed ${url.href}: ${problem}.`,
          );
        },
      });
    } catch (error) {
      // The feed code itself could not load (a blocked or missing chunk).
      result = { ok: false, reason: 'network', detail: String(error) };
    }
    // Replaced by a newer load, or cancelled by removal from the page (reconnecting retries).
    if (controller.signal.aborted) return;
    if (result.ok) {
      this.feedTrials = result.trials.map((entry) => ({
        trial: fromFeed(entry),
        feedOrigin: result.origin,
      }));
      this.feedHost = result.host;
      this.feedState = 'loaded';
      this.emit<TrialFeedDetail>('nb-trial-feed', {
        result: 'loaded',
        count: result.trials.length,
        dropped,
      });
    } else {
      warnOnce(
        `<${this.localName}>: could not use the feed ${url.href} (${result.detail}); showing the built-in list.`,
      );
      this.feedState = 'failed';
      this.emit<TrialFeedDetail>('nb-trial-feed', { result: 'failed', count: 0, dropped });
    }
  }

  private async loadLive(): Promise<void> {
    const run = ++this.liveRun;
    if (!this.liveStatus) {
      if (this.live.size) this.live = new Map();
      return;
    }
    const endpoint = resolveLiveEndpoint(this.liveStatusEndpoint);
    if (!endpoint) {
      // Never fall back to ClinicalTrials.gov itself: a partner who set a proxy does not want
      // readers' addresses sent there. No look-up at all; the bundled statuses stay.
      warnInvalid(
        this.localName,
        'live-status-endpoint',
        this.liveStatusEndpoint,
        'it must be an https: URL (or on this page’s own site) without a user name, password, query or fragment; no live look-up is made',
      );
      if (this.live.size) this.live = new Map();
      return;
    }
    // Wait for the feed first: its trials, not the bundled ones, are the ones to look up.
    await this.updateComplete;
    if (run !== this.liveRun || this.feedState === 'loading') return;
    const ncts = this.sourceTrials().flatMap(({ trial }) =>
      trial.registryIds
        .filter((r) => r.registry === 'ClinicalTrials.gov' && NCT_PATTERN.test(r.id))
        .map((r) => r.id),
    );
    if (ncts.length === 0) return;
    let found: Map<string, LiveStatus>;
    this.liveController?.abort();
    const controller = new AbortController();
    this.liveController = controller;
    try {
      const { lookUpLiveStatuses } = await import('./live-status.js');
      found = await lookUpLiveStatuses(ncts, {
        endpoint,
        timeoutMs: this.timeoutMs,
        signal: controller.signal,
      });
    } catch {
      return; // The look-up code could not load: every trial keeps its bundled status.
    }
    if (run !== this.liveRun) return;
    this.live = found;
  }

  /** Feed trials when the feed loaded, else the bundled ones. */
  private sourceTrials(): ShownTrial[] {
    return this.feedTrials ?? this.trials.map((trial) => ({ trial }));
  }

  /** The status to show: a live ClinicalTrials.gov answer wins over the bundled one. */
  private effectiveStatus(shown: ShownTrial): TrialStatus {
    return shown.live ? mapRegistryStatus(shown.live.overallStatus) : shown.trial.status;
  }

  private withLive(shown: ShownTrial): ShownTrial {
    const nct = shown.trial.registryIds.find(
      (r) => r.registry === 'ClinicalTrials.gov' && this.live.has(r.id),
    );
    return nct ? { ...shown, live: this.live.get(nct.id) } : shown;
  }

  private visibleTrials(): ShownTrial[] {
    const filter = this.filter;
    // Array.prototype.sort is stable: the status order keeps the data's own order in each group.
    const collator = new Intl.Collator(this.renderedLocale, { sensitivity: 'base' });
    return this.sourceTrials()
      .map((shown) => this.withLive(shown))
      .filter((shown) => {
        const group = groupOf(this.effectiveStatus(shown));
        if (filter === 'recruiting') return group === 'open';
        if (filter === 'closed') return group === 'closed';
        return true;
      })
      .sort((a, b) => (this.order === 'name' ? collator.compare(a.trial.name, b.trial.name) : 0));
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
    this.emit<TrialFilterDetail>('nb-trial-filter', {
      status: this.filter,
      sort: this.order,
      count: this.visibleTrials().length,
    });
  }

  private heading(level: number, content: unknown, id?: string): TemplateResult {
    const tag = HEADINGS[Math.min(Math.max(level, 2), 6) - 2]!;
    return staticHtml`<${tag} class="h" id=${id ?? nothing}>${content}</${tag}>`;
  }

  private renderControls(): TemplateResult {
    const filter = this.filter;
    const order = this.order;
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

  /**
   * The status with its date. A live answer shows today's date; a bundled status that can still
   * change and is over six months old reads as true "when checked", with where to check today's.
   */
  private renderStatus(shown: ShownTrial): TemplateResult {
    const locale = this.renderedLocale;
    const now = this.now();
    const status = this.effectiveStatus(shown);
    if (shown.live) {
      const today = formatCalendarDate(ukDay(now), locale);
      const updated = shown.live.lastUpdate;
      // The fact sheet's note explains the bundled status; a different live status outdates it.
      const note = status === shown.trial.status ? shown.trial.statusNote?.() : undefined;
      return html`<span class="status-word" data-status=${status}>${statusWord(status)}</span>
        <span class="checked" data-live="true">${liveStatusFrom.text(today)}</span>
        ${
          updated
            ? html`<span class="checked"
                >${liveRecordUpdated.text(formatCheckedDate(updated, locale))}</span
              >`
            : nothing
        }
        ${note ? html`<span class="status-note">${note}</span>` : nothing}`;
    }
    const view = trialStatusView(shown.trial, now, locale);
    const link = safeRegistryLink(view.recordUrl, shown.feedOrigin);
    const note = view.note ? html`<span class="status-note">${view.note}</span>` : nothing;
    if (view.stale && status !== 'unknown') {
      return html`<span class="status-word" data-status=${status} data-stale="true"
          >${statusWhenChecked.text(view.word, view.checked)}</span
        >
        <span class="stale" part="stale"
          >${mayHaveChanged.text()}
          ${link ? html`<a href=${link} rel="noopener noreferrer">${checkRecord.text()}</a>` : checkRecord.text()}</span
        >
        ${note}`;
    }
    return html`<span class="status-word" data-status=${status}>${view.word}</span> ${
        view.checked
          ? html`<span class="checked" data-live="false">${statusCheckedText(view.checked)}</span>`
          : nothing
      }
      ${note}`;
  }

  private renderTreatments(trial: Trial): TemplateResult[] {
    return trial.treatments.map((key, i) => {
      const name = treatmentName(key);
      const sep = i > 0 ? ', ' : '';
      return name
        ? html`${sep}<nb-drug-term term=${key}>${name}</nb-drug-term>`
        : html`${sep}<span>${key}</span>`;
    });
  }

  private renderRegistryIds(shown: ShownTrial): TemplateResult {
    return html`<ul class="registry-ids">
      ${shown.trial.registryIds.map((r) => {
        const href = safeRegistryLink(r.url, shown.feedOrigin);
        const label = bidiText(registryLinkLabel.text(ltr(r.registry), ltr(r.id)));
        return html`<li>
          ${href ? html`<a href=${href} rel="noopener noreferrer">${label}</a>` : label}
        </li>`;
      })}
    </ul>`;
  }

  private renderTrial(shown: ShownTrial, level: number): TemplateResult {
    const { trial } = shown;
    const headingId = `trial-${trial.id}`;
    return html`<li
      class="trial"
      part="trial"
      data-trial=${trial.id}
      data-facts=${trial.facts.length ? trial.facts.join(' ') : nothing}
    >
      <article aria-labelledby=${headingId}>
        ${this.heading(level, trial.name, headingId)}
        ${
          trial.newerThanSource
            ? html`<p class="newer" part="newer">${newerThanSourceLabel.text()}</p>`
            : nothing
        }
        <p class="summary">${trial.summary()}</p>
        <dl>
          <div class="row status" part="status">
            <dt>${statusFieldLabel.text()}</dt>
            <dd>${this.renderStatus(shown)}</dd>
          </div>
          ${
            trial.treatments.length
              ? html`<div class="row">
                  <dt>${treatmentsLabel.text()}</dt>
                  <dd>${this.renderTreatments(trial)}</dd>
                </div>`
              : nothing
          }
          ${
            trial.phase
              ? html`<div class="row">
                  <dt>${phaseLabel.text()}</dt>
                  <dd>${trial.phase}</dd>
                </div>`
              : nothing
          }
          <div class="row">
            <dt>${sponsorLabel.text()}</dt>
            <dd><bdi>${trial.sponsor}</bdi></dd>
          </div>
          ${
            trial.registryIds.length
              ? html`<div class="row">
                  <dt>${registryLabel.text()}</dt>
                  <dd>${this.renderRegistryIds(shown)}</dd>
                </div>`
              : nothing
          }
        </dl>
      </article>
    </li>`;
  }

  private renderList(trials: ShownTrial[]): TemplateResult {
    const level = this.level;
    if (trials.length === 0) return html`<p class="empty">${noMatch.text()}</p>`;
    if (this.order === 'name') {
      return html`<ul class="trials">
        ${trials.map((t) => this.renderTrial(t, level + 1))}
      </ul>`;
    }
    const titles: Record<Group, string> = {
      open: groupOpen.text(),
      closed: groupClosed.text(),
      unknown: groupUnknown.text(),
    };
    return html`${GROUP_ORDER.map((group) => {
      const members = trials.filter((t) => groupOf(this.effectiveStatus(t)) === group);
      if (members.length === 0) return nothing;
      return html`<section class="group" data-group=${group}>
        ${this.heading(level + 1, titles[group])}
        <ul class="trials">
          ${members.map((t) => this.renderTrial(t, level + 2))}
        </ul>
      </section>`;
    })}`;
  }

  private renderFeedNote(): TemplateResult | typeof nothing {
    if (this.feedState === 'failed')
      return html`<p class="feed-note" part="feed-note" data-feed="failed">
        ${feedFailed.text()}
      </p>`;
    if (this.feedState === 'loaded')
      return html`<p class="feed-note" part="feed-note" data-feed="loaded">
        ${bidiText(feedFrom.text(ltr(this.feedHost)))}
      </p>`;
    return nothing;
  }

  /**
   * Credits for what is shown: the page (S17, S18) and, when bundled trials are listed, the
   * registries with the month their records were read (each trial links its own records).
   */
  private renderCredits(trials: ShownTrial[]): TemplateResult {
    const fromSheet = trials.filter((t) => t.trial.facts.length > 0);
    return renderCredits({
      facts: [
        ...talkToSpecialist.facts,
        ...findTrial.facts,
        ...fromSheet.flatMap((t) => t.trial.facts),
      ],
      registryChecked: fromSheet
        .map((t) => t.trial.statusChecked)
        .sort()
        .at(-1),
      now: this.now(),
      locale: this.renderedLocale,
      signOff: this.signOff,
    });
  }

  protected override render(): TemplateResult {
    const trials = this.visibleTrials();
    const level = this.level;
    return html`<section
      class="nb-root list"
      part="list"
      lang=${this.rootLang}
      dir=${this.rootDir}
      aria-labelledby="heading"
      aria-busy=${this.feedState === 'loading' ? 'true' : 'false'}
    >
      ${this.heading(level, trialListHeading.text(), 'heading')}
      <p class="intro" data-facts=${talkToSpecialist.facts.join(' ')}>${talkToSpecialist.text()}</p>
      <p class="database" data-facts=${findTrial.facts.join(' ')}>${findTrial.text()}</p>
      ${this.renderControls()}
      <p class="count" part="count" role="status" aria-live="polite">
        ${formatResultCount(trials.length, this.renderedLocale)}
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
}
