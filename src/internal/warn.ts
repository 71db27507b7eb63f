/** At most this many distinct warnings are remembered (and logged) per page. */
export const MAX_WARNINGS = 200;
/** Longer values are cut to this many characters in a warning and in its memory key. */
const SHOWN_CHARS = 80;

const warned = new Set<string>();
let full = false;

/** A short stand-in for a long value: its start, its length and a hash of the whole. */
function shorten(value: string): string {
  if (value.length <= SHOWN_CHARS) return value;
  let hash = 0x811c9dc5;
  for (let i = 0; i < value.length; i++) hash = Math.imul(hash ^ value.charCodeAt(i), 0x01000193);
  return `${value.slice(0, SHOWN_CHARS)}… (${value.length} characters, #${(hash >>> 0).toString(16)})`;
}

/** Remembers a key (bounded memory); false if it was already warned about or memory is full. */
function firstTime(key: string): boolean {
  if (warned.has(key)) return false;
  if (warned.size >= MAX_WARNINGS) {
    if (!full) {
      full = true;
      console.warn(`nb-widgets: more than ${MAX_WARNINGS} different warnings; no more are shown.`);
    }
    return false;
  }
  warned.add(key);
  return true;
}

/**
 * Logs one clear warning per element, attribute and value for the whole page, so 500 copies of
 * the same mistake do not flood the console. Long values are shortened (start, length and a
 * hash), and at most `MAX_WARNINGS` distinct warnings are kept, so memory stays small whatever a
 * page sets.
 */
export function warnInvalid(
  tag: string,
  attribute: string,
  value: unknown,
  fallback: string,
): void {
  const shown = shorten(String(value));
  if (!firstTime(`${tag}\u0000${attribute}\u0000${shown}`)) return;
  console.warn(`<${tag}>: ignoring ${attribute}="${shown}"; ${fallback}.`);
}

/**
 * One warning for all the unknown entries of a list attribute (`sections`, `terms`,
 * `closed-dates`…): the first few and how many there are, instead of one warning per entry.
 */
export function warnInvalidEntries(
  tag: string,
  attribute: string,
  entries: readonly string[],
  fallback: string,
): void {
  if (entries.length === 0) return;
  if (entries.length === 1) return warnInvalid(tag, attribute, entries[0], fallback);
  const first = entries.slice(0, 3).map((e) => `${attribute}="${shorten(e)}"`);
  const more = entries.length > 3 ? ` and ${entries.length - 3} more` : '';
  const key = `${tag}\u0000${attribute}\u0000${shorten(entries.join('\u0000'))}`;
  if (!firstTime(key)) return;
  console.warn(
    `<${tag}>: ignoring ${entries.length} entries: ${first.join(', ')}${more}; ${fallback}.`,
  );
}

/** Logs a message once per page (keyed by the message itself, shortened). */
export function warnOnce(message: string): void {
  if (!firstTime(shorten(message))) return;
  console.warn(message.length > 1000 ? `${message.slice(0, 1000)}…` : message);
}
