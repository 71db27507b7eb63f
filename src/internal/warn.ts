const warned = new Set<string>();

/**
 * Logs one clear warning per element, attribute and value for the whole page, so 500 copies of
 * the same mistake do not flood the console.
 */
export function warnInvalid(
  tag: string,
  attribute: string,
  value: unknown,
  fallback: string,
): void {
  const key = `${tag}\u0000${attribute}\u0000${String(value)}`;
  if (warned.has(key)) return;
  warned.add(key);
  console.warn(`<${tag}>: ignoring ${attribute}="${String(value)}"; ${fallback}.`);
}

/** Logs a message once per page (keyed by the message itself). */
export function warnOnce(message: string): void {
  if (warned.has(message)) return;
  warned.add(message);
  console.warn(message);
}
