// "Show code" on the element pages: what a partner writes, not Storybook's wrapper. Each story's
// code is built from its args by the same module as the snippet builder and the embed tests
// (scripts/build/lib/snippets.mjs): the script tag with its integrity value, the element with the
// attributes the story sets, and a fallback that fits them. Story-only args (a fixed clock, the
// reader's time zone, the word's text) are not attributes: they are said in a comment instead.
import type { StoryContext } from '@storybook/web-components-vite';
import { elements } from '../.storybook/manifest.js';
import { sri } from '../.storybook/sri.js';
import {
  FILES,
  SELF_HOSTED_BASE,
  elementSnippet,
  scriptTag,
  type AttributeValue,
} from '../scripts/build/lib/snippets.mjs';

/** A story's own code, set as `parameters: { partner: { … } }`. */
export interface PartnerCode {
  /** Attributes on an element around the widget, e.g. `{ dir: 'rtl' }` or `{ lang: 'es' }`. */
  around?: Record<string, string>;
  /** The widget's own language (its `lang` attribute). */
  lang?: string;
  /** What the story shows that a page would not: said in a comment above the code. */
  note?: string;
  /** The page's HTML, when the story is more than one element (`element` = the generated one). */
  code?: string | ((element: string) => string);
}

const indent = (text: string, by = '  ') =>
  text
    .split('\n')
    .map((l) => (l ? by + l : l))
    .join('\n');

/** The element's attributes among a story's args, as the snippet module takes them. */
export function attributesFrom(tag: string, args: Record<string, unknown>) {
  const names = new Set(
    elements()
      .find((d) => d.tagName === tag)
      ?.attributes?.map((a) => a.name),
  );
  const attributes: Record<string, AttributeValue> = {};
  for (const [name, value] of Object.entries(args)) {
    if (!names.has(name) || name === 'theme') continue;
    if (typeof value === 'boolean' || typeof value === 'string') attributes[name] = value;
    else if (typeof value === 'number') attributes[name] = String(value);
  }
  return attributes;
}

/** A comment for the story-only args a page cannot set. */
function storyOnlyNotes(args: Record<string, unknown>): string[] {
  const at = typeof args.at === 'string' ? args.at : undefined;
  const zone = typeof args.zone === 'string' ? args.zone : undefined;
  if (at && zone)
    return [
      `the clock is fixed at ${at} and the reader is in ${zone}; on your page the widget uses the real time and the reader's own time zone`,
    ];
  if (at) return [`the clock is fixed at ${at}; on your page the widget uses the real time`];
  if (zone) return [`the reader is in ${zone}; on your page it is the reader's own time zone`];
  return [];
}

/** The partner's code for one story of `tag`. */
export function partnerCode(tag: string, args: Record<string, unknown>, partner: PartnerCode = {}) {
  const element = elementSnippet({
    tag,
    attributes: attributesFrom(tag, args),
    theme: typeof args.theme === 'string' ? args.theme : undefined,
    lang: partner.lang,
    termLabel: typeof args.text === 'string' ? args.text : undefined,
  });
  let body = typeof partner.code === 'function' ? partner.code(element) : (partner.code ?? element);
  if (partner.around) {
    const attrs = Object.entries(partner.around)
      .map(([k, v]) => `${k}="${v}"`)
      .join(' ');
    body = `<div ${attrs}>\n${indent(body)}\n</div>`;
  }
  const notes = [...storyOnlyNotes(args), ...(partner.note ? [partner.note] : [])];
  const comment = notes.length ? `<!-- In this story ${notes.join('; ')}. -->\n` : '';
  const script = scriptTag({
    base: SELF_HOSTED_BASE,
    file: FILES.split,
    integrity: sri[FILES.split],
  });
  return `<!-- Once per page -->\n${script}\n\n${comment}${body}\n`;
}

/** `parameters.docs.source` for an element's stories: each story shows its own partner code. */
export function partnerSource(tag: string) {
  return {
    language: 'html',
    transform: (_code: string, context: StoryContext) =>
      partnerCode(
        tag,
        context.args as Record<string, unknown>,
        context.parameters.partner as PartnerCode,
      ),
  };
}
