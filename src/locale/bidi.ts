import { html, type TemplateResult } from 'lit';

/**
 * Bidi isolation by construction. A left-to-right token (registry ID, phone number, drug name,
 * citation, URL) placed into translated text must keep its own order whatever the sentence's
 * direction: in Arabic an unisolated "EudraCT 2022-003816-10" reads "10-003816-2022". Code marks
 * each such value with ltr() (or isolate(), for text whose direction is its own, such as a
 * formatted time) when it builds the message; bidiText() then renders each isolate as a `<bdi>`
 * element. Translators never type control characters.
 */

const LRI = '\u2066';
const RLI = '\u2067';
const FSI = '\u2068';
const PDI = '\u2069';

/** `text` as a left-to-right isolate (LRI … PDI). */
export function ltr(text: string): string {
  return `${LRI}${text}${PDI}`;
}

/** `text` isolated with the direction of its own first strong character (FSI … PDI). */
export function isolate(text: string): string {
  return `${FSI}${text}${PDI}`;
}

type Dir = 'ltr' | 'rtl' | 'auto';
interface Frame {
  dir: Dir;
  parts: Array<string | TemplateResult>;
}

function wrap({ dir, parts }: Frame): TemplateResult {
  return dir === 'auto' ? html`<bdi>${parts}</bdi>` : html`<bdi dir=${dir}>${parts}</bdi>`;
}

/**
 * Renders a message that contains isolates: each LRI/RLI/FSI … PDI span becomes a `<bdi>` (with
 * `dir="ltr"`, `dir="rtl"` or its default `auto`), nested as written; an unmatched PDI is dropped
 * and an unclosed isolate ends with the text. Text without isolates is returned as is.
 */
export function bidiText(text: string): string | TemplateResult {
  if (!/[\u2066-\u2069]/.test(text)) return text;
  const stack: Frame[] = [{ dir: 'auto', parts: [] }];
  let run = '';
  const flush = () => {
    if (run) stack[stack.length - 1]!.parts.push(run);
    run = '';
  };
  for (const ch of text) {
    if (ch === LRI || ch === RLI || ch === FSI) {
      flush();
      stack.push({ dir: ch === LRI ? 'ltr' : ch === RLI ? 'rtl' : 'auto', parts: [] });
    } else if (ch === PDI) {
      flush();
      if (stack.length > 1) {
        const done = stack.pop()!;
        stack[stack.length - 1]!.parts.push(wrap(done));
      }
    } else run += ch;
  }
  flush();
  while (stack.length > 1) {
    const done = stack.pop()!;
    stack[stack.length - 1]!.parts.push(wrap(done));
  }
  return html`${stack[0]!.parts}`;
}
