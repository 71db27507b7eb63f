import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { glossary, glossaryEntry } from '../../content/glossary.js';
import { glossaryLabel, termClassLabel } from '../../content/glossary-ui.js';
import type { GlossaryEntry } from '../../content/types.js';
import type { AttributeRule } from '../../internal/attributes.js';
import { headingLevel } from '../../internal/heading-level.js';
import { NbElement } from '../../common/nb-element.js';
import { creditsStyles, referencesOf, renderCredits } from '../../common/credits.js';
import { renderReferenceLinks } from '../../common/reference-links.js';
import { themeStyles } from '../../internal/theme.styles.js';
import { warnInvalidEntries } from '../../internal/warn.js';
import { glossaryStyles } from './nb-glossary.styles.js';

/** The fragment `<nb-drug-term>` links to: `#nb-term-<key>`. */
const HASH_PREFIX = '#nb-term-';

/** `nb-glossary-focus`: the entry an address fragment led to. */
export interface GlossaryFocusDetail {
  /** Glossary key of the entry, e.g. `topotecan`. */
  term: string;
}

export interface GlossaryGroup {
  /** The letter heading ("A", "B" …), or "#" for names that start with a digit. */
  letter: string;
  entries: GlossaryEntry[];
}

/** Groups entries A–Z by their name's first letter in `locale`, sorted as that language sorts. */
export function groupByLetter(
  entries: readonly GlossaryEntry[],
  locale: string,
  nameOf: (entry: GlossaryEntry) => string,
): GlossaryGroup[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  const sorted = [...entries].sort((a, b) => collator.compare(nameOf(a), nameOf(b)));
  const groups: GlossaryGroup[] = [];
  for (const entry of sorted) {
    const first = nameOf(entry).normalize('NFD').charAt(0);
    const letter = /\p{L}/u.test(first) ? first.toLocaleUpperCase(locale) : '#';
    const last = groups.at(-1);
    if (last && collator.compare(last.letter, letter) === 0) last.entries.push(entry);
    else groups.push({ letter, entries: [entry] });
  }
  return groups;
}

/** The glossary's attributes, each parsed once per change (src/internal/attributes.ts). */
const attributes = {
  /** The entries shown, in glossary order; unknown keys in `terms` are skipped with a warning. */
  entries: {
    attribute: 'terms',
    property: 'terms',
    parse: (raw, _warn, el) => {
      const tokens = String(raw ?? '')
        .split(/[\s,]+/)
        .filter(Boolean);
      if (tokens.length === 0) return [...glossary];
      const keys = new Set<string>();
      const unknown: string[] = [];
      for (const token of tokens) {
        const entry = glossaryEntry(token) ?? glossaryEntry(token.replace(/-/g, ' '));
        if (entry) keys.add(entry.key);
        else unknown.push(token);
      }
      warnInvalidEntries(el.localName, 'terms', unknown, 'unknown terms are skipped');
      // Nothing known: show everything rather than an empty box.
      return keys.size ? glossary.filter((e) => keys.has(e.key)) : [...glossary];
    },
  } satisfies AttributeRule<NbGlossary, GlossaryEntry[]>,
  /** The letter headings: no title of its own, so one level below the default. */
  level: headingLevel<NbGlossary>('headingLevel', 1),
};

/**
 * The A–Z glossary: every drug and medical word the widgets explain, with its plain definition
 * and what kind of treatment it is. Each entry has the id `nb-term-<key>`; since an address
 * fragment cannot reach inside shadow DOM by itself, the element follows `#nb-term-<key>` on
 * load and on every `hashchange`: it scrolls to that entry and focuses it. `<nb-drug-term>`'s
 * "More in the glossary" link points here.
 * It ends with a credit for where the explanations come from: the named reference each one was
 * checked against, and Cancer Research UK (with its review dates) only for the page's own words.
 *
 * @tagname nb-glossary
 * @summary A–Z list of glossary terms with deep links.
 *
 * @slot - Fallback content shown before the element upgrades (e.g. a link to a glossary page).
 *
 * @event nb-glossary-focus - The element moved to an entry because of the address fragment.
 *   `detail: { term }`.
 *
 * @csspart glossary - The whole list.
 * @csspart group - One letter's group.
 * @csspart letter - A letter heading.
 * @csspart entry - One term and its definition (the element focused by a deep link).
 * @csspart term - The term's name.
 * @csspart class - The kind of treatment.
 * @csspart definition - The definition.
 * @csspart locale-note - The "translation not yet checked" note.
 * @csspart source - The credits footer: where the definitions come from, with dates.
 * @csspart credit - One origin's credit line in the footer (`data-origin` says which).
 * @csspart sign-off - Your own clinical check (with `reviewed-by` and `reviewed-on`).
 * @csspart care-team - The line saying this does not replace the care team's advice.
 * @csspart review-notice - The "overdue for review" notice (only with words from the page).
 */
