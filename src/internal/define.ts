import { VERSION } from './version.js';

/** Shared across every copy of the library on the page, so a clash warns once, not per tag. */
const CLASH_KEY = Symbol.for('nb-widgets.define-clash-warned');

type VersionedConstructor = CustomElementConstructor & { nbVersion?: string };
type ClashRegistry = { [CLASH_KEY]?: Set<string> };

/**
 * Registers a custom element without ever throwing. The first definition wins: a second copy
 * of the library (another version from a CDN, say) leaves the existing one in place and logs one
 * warning naming both versions.
 */
export function defineElement(tag: string, ctor: VersionedConstructor): void {
  const registry = globalThis.customElements;
  if (!registry) return;
  const existing = registry.get(tag) as VersionedConstructor | undefined;
  if (existing === ctor) return;
  if (existing) {
    warnClash(tag, existing.nbVersion);
    return;
  }
  try {
    registry.define(tag, ctor);
  } catch (error) {
    console.warn(`nb-widgets ${VERSION}: could not define <${tag}>.`, error);
  }
}

function warnClash(tag: string, existingVersion: string | undefined): void {
  const holder = globalThis as ClashRegistry;
  const seen = (holder[CLASH_KEY] ??= new Set<string>());
  // Another copy of nb-widgets: one warning for all its tags. Other code: one per tag it took.
  const key = existingVersion ? `${existingVersion}>${VERSION}` : `other:${tag}`;
  if (seen.has(key)) return;
  seen.add(key);
  console.warn(clashMessage(tag, existingVersion));
}

/**
 * The warning for a taken tag: other code (not nb-widgets), the same version loaded twice, or two
 * different versions.
 */
function clashMessage(tag: string, existingVersion: string | undefined): string {
  if (!existingVersion)
    return (
      `nb-widgets ${VERSION}: <${tag}> is already defined by other code on this page (not ` +
      `nb-widgets); that definition is used and nb-widgets' <${tag}> is not. Rename or remove it.`
    );
  if (existingVersion === VERSION)
    return (
      `nb-widgets: version ${VERSION} is loaded twice on this page. <${tag}> and the other nb- ` +
      `elements are already defined by the first copy, which is used; the second does nothing. ` +
      `Load the script once.`
    );
  return (
    `nb-widgets: two copies are loaded on this page. <${tag}> and the other nb- elements ` +
    `are already defined by version ${existingVersion}; that copy is used and ` +
    `version ${VERSION} is ignored. Load the library once.`
  );
}
