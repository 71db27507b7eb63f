import { safeUrl } from '../../internal/urls.js';

/** Registry hosts whose records may be linked (https: only). */
export const REGISTRY_HOSTS: readonly string[] = [
  'clinicaltrials.gov',
  'www.clinicaltrials.gov',
  'www.isrctn.com',
  'isrctn.com',
  'www.clinicaltrialsregister.eu',
  'euclinicaltrials.eu',
];

/**
 * The URL to use as a link, or undefined when it must stay plain text: only `https:` links to
 * a known registry host, or to the origin the feed itself came from (`feedOrigin`). A relative
 * URL in a feed is read against the feed's origin.
 */
export function safeRegistryLink(url: string | undefined, feedOrigin?: string): string | undefined {
  if (!url) return undefined;
  // Without a feed there is nothing to read a relative URL against: about:blank refuses it.
  const parsed = safeUrl(url, { base: feedOrigin ? `${feedOrigin}/` : 'about:blank' });
  if (!parsed) return undefined;
  if (feedOrigin && parsed.origin === feedOrigin) return parsed.href;
  if (parsed.protocol !== 'https:') return undefined;
  return REGISTRY_HOSTS.includes(parsed.hostname) && parsed.port === '' ? parsed.href : undefined;
}
