import * as v from 'valibot';
import { DEFAULT_LIVE_ENDPOINT, NCT_PATTERN } from './urls.js';

export const LIVE_CONCURRENCY = 3;
export const LIVE_TIMEOUT_MS = 8000;

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

/** Page-wide cache: one look-up per endpoint and NCT ID, shared by every list on the page. */
const cache = new Map<string, Promise<LiveStatus | undefined>>();

export function studyUrl(endpoint: string, nct: string): string {
  const base = endpoint.replace(/\/+$/, '');
  return `${base}/api/v2/studies/${encodeURIComponent(nct)}?fields=${encodeURIComponent(LIVE_FIELDS)}`;
}

async function fetchStatus(url: string, timeoutMs: number): Promise<LiveStatus | undefined> {
  const controller = new AbortController();
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
    return {
      overallStatus: status.overallStatus,
      lastUpdate: status.lastUpdatePostDateStruct?.date,
    };
  } catch {
    return undefined;
  } finally {
    clearTimeout(timer);
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
 * where it can. IDs whose look-up fails are simply missing from the result. Never throws.
 */
export async function lookUpLiveStatuses(
  ncts: readonly string[],
  {
    endpoint = DEFAULT_LIVE_ENDPOINT,
    concurrency = LIVE_CONCURRENCY,
    timeoutMs = LIVE_TIMEOUT_MS,
  }: { endpoint?: string; concurrency?: number; timeoutMs?: number } = {},
): Promise<Map<string, LiveStatus>> {
  const found = new Map<string, LiveStatus>();
  const unique = [...new Set(ncts.filter((id) => NCT_PATTERN.test(id)))];
  await eachLimited(unique, concurrency, async (nct) => {
    const key = `${endpoint}\u0000${nct}`;
    let pending = cache.get(key);
    if (!pending) {
      pending = fetchStatus(studyUrl(endpoint, nct), timeoutMs);
      cache.set(key, pending);
    }
    const status = await pending;
    // A failure is not kept, so a later list on the page may try again.
    if (status) found.set(nct, status);
    else if (cache.get(key) === pending) cache.delete(key);
  });
  return found;
}
