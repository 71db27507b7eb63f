import {
  isServer,
  type PropertyValues,
  type ReactiveController,
  type ReactiveControllerHost,
} from 'lit';
import type { Trial } from '../../content/types.js';
import { warnOnce } from '../../internal/warn.js';
import type { FeedResult } from './feed.js';
import type { LiveStatus } from './live-status.js';
import { fromFeed, nctIds, type ShownTrial } from './shown-trials.js';

export type FeedState = 'none' | 'loading' | 'loaded' | 'failed';

export interface TrialFeedDetail {
  /** `loaded` (the feed replaced the bundled list) or `failed` (the bundled list stays). */
  result: 'loaded' | 'failed';
  /** Valid trials shown from the feed (0 when failed). */
  count: number;
  /** Entries dropped as invalid. */
  dropped: number;
}

/** What the loader reads from its element. */
export interface TrialSourcesHost extends ReactiveControllerHost {
  readonly localName: string;
  readonly hasUpdated: boolean;
  readonly src: string | null;
  readonly liveStatus: boolean;
  readonly trials: readonly Trial[];
}

/**
 * Runs of one job. Starting a run makes every earlier one stale (its answer is dropped);
 * `requests()` aborts the previous run's requests; `cancel()` does both for good.
 */
class Runs {
  private run = 0;
  private controller: AbortController | undefined;

  /** Starts a run; the function says whether it is still the latest. */
  begin(): () => boolean {
    const run = ++this.run;
    return () => run === this.run;
  }

  /** A signal for the current run's requests; the previous run's are aborted. */
  requests(): AbortSignal {
    this.controller?.abort();
    this.controller = new AbortController();
    return this.controller.signal;
  }

  cancel(): void {
    this.run++;
    this.controller?.abort();
  }
}

/**
 * Loads what `<nb-trial-list>` lists: its `src` feed (else the bundled trials) and, with
 * `live-status`, each NCT ID's status from ClinicalTrials.gov (or a proxy) once the feed has
 * settled. A newer load replaces an older one; leaving the page cancels both (failures stay in
 * the page cache) and coming back starts them again. The feed and look-up code load only when
 * asked for, so a list without `src` or `live-status` makes no request at all.
 */
export class TrialSources implements ReactiveController {
  /** The feed's trials once it loaded; undefined otherwise. */
  feedTrials: ShownTrial[] | undefined;
  /** The feed's host name, for "supplied by …". */
  feedHost = '';
  /** Live answers by NCT ID. */
  live: ReadonlyMap<string, LiveStatus> = new Map();

  private state: FeedState = 'none';
  private stateChanged = false;
  private readonly feedRuns = new Runs();
  private readonly liveRuns = new Runs();

  constructor(
    private readonly host: TrialSourcesHost,
    private readonly options: {
      /** The host's attributes, resolved (bad values already warned about). */
      attributes: () => {
        /** `timeout`: how long to wait for the feed and each look-up, in ms. */
        timeoutMs: number;
        /** `src` under the URL policy; undefined when unset or refused. */
        feed: URL | undefined;
        /** `live-status-endpoint`; undefined when refused (then no look-up at all). */
        liveEndpoint: string | undefined;
      };
      /** The feed settled (the element fires `nb-trial-feed`). */
      onFeed: (detail: TrialFeedDetail) => void;
    },
  ) {
    host.addController(this);
  }

  get feedState(): FeedState {
    return this.state;
  }

  private set feedState(state: FeedState) {
    if (state === this.state) return;
    this.state = state;
    this.stateChanged = true;
    this.host.requestUpdate();
  }

  /** The trials to list: the feed's when it loaded, else the element's `trials`. */
  get trialsShown(): ShownTrial[] {
    return this.feedTrials ?? this.host.trials.map((trial) => ({ trial }));
  }

  /** Call from `willUpdate`: starts what the changed properties call for. */
  update(changed: PropertyValues): void {
    // A server render lists the bundled trials: the browser fetches the feed and live status.
    if (isServer) return;
    if (changed.has('src') || changed.has('timeout')) void this.loadFeed();
    const stateChanged = this.stateChanged;
    this.stateChanged = false;
    if (
      stateChanged ||
      changed.has('liveStatus') ||
      changed.has('liveStatusEndpoint') ||
      changed.has('trials')
    ) {
      void this.loadLive();
    }
  }