export class NbGlossary extends NbElement {
  static override styles = [themeStyles, creditsStyles, glossaryStyles];
  /** @internal Its parsed attributes (src/internal/attributes.ts), for the base class and the tests. */
  static override attributeTable = attributes;

  /** Only these terms (glossary keys or names, separated by spaces or commas). Unset: all. */
  @property() terms: string | null = null;

  /**
   * Heading level of the letter headings (2–6), to fit the page's outline.
   * @type {2 | 3 | 4 | 5 | 6}
   * @default 3
   */
  @property({ attribute: 'heading-level' }) headingLevel: string | null = null;

  private lifetime: AbortController | undefined;

  /** The entries shown, in glossary order; unknown keys in `terms` are skipped with a warning. */
  get entries(): GlossaryEntry[] {
    return [...this.parsed<typeof attributes>().entries];
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.lifetime = new AbortController();
    window.addEventListener('hashchange', () => void this.followHash(), {
      signal: this.lifetime.signal,
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.lifetime?.abort();
  }

  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    void this.followHash();
  }

  /** Scrolls to and focuses the entry named by `#nb-term-<key>`, if this glossary has it. */
  async followHash(hash: string = location.hash): Promise<boolean> {
    if (!hash.startsWith(HASH_PREFIX)) return false;
    let asked: string;
    try {
      asked = decodeURIComponent(hash.slice(HASH_PREFIX.length));
    } catch {
      return false;
    }
    const key = glossaryEntry(asked)?.key ?? glossaryEntry(asked.replace(/-/g, ' '))?.key;
    if (!key) return false;
    await this.updateComplete;
    const target = this.renderRoot.querySelector<HTMLElement>(`#nb-term-${CSS.escape(key)}`);
    if (!target) return false;
    const smooth = !matchMedia('(prefers-reduced-motion: reduce)').matches;
    target.scrollIntoView({ block: 'start', behavior: smooth ? 'smooth' : 'auto' });
    target.focus({ preventScroll: true });
    this.emit('nb-glossary-focus', { term: key });
    return true;
  }

  protected override render(): TemplateResult {
    const { level, entries } = this.parsed<typeof attributes>();
    const groups = groupByLetter(entries, this.renderedLocale, (e) => e.name());
    return html`<section
      class="nb-root glossary"
      part="glossary"
      aria-label=${glossaryLabel.text()}
      lang=${this.rootLang}
      dir=${this.rootDir}
    >
      ${groups.map(
        (group) =>
          html`<div class="group" part="group">
            <div class="letter" part="letter" role="heading" aria-level=${level}>
              ${group.letter}
            </div>
            <dl>
              ${group.entries.map(
                (entry) =>
                  html`<div
                    class="entry"
                    part="entry"
                    id="nb-term-${entry.key}"
                    tabindex="-1"
                    data-facts=${entry.facts.join(' ')}
                  >
                    <dt class="term" part="term">${entry.name()}</dt>
                    <dd>
                      <span class="class" part="class">${termClassLabel(entry.termClass)}</span>
                      <p class="definition" part="definition">${entry.definition()}</p>
                    </dd>
                  </div>`,
              )}
            </dl>
          </div>`,
      )}
      ${renderCredits({
        facts: entries.flatMap((e) => e.facts),
        referenceLinks: renderReferenceLinks(referencesOf(entries)),
        now: this.now(),
        locale: this.renderedLocale,
        signOff: this.signOff,
      })}
      ${this.renderLocaleNote()}
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'nb-glossary': NbGlossary;
  }
  /** The element's events, so `addEventListener('nb-…', (e) => e.detail…)` is typed. */
  interface HTMLElementEventMap {
    'nb-glossary-focus': CustomEvent<GlossaryFocusDetail>;
  }
}
