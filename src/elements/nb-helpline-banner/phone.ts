export interface PhoneNumber {
  /** Digits with a leading `+` for international form: safe to put after `tel:`. */
  tel: string;
  /** Grouped for reading aloud and on screen, e.g. `0808 800 4040`. */
  display: string;
  /** A UK Freephone number (080…): free from UK phones, maybe not from abroad (H02). */
  ukFreephone: boolean;
}

/**
 * Reads a phone number as a partner typed it. Only digits, spaces, `+`, `-`, `.`, and brackets
 * are accepted; anything else (letters, `javascript:`, markup) returns `undefined`. UK national
 * numbers (leading 0) become `+44…` in the `tel:` link.
 */
export function parsePhoneNumber(input: string): PhoneNumber | undefined {
  const text = input.trim();
  if (!/^\+?[\d\s().-]+$/.test(text)) return undefined;
  const digits = text.replace(/\D/g, '');
  if (digits.length < 3 || digits.length > 15) return undefined;
  let tel: string;
  if (text.startsWith('+')) tel = `+${digits}`;
  else if (digits.startsWith('00')) tel = `+${digits.slice(2)}`;
  else if (digits.startsWith('0')) tel = `+44${digits.slice(1)}`;
  else tel = digits;
  const ukFreephone = tel.startsWith('+4480');
  const display = /\s/.test(text) ? text.replace(/\s+/g, ' ') : group(digits);
  return { tel, display, ukFreephone };
}

/** Groups an unspaced UK national number the way UK numbers are usually written. */
function group(digits: string): string {
  if (digits.length !== 11 || !digits.startsWith('0')) return digits;
  if (digits.startsWith('02'))
    return `${digits.slice(0, 3)} ${digits.slice(3, 7)} ${digits.slice(7)}`;
  if (/^0(1|7)/.test(digits)) return `${digits.slice(0, 5)} ${digits.slice(5)}`;
  return `${digits.slice(0, 4)} ${digits.slice(4, 7)} ${digits.slice(7)}`;
}
