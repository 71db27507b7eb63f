import { trials } from './trials.js';
import type { FactId, RegistryId } from './types.js';

/**
 * The registry records behind the T facts a widget states (each trial's linked records) and
 * the latest month they were read, for the registry credit of a widget that names trials
 * without listing them (the card).
 */
export function trialRecordsFor(facts: Iterable<FactId>): {
  records: RegistryId[];
  checked: string | undefined;
} {
  const ids = new Set(facts);
  const shown = trials.filter((t) => t.facts.some((f) => ids.has(f)));
  const checked = shown
    .map((t) => t.statusChecked)
    .sort()
    .at(-1);
  return { records: shown.flatMap((t) => t.registryIds.filter((r) => r.url)), checked };
}
