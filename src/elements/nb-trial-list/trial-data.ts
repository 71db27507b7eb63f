/**
 * Everything the trial list takes from src/content: the bundled trials, the status-word mapping
 * and labels, and glossary names. Kept in one place so the element reads as layout only.
 */
import { glossaryEntry } from '../../content/glossary.js';
import {
  mapRegistryStatus,
  newerThanSourceLabel,
  registryLinkLabel,
  statusChecked,
  statusLabel,
} from '../../content/trial-status.js';
import { trials } from '../../content/trials.js';
import type { Trial, TrialStatus } from '../../content/types.js';

export { mapRegistryStatus, newerThanSourceLabel, registryLinkLabel };

/** T01–T09 as the fact sheet records them. */
export const bundledTrials: readonly Trial[] = trials;

/** The status word a family sees; `unknown` reads "Check the registry for the current status". */
export function statusWord(status: TrialStatus): string {
  return statusLabel(status);
}

/** "Status checked Mar 2025" (`date` already formatted for the reader). */
export function statusCheckedText(date: string): string {
  return statusChecked.text(date);
}

/** The glossary's display name for a treatment key, or undefined for a key it does not know. */
export function treatmentName(key: string): string | undefined {
  const entry = glossaryEntry(key);
  return entry && entry.key === key ? entry.name() : undefined;
}
