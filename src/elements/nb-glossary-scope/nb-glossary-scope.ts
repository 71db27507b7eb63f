import { css, html, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { glossary, glossaryEntry } from '../../content/glossary.js';
import type { GlossaryEntry } from '../../content/types.js';
import { sourceLocale } from '../../generated/locale-registry.js';
import { NbElement } from '../../internal/nb-element.js';
import { withLocale } from '../../locale/runtime.js';
import { buildMatcher, findTerms, type TermMatcher } from './term-matcher.js';

/** Quiet time after the partner's last change before the text is scanned again. */
export const RESCAN_DELAY_MS = 100;

/** Never wrapped inside: links, controls, headings, code, and anything already a term. */
const SKIPPED = new Set([
  'a',
  'button',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'code',
  'pre',
  'kbd',
  'samp',
  'script',
  'style',
  'textarea',
  'select',
  'option',
  'label',
  'summary',
  'svg',
  'math',
  'noscript',
  'template',
  'iframe',
  'nb-drug-term',
  'nb-glossary',
  'nb-glossary-scope',
]);
const SKIPPED_ROLES = new Set(['heading', 'link', 'button', 'code']);

function skipped(element: Element): boolean {
  if (SKIPPED.has(element.localName)) return true;
  if (element.hasAttribute('data-nb-skip')) return true;
  const role = element.getAttribute('role');
  if (role && SKIPPED_ROLES.has(role)) return true;
  return element instanceof HTMLElement && element.isContentEditable;
}

export interface GlossaryScanDetail {
  /** Keys of the terms wrapped by this scan, in document order. */
  wrapped: string[];
}

/**
 * Turns known drug names and medical words in partner-written HTML into `<nb-drug-term>`s. The
 * partner's markup stays in the light DOM, in place; only matching text is wrapped (built with
 * `createElement`, never parsed as HTML). Matching is case-insensitive on whole words, the longest
 * spelling first, using the international names plus the spellings of the scope's language
 * (Spanish text says "topotecán"). By default only the first use of each term is wrapped.
 * Never inside links, buttons, headings, `code`/`pre`, form controls, `[data-nb-skip]` or existing
 * terms. Changes to the content are scanned again (debounced). The words it wraps take its
 * `theme` and its sign-off (`reviewed-by`, `reviewed-on`, `review-due`), which their pop-ups show.
 *
 * @tagname nb-glossary-scope
 * @summary Wraps known terms in partner text in `<nb-drug-term>`.
 *
 * @slot - The partner's content.
 *
 * @event nb-glossary-scan - A scan finished. `detail: { wrapped }` (keys wrapped by this scan).
 */
export class NbGlossaryScope extends NbElement {
  static override styles = css`
    :host {
      display: block;
    }
    :host([hidden]) {
      display: none;
    }
  `;

  /** Wrap every use of each term, not only the first. */
  @property({ type: Boolean, reflect: true, attribute: 'all-occurrences' }) allOccurrences = false;

  /** Passed to every `<nb-drug-term>` created (where "More in the glossary" leads). */
  @property({ attribute: 'glossary-href' }) glossaryHref: string | null = null;

  private observer: MutationObserver | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private matcherFor: { locale: string; matcher: TermMatcher | undefined } | undefined;
  private scannedWith = '';
  /** The `<nb-drug-term>`s this scope created. */
  private readonly created = new WeakSet<Element>();

  override connectedCallback(): void {
    super.connectedCallback();
    this.observer ??= new MutationObserver(() => this.scanSoon());
    this.observer.observe(this, { childList: true, subtree: true, characterData: true });
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer?.disconnect();
    clearTimeout(this.timer);
    this.scannedWith = '';
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    // The words it wrapped take its theme (the partner's own <nb-drug-term>s keep theirs).
    if (changed.has('theme')) this.shareTheme(this.wrappedTerms());
    // …and its partner's sign-off (`reviewed-by`, `reviewed-on`, `review-due`).
    if (changed.has('reviewedBy') || changed.has('reviewedOn') || changed.has('reviewDue'))
      this.shareSignOff(this.wrappedTerms());
    // First render, a new language, or new options: scan now.
    const settings = `${this.localeController.requested}|${this.renderedLocale}|${this.allOccurrences}|${this.glossaryHref}`;
    if (settings !== this.scannedWith) {
      this.scannedWith = settings;
      this.scan();
    }
  }

  private wrappedTerms(): Element[] {
    return [...this.querySelectorAll('nb-drug-term')].filter((t) => this.created.has(t));
  }

  /** Scans after the content has been quiet for a moment. */
  private scanSoon(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.scan(), RESCAN_DELAY_MS);
  }

  /** International names and aliases, plus the spellings of the scope's language. */
  private get matcher(): TermMatcher | undefined {
    const requested = this.localeController.requested;
    const locale = `${requested}|${this.renderedLocale}`;
    if (this.matcherFor?.locale === locale) return this.matcherFor.matcher;
    const language = requested.split('-')[0];
    const spellings: [string, string][] = [];
    for (const entry of glossary) {
      const add = (spelling: string) => spellings.push([spelling, entry.key]);
      add(withLocale(sourceLocale, () => entry.name()));
      add(withLocale(this.renderedLocale, () => entry.name()));
      entry.aliases.forEach(add);
      (entry.localeAliases[requested] ?? []).forEach(add);
      if (language !== requested) (entry.localeAliases[language] ?? []).forEach(add);
    }
    const matcher = buildMatcher(spellings);
    this.matcherFor = { locale, matcher };
    return matcher;
  }

  /** Wraps the known terms in the current content; returns the keys wrapped. */
  scan(): string[] {
    clearTimeout(this.timer);
    const matcher = this.matcher;
    if (!matcher || !this.isConnected) return [];
    const seen = new Set<string>();
    if (!this.allOccurrences) {
      for (const term of this.querySelectorAll('nb-drug-term')) {
        const key = termKey(term);
        if (key) seen.add(key);
      }
    }
    const texts: Text[] = [];
    const walker = this.ownerDocument.createTreeWalker(
      this,
      NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT,
      {
        acceptNode: (node) =>
          node.nodeType === Node.TEXT_NODE
            ? NodeFilter.FILTER_ACCEPT
            : skipped(node as Element)
              ? NodeFilter.FILTER_REJECT
              : NodeFilter.FILTER_SKIP,
      },
    );
    while (walker.nextNode()) {
      const text = walker.currentNode as Text;
      if (/\S/.test(text.data)) texts.push(text);
    }
    const wrapped: string[] = [];
    for (const text of texts) wrapped.push(...this.wrapTerms(text, matcher, seen));
    // Our own wrapping is not a partner change: drop its records.
    this.observer?.takeRecords();
    this.emit<GlossaryScanDetail>('nb-glossary-scan', { wrapped });
    return wrapped;
  }

  /**
   * Wraps the matches in one text node. The text node is split, never re-created, so the
   * partner's (or a framework's) references to the leading text stay valid.
   */
  private wrapTerms(text: Text, matcher: TermMatcher, seen: Set<string>): string[] {
    const chosen = findTerms(text.data, matcher).filter((match) => {
      if (this.allOccurrences) return true;
      if (seen.has(match.key)) return false;
      seen.add(match.key);
      return true;
    });
    // Right to left, so the offsets of earlier matches stay valid.
    for (const match of [...chosen].reverse()) {
      text.splitText(match.end);
      const word = text.splitText(match.start);
      const term = this.ownerDocument.createElement('nb-drug-term');
      term.setAttribute('term', match.key);
      if (this.glossaryHref) term.setAttribute('glossary-href', this.glossaryHref);
      this.created.add(term);
      this.shareTheme([term]);
      this.shareSignOff([term]);
      word.before(term);
      term.append(word);
    }
    return chosen.map((m) => m.key);
  }

  protected override render(): TemplateResult {
    return html`<slot></slot>`;
  }
}

/** The glossary key of an existing `<nb-drug-term>`, upgraded or not. */
function termKey(term: Element): string | undefined {
  const entry: GlossaryEntry | undefined = glossaryEntry(
    term.getAttribute('term')?.trim() || term.textContent?.trim() || '',
  );
  return entry?.key;
}

declare global {
  interface HTMLElementTagNameMap {
    'nb-glossary-scope': NbGlossaryScope;
  }
  /** The element's events, so `addEventListener('nb-…', (e) => e.detail…)` is typed. */
  interface HTMLElementEventMap {
    'nb-glossary-scan': CustomEvent<GlossaryScanDetail>;
  }
}
