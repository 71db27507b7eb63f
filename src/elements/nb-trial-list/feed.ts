import * as v from 'valibot';
import { FeedSchema, FeedTrialSchema, type FeedTrial } from './feed-schema.js';
import { DEFAULT_TIMEOUT_MS, isSameOriginAnswer } from './urls.js';

/** The most entries a feed may have (the JSON Schema's `maxItems`). */
export const MAX_FEED_ENTRIES = 200;

export type FeedFailure =
  | 'network'
  | 'timeout'
  | 'http'
  | 'redirect'
  | 'not-json'
  | 'wrong-shape'
  | 'too-many'
  | 'all-invalid';

export type FeedResult =
  | { ok: true; trials: FeedTrial[]; origin: string; host: string }
  | { ok: false; reason: FeedFailure; detail: string };

/**
 * Fetches and validates the feed. Never throws: a failure comes back as `{ ok: false }`. Each
 * entry is checked on its own; `onInvalid` hears about each one that is dropped, unless none is
 * valid: then the whole feed fails (`all-invalid`, one message) and the built-in list stays. An
 * explicitly empty list (`{"trials": []}`) is a valid feed with no trials. A redirect to another
 * origin is refused (`redirect`).
 */
export async function loadFeed(
  url: URL,
  {
    timeoutMs = DEFAULT_TIMEOUT_MS,
    signal,
    onInvalid,
  }: {
    timeoutMs?: number;
    signal?: AbortSignal;
    onInvalid?: (index: number, problem: string) => void;
  } = {},
): Promise<FeedResult> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const stop = () => controller.abort();
  signal?.addEventListener('abort', stop, { once: true });
  try {
    let response: Response;
    try {
      response = await fetch(url.href, {
        signal: controller.signal,
        credentials: 'omit',
        headers: { Accept: 'application/json' },
        referrerPolicy: 'no-referrer',
      });
    } catch (error) {
      return timedOut
        ? { ok: false, reason: 'timeout', detail: `no answer within ${timeoutMs} ms` }
        : { ok: false, reason: 'network', detail: String(error) };
    }
    // Followed redirects end at response.url: another origin escapes the URL policy.
    if (response.redirected && !isSameOriginAnswer(url, response.url)) {
      return {
        ok: false,
        reason: 'redirect',
        detail: `it redirects to another site (${safeOrigin(response.url)}), which is not allowed`,
      };
    }
    if (!response.ok) return { ok: false, reason: 'http', detail: `HTTP ${response.status}` };
    let data: unknown;
    try {
      data = JSON.parse(await response.text());
    } catch {
      return timedOut
        ? { ok: false, reason: 'timeout', detail: `no answer within ${timeoutMs} ms` }
        : { ok: false, reason: 'not-json', detail: 'the answer is not JSON' };
    }
    if (
      typeof data === 'object' &&
      data !== null &&
      Array.isArray((data as { trials?: unknown }).trials) &&
      (data as { trials: unknown[] }).trials.length > MAX_FEED_ENTRIES
    ) {
      return {
        ok: false,
        reason: 'too-many',
        detail: `it has ${(data as { trials: unknown[] }).trials.length} entries; at most ${MAX_FEED_ENTRIES} are allowed`,
      };
    }
    const top = v.safeParse(FeedSchema, data);
    if (!top.success) {
      return {
        ok: false,
        reason: 'wrong-shape',
        detail: 'expected an object with a "trials" array',
      };
    }
    const trials: FeedTrial[] = [];
    const problems: [number, string][] = [];
    const seen = new Set<string>();
    top.output.trials.forEach((entry, index) => {
      const parsed = v.safeParse(FeedTrialSchema, entry);
      if (!parsed.success) {
        problems.push([index, describeIssues(parsed.issues)]);
      } else if (seen.has(parsed.output.id)) {
        problems.push([index, `"id" ${parsed.output.id} appears twice`]);
      } else {
        seen.add(parsed.output.id);
        trials.push(parsed.output);
      }
    });
    if (trials.length === 0 && problems.length > 0) {
      const [index, problem] = problems[0]!;
      return {
        ok: false,
        reason: 'all-invalid',
        detail: `none of its ${problems.length} entries is valid; entry ${index}: ${problem}`,
      };
    }
    for (const [index, problem] of problems) onInvalid?.(index, problem);
    return { ok: true, trials, origin: url.origin, host: url.host };
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', stop);
  }
}

/** Just the origin of a URL, for a message (never the path or query). */
function safeOrigin(value: string): string {
  try {
    return new URL(value).origin;
  } catch {
    return 'an unreadable address';
  }
}

function describeIssues(issues: readonly v.BaseIssue<unknown>[]): string {
  return issues
    .slice(0, 3)
    .map((issue) => {
      const path = v.getDotPath(issue);
      return path ? `"${path}": ${issue.message}` : issue.message;
    })
    .join('; ');
}