  hostConnected(): void {
    // Re-attached after a move: fetch again what the detach cancelled.
    if (!this.host.hasUpdated) return;
    if (this.host.src && this.state === 'loading') void this.loadFeed();
    if (this.host.liveStatus) void this.loadLive();
  }

  hostDisconnected(): void {
    this.feedRuns.cancel();
    // Cancel live look-ups no other list on the page waits for; failures stay cached.
    this.liveRuns.cancel();
  }

  private setLive(live: ReadonlyMap<string, LiveStatus>): void {
    this.live = live;
    this.host.requestUpdate();
  }

  private failFeed(dropped: number): void {
    this.feedState = 'failed';
    this.options.onFeed({ result: 'failed', count: 0, dropped });
  }

  private async loadFeed(): Promise<void> {
    const current = this.feedRuns.begin();
    const signal = this.feedRuns.requests();
    const { src, localName } = this.host;
    // Called from the host's willUpdate (or on reconnecting while loading, when both are unset):
    // the render under way already shows the reset.
    this.feedTrials = undefined;
    this.feedHost = '';
    if (src == null || src.trim() === '') {
      this.feedState = 'none';
      return;
    }
    const url = this.options.attributes().feed;
    if (!url) {
      this.failFeed(0);
      return;
    }
    this.feedState = 'loading';
    let dropped = 0;
    let result: FeedResult;
    try {
      // Loaded only now: a page without `src` never downloads the feed code or valibot.
      const { loadFeed } = await import('./feed.js');
      if (!current()) return;
      result = await loadFeed(url, {
        timeoutMs: this.options.attributes().timeoutMs,
        signal,
        onInvalid: (index, problem) => {
          dropped++;
          warnOnce(`<${localName}>: skipping entry ${index} of the feed ${url.href}: ${problem}.`);
        },
      });
    } catch (error) {
      // The feed code itself could not load (a blocked or missing chunk).
      result = { ok: false, reason: 'network', detail: String(error) };
    }
    // Replaced by a newer load, or cancelled by removal from the page (reconnecting retries).
    if (!current()) return;
    if (result.ok) {
      this.feedTrials = result.trials.map((entry) => fromFeed(entry, result.origin));
      this.feedHost = result.host;
      this.feedState = 'loaded';
      this.host.requestUpdate();
      this.options.onFeed({ result: 'loaded', count: result.trials.length, dropped });
    } else {
      warnOnce(
        `<${localName}>: could not use the feed ${url.href} (${result.detail}); showing the built-in list.`,
      );
      this.failFeed(dropped);
    }
  }

  private async loadLive(): Promise<void> {
    const current = this.liveRuns.begin();
    const { liveStatus } = this.host;
    if (!liveStatus) {
      if (this.live.size) this.setLive(new Map());
      return;
    }
    const endpoint = this.options.attributes().liveEndpoint;
    if (!endpoint) {
      // Never fall back to ClinicalTrials.gov itself: a partner who set a proxy does not want
      // readers' addresses sent there. No look-up at all; the bundled statuses stay.
      if (this.live.size) this.setLive(new Map());
      return;
    }
    // Wait for the feed first: its trials, not the bundled ones, are the ones to look up.
    await this.host.updateComplete;
    if (!current() || this.state === 'loading') return;
    const ncts = nctIds(this.trialsShown);
    if (ncts.length === 0) return;
    const signal = this.liveRuns.requests();
    let found: Map<string, LiveStatus>;
    try {
      const { lookUpLiveStatuses } = await import('./live-status.js');
      found = await lookUpLiveStatuses(ncts, {
        endpoint,
        timeoutMs: this.options.attributes().timeoutMs,
        signal,
      });
    } catch {
      return; // The look-up code could not load: every trial keeps its bundled status.
    }
    if (current()) this.setLive(found);
  }
}
