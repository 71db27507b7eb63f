/**
 * The one URL policy every element follows (DESIGN.md "URLs, one policy for every element"):
 * a link or fetch URL from an attribute or a feed is resolved with `new URL(value, base)` and
 * allowed only when it is `https:`, or `http:` on the page's own origin; never with a user name
 * or password. A value without a scheme (`/x`, `x.html`, `#x`) must also stay on the base's
 * origin, so `//evil.test/x` and backslash tricks such as `/\evil.test/x` (which browsers read
 * as `https://evil.test/x`) never lead off-site.
 */

export interface SafeUrlOptions {
  /** What a relative value is read against (default: the document's base URL). */
  base?: string;
  /** Allow `http:` on the page's own origin (default true); false means `https:` only. */
  allowSameOriginHttp?: boolean;
}

import { serverPage } from './server-page.js';

/** Tabs and newlines anywhere, C0 controls and spaces at either end: what the URL parser drops. */
function cleaned(value: string): string {
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
}

/** The page's own origin, or undefined outside a browser page. */
function pageOrigin(): string | undefined {
  const origin = globalThis.location?.origin ?? serverOrigin();
  return origin && origin !== 'null' ? origin : undefined;
}

/** On the server (no `location`): the origin of the page address the render was given. */
function serverOrigin(): string | undefined {
  const base = serverPage()?.baseUrl;
  try {
    return base ? new URL(base).origin : undefined;
  } catch {
    return undefined;
  }
}

/** Whether an already parsed URL passes the policy (no credentials; https:, or same-origin http:). */
export function isAllowedUrl(
  url: URL,
  { allowSameOriginHttp = true }: SafeUrlOptions = {},
): boolean {
  if (url.username || url.password) return false;
  if (url.protocol === 'https:') return true;
  return allowSameOriginHttp && url.protocol === 'http:' && url.origin === pageOrigin();
}

/**
 * `value` resolved against `base` when the policy allows it, else undefined (never throws).
 * Callers warn about an undefined result themselves, naming their element and attribute.
 */
export function safeUrl(
  value: string | null | undefined,
  options: SafeUrlOptions = {},
): URL | undefined {
  if (typeof value !== 'string') return undefined;
  const raw = cleaned(value);
  if (raw === '') return undefined;
  const base = options.base ?? globalThis.document?.baseURI ?? serverPage()?.baseUrl;
  let url: URL;
  let baseUrl: URL | undefined;
  try {
    baseUrl = base ? new URL(base) : undefined;
    url = new URL(raw, baseUrl);
  } catch {
    return undefined;
  }
  // No scheme of its own: a relative reference, which must not change host.
  const hasScheme = /^[a-z][a-z0-9+.-]*:/i.test(raw);
  if (!hasScheme && (!baseUrl || url.origin !== baseUrl.origin || /^[\\/]{2}/.test(raw)))
    return undefined;
  return isAllowedUrl(url, options) ? url : undefined;
}
