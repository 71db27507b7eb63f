/**
 * Which URLs the trial list will ask at all. Small and loaded up front; the code that fetches
 * and validates (feed.ts, live-status.ts, with valibot) loads only when an attribute asks for it.
 */

export const DEFAULT_TIMEOUT_MS = 8000;

/** ClinicalTrials.gov itself; a charity may point `live-status-endpoint` at its own proxy. */
export const DEFAULT_LIVE_ENDPOINT = 'https://clinicaltrials.gov';

export const NCT_PATTERN = /^NCT\d{8}$/;

/** `https:`, or `http:` only on the page's own origin (a charity serving files beside the page). */
function allowedOrigin(url: URL): boolean {
  if (url.username || url.password) return false;
  if (url.protocol === 'https:') return true;
  return url.protocol === 'http:' && url.origin === globalThis.location?.origin;
}

/** The feed URL resolved against the page, or undefined when it must not be fetched. */
export function resolveFeedUrl(src: string, base: string = document.baseURI): URL | undefined {
  try {
    const url = new URL(src, base);
    return allowedOrigin(url) ? url : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The live-status endpoint without a trailing slash: the default when unset, undefined when
 * the value is not a safe base URL (the caller warns and uses the default).
 */
export function resolveLiveEndpoint(
  value: string | null | undefined,
  base: string = document.baseURI,
): string | undefined {
  if (value == null || value.trim() === '') return DEFAULT_LIVE_ENDPOINT;
  try {
    const url = new URL(value.trim(), base);
    if (url.search || url.hash || !allowedOrigin(url)) return undefined;
    return url.href.replace(/\/+$/, '');
  } catch {
    return undefined;
  }
}
