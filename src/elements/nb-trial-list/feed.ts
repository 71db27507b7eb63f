import * as v from 'valibot';
import { FeedSchema, FeedTrialSchema, type FeedTrial } from './feed-schema.js';
import { DEFAULT_TIMEOUT_MS } from './urls.js';

export type FeedFailure = 'network' | 'timeout' | 'http' | 'not-json' | 'wrong-shape';

export type FeedResult =
  | { ok: true; trials: FeedTrial[]; origin: string; host: string }
  | { ok: false; reason: FeedFailure; detail: string };

/**
 * Fetches and validates the feed. Never throws: a failure comes back as `{ ok: false }`. Each
 * entry is checked on its own; `onInvalid` hears about each one that is dropped.
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
    if (!response.ok) return { ok: false, reason: 'http', detail: `HTTP ${response.status}` };
    let data: unknown;
    try {
      data = JSON.parse(await response.text());
    } catch {
      return timedOut
        ? { ok: false, reason: 'timeout', detail: `no answer within ${timeoutMs} ms` }
        : { ok: false, reason: 'not-json', detail: 'the answer is not JSON' };
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
    const seen = new Set<string>();
    top.output.trials.forEach((entry, index) => {
      const parsed = v.safeParse(FeedTrialSchema, entry);
      if (!parsed.success) {
        onInvalid?.(index, describeIssues(parsed.issues));
      } else if (seen.has(parsed.output.id)) {
        onInvalid?.(index, `"id" ${parsed.output.id} appears twice`);
      } else {
        seen.add(parsed.output.id);
        trials.push(parsed.output);
      }
    });
    return { ok: true, trials, origin: url.origin, host: url.host };
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', stop);
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
