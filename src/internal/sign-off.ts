import { isIsoDate, isoDateIn } from './time.js';
import { warnInvalid } from './warn.js';

/**
 * A partner's own clinical check of what a widget shows (the `reviewed-by`, `reviewed-on` and
 * `review-due` attributes): who checked, when, and when they will check again.
 */
export interface PartnerSignOff {
  /** The organisation that checked, as the partner wrote it (shown as text). */
  readonly by: string;
  /** When they checked, `YYYY-MM-DD`. */
  readonly on: string;
  /** When they will check again, `YYYY-MM-DD`, if they said. */
  readonly due?: string;
}

export interface SignOffAttributes {
  reviewedBy: string | null;
  reviewedOn: string | null;
  reviewDue: string | null;
}

/** A real `YYYY-MM-DD` date, else undefined after one warning naming element, attribute and value. */
function dateAttribute(tag: string, attribute: string, value: string | null): string | undefined {
  const trimmed = value?.trim();
  if (!trimmed) return undefined;
  if (isIsoDate(trimmed)) return trimmed;
  warnInvalid(tag, attribute, value, 'expected a real date like 2026-10-12; it is left out');
  return undefined;
}

/**
 * The sign-off to show, or undefined. It needs both who and when: a date without a name (or a
 * name without a valid date) says nothing a reader could trust, so it is left out with a warning.
 */
export function parseSignOff(tag: string, attrs: SignOffAttributes): PartnerSignOff | undefined {
  const by = attrs.reviewedBy?.trim() ?? '';
  const on = dateAttribute(tag, 'reviewed-on', attrs.reviewedOn);
  const due = dateAttribute(tag, 'review-due', attrs.reviewDue);
  if (!by && on) {
    warnInvalid(
      tag,
      'reviewed-on',
      attrs.reviewedOn,
      'it needs reviewed-by; the check is left out',
    );
    return undefined;
  }
  if (!by) return undefined;
  if (!on) {
    if (!attrs.reviewedOn?.trim())
      warnInvalid(
        tag,
        'reviewed-by',
        attrs.reviewedBy,
        'it needs reviewed-on; the check is left out',
      );
    return undefined;
  }
  return due ? { by, on, due } : { by, on };
}

/** Whether the partner's own next check date has passed on the reader's date (UK time). */
export function signOffLapsed(signOff: PartnerSignOff, now: Date): boolean {
  return signOff.due !== undefined && isoDateIn(now, 'Europe/London') > signOff.due;
}
