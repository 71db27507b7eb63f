/**
 * Everything the trial list takes from src/content: the bundled trials, the status-word mapping
 * and labels, and glossary names. Kept in one place so the element reads as layout only.
 */
import type { Trial, TrialStatus } from '../../content/types.js';

// TEMPORARY until the content branch lands src/content/trials.ts and trial-status.ts.
export const bundledTrials: readonly Trial[] = [];
export function mapRegistryStatus(_word: string): TrialStatus {
  return 'unknown';
}
export function statusWord(status: TrialStatus): string {
  return status;
}
export function statusCheckedText(date: string): string {
  return `status checked ${date}`;
}
export function treatmentName(key: string): string | undefined {
  return key;
}
