import * as v from 'valibot';
import { isCalendarDate } from '../../content/trial-freshness.js';
import { DEFAULT_LIVE_ENDPOINT, NCT_PATTERN } from './urls.js';

export const LIVE_CONCURRENCY = 3;
export const LIVE_TIMEOUT_MS = 8000;
/** How long a failed look-up is remembered before the page may ask again. */
export const FAILURE_TTL_MS = 5 * 60 * 1000;

/** The two fields asked for: `GET {endpoint}/api/v2/studies/{nct}?fields=…` (API v2 names). */
export const LIVE_FIELDS = [
  'protocolSection.statusModule.overallStatus',
  'protocolSection.statusModule.lastUpdatePostDateStruct',
].join(',');

/** The part of the API v2 study record we read; anything else in the answer is ignored. */
const StudyStatusSchema = v.object({
  protocolSection: v.object({
    statusModule: v.object({
      overallStatus: v.pipe(v.string(), v.regex(/^[A-Z_]{2,40}$/)),
      lastUpdatePostDateStruct: v.optional(
        v.object({
          date: v.pipe(v.string(), v.regex(/^\d{4}-\d{2}(-\d{2})?$/)),
        }),
      ),
    }),
  }),
});

export interface LiveStatus {
  /** The registry's word, e.g. `COMPLETED`. */
  overallStatus: string;
  /** When the registry record was last updated (`YYYY-MM-DD` or `YYYY-MM`), if given. */
  lastUpdate?: string;
}

/**
 * One look-up, shared by every list on the page that asks for the same endpoint and ID. It is
 * cancelled when the last list waiting for it leaves the page (or gives up).
 */
interface Lookup {
  promise: Promise<LiveStatus | undefined>;
  controller: AbortController;
  waiters: number;
  /** When a failed answer stops counting (undefined while running or after a success). */
  expires?: number;
  /** Set when every waiter left before the answer: the result is not kept. */
  cancelled: boolean;
  /** Set once the answer (or failure) is in. */
  settled: boolean;
}

/**
 * Page-wide cache keyed by endpoint and NCT ID. Answers are kept for the page's life; failures
 * (an error, a timeout, an answer we cannot read) for FAILURE_TTL_MS, so a list moved around the
 * page against a failing endpoint does not ask again and again. Cancelled look-ups are dropped.
 */
const cache = new Map<string, Lookup>();

export function studyUrl(endpoint: string, nct: string): string {
  const base = endpoint.replace(/\/+$/, '');
  return `${base}/api/v2/studies/${encodeURIComponent(nct)}?fields=${encodeURIComponent(LIVE_FIELDS)}`;
}

async function fetchStatus(
  url: string,
  timeoutMs: number,
  controller: AbortController,
): Promise<LiveStatus | undefined> {
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetch(url, {
      signal: controller.signal,
      credentials: 'omit',
      headers: { Accept: 'application/json' },
      referrerPolicy: 'no-referrer',
    });
    if (!response.ok) return undefined;
    const parsed = v.safeParse(StudyStatusSchema, await response.json());
    if (!parsed.success) return undefined;
    const status = parsed.output.protocolSection.statusModule;
    const date = status.lastUpdatePostDateStruct?.date;
    return {
      overallStatus: status.overallStatus,
      // An impossible date (2025-99-99) is no date: never a rolled-over "7 Jun 2033".
      lastUpdate: date && isCalendarDate(date) ? date : undefined,
    };
  } catch {
    return undefined;
  } finally {
    clearTimeout(timer);
  }
}

/** The look-up for `key`, started if there is none (or only an expired failure). */
function lookup(key: string, url: string, timeoutMs: number): Lookup {
  const cached = cache.get(key);
  if (cached && !cached.cancelled && (cached.expires === undefined || cached.expires > Date.now()))
    return cached;
  const controller = new AbortController();
  const entry: Lookup = {
    controller,
    waiters: 0,
    cancelled: false,
    settled: false,
    promise: Promise.resolve(undefined),
  };
  entry.promise = fetchStatus(url, timeoutMs, controller).then((status) => {
    entry.settled = true;
    // Cancelled is not failed: a later list may ask again. Any other failure is remembered.
    if (entry.cancelled) {
      if (cache.get(key) === entry) cache.delete(key);
    } else if (!status) {
      entry.expires = Date.now() + FAILURE_TTL_MS;
    }
    return status;
  });
  cache.set(key, entry);
  return entry;
}

/** Waits for `entry` unless `signal` aborts first; the last waiter to leave cancels the request. */
async function waitFor(entry: Lookup, signal?: AbortSignal): Promise<LiveStatus | undefined> {
  if (signal?.aborted) return undefined;
  entry.waiters++;
  let leave = () => {};
  const left = new Promise<undefined>((resolve) => {
    leave = () => {
      entry.waiters--;
      if (entry.waiters === 0 && !entry.settled) {
        entry.cancelled = true;
        entry.controller.abort();
      }
      resolve(undefined);
    };
    signal?.addEventListener('abort', leave, { once: true });
  });
  try {
    return await Promise.race([entry.promise, left]);
  } finally {
    if (!signal?.aborted) entry.waiters--;
    signal?.removeEventListener('abort', leave);
  }
}

/** Runs `work` over `items` with at most `limit` running at once. */
async function eachLimited<T>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const runners = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) await work(items[next++]!);
  });
  await Promise.all(runners);
}

/**
 * Looks up each NCT ID (at most `concurrency` requests at once), answering from the page cache
 * where it can. IDs whose look-up fails are simply missing from the result. Aborting `signal`
 * (the list left the page) stops waiting and cancels requests no other list waits for. Never
 * throws.
 */
export async function lookUpLiveStatuses(
  ncts: readonly string[],
  {
    endpoint = DEFAULT_LIVE_ENDPOINT,
    concurrency = LIVE_CONCURRENCY,
    timeoutMs = LIVE_TIMEOUT_MS,
    signal,
  }: { endpoint?: string; concurrency?: number; timeoutMs?: number; signal?: AbortSignal } = {},
): Promise<Map<string, LiveStatus>> {
  const found = new Map<string, LiveStatus>();
  const unique = [...new Set(ncts.filter((id) => NCT_PATTERN.test(id)))];
  await eachLimited(unique, concurrency, async (nct) => {
    if (signal?.aborted) return;
    const entry = lookup(`${endpoint}\u0000${nct}`, studyUrl(endpoint, nct), timeoutMs);
    const status = await waitFor(entry, signal);
    if (status) found.set(nct, status);
  });
  return found;
}
