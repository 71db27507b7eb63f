// Shared by the server-rendering tests: the built nb-widgets/ssr entry, each locale's text for a
// unit (English from the XLIFF sources, translations from the built locale modules) and the
// text a reader would see in server-rendered HTML.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('../..', import.meta.url));
export const ssrEntry = `${repo}dist/ssr/index.js`;
/** The command as shipped (scripts/build/build.mjs copies bin/nb-widgets.mjs there). */
export const cli = `${repo}dist/bin/nb-widgets.mjs`;
if (!existsSync(ssrEntry)) throw new Error('ssr tests: dist/ is not built. Run `npm run build`.');

export const LOCALES = ['en', 'es', 'cy', 'ar'];

const sources = new Map();
for (const m of readFileSync(`${repo}locales/es.xlf`, 'utf8').matchAll(
  /<trans-unit id="([^"]+)">\s*<source>([^<]*)<\/source>/g,
))
  sources.set(m[1], m[2]);

const decode = (s) =>
  s
    .replace(/&#39;|&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

/** A plain-text unit as `locale` shows it. */
export async function unitText(locale, id) {
  if (locale === 'en') {
    const text = sources.get(id);
    if (text === undefined) throw new Error(`no English source for ${id}`);
    return decode(text);
  }
  const { templates } = await import(`${repo}dist/generated/locales/${locale}.js`);
  const text = templates[id];
  if (typeof text !== 'string') throw new Error(`${id} is not a plain string in ${locale}`);
  return text;
}

/** The visible text of server-rendered HTML: no styles, comments, tags or attributes. */
export function visibleText(html) {
  return decode(
    html
      .replace(/<style>[\s\S]*?<\/style>/g, '')
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/<\?>/g, '')
      .replace(/<[^>]+>/g, ' '),
  )
    .replace(/[\u2066-\u2069\u200e\u200f]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
