/**
 * Which URLs the trial list will ask at all. Small and loaded up front; the code that fetches
 * and validates (feed.ts, live-status.ts, with valibot) loads only when an attribute asks for it.
 */

import { isAllowedUrl, safeUrl } from '../../internal/urls.js';

export const DEFAULT_TIMEOUT_MS = 8000;

/** ClinicalTrials.gov itself; a charity may point `live-status-endpoint` at its own proxy. */
export const DEFAULT_LIVE_ENDPOINT = 'https://clinicaltrials.gov';

export const NCT_PATTERN = /^NCT\d{8}$/;

/**
 * Whether a feed's final URL (after any redirect) may be used: the same origin as the URL asked
 * for, and still within the URL policy. A redirect to another origin is refused.
 */
export function isSameOriginAnswer(requested: URL, finalUrl: string): boolean {
  if (!finalUrl) return true; // No URL reported (a synthetic Response): nothing was redirected.
  try {
    const url = new URL(finalUrl);
    return url.origin === requested.origin && isAllowedUrl(url);
  } catch {
    return false;
  }
}

/**
 * The live-status endpoint without a trailing slash: the default when unset, undefined when
 * the value is not a safe base URL. Undefined means no live look-up at all (the caller warns):
 * never a fallback to ClinicalTrials.gov, which a partner's proxy was set to keep readers from.
 * `base` defaults to the page's (safeUrl's default: the document, or the server render's address).
 */
export function resolveLiveEndpoint(
  value: string | null | undefined,
  base?: string,
): string | undefined {
  if (value == null || value.trim() === '') return DEFAULT_LIVE_ENDPOINT;
  const url = safeUrl(value, { base });
  if (!url || url.search || url.hash) return undefined;
  return url.href.replace(/\/+$/, '');
}
