import { css, html, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { glossary, glossaryEntry } from '../../content/glossary.js';
import type { GlossaryEntry } from '../../content/types.js';
import { link } from '../../internal/link-attribute.js';
import { NbElement } from '../../common/nb-element.js';
import { buildMatcher, findTerms, type TermMatcher } from './term-matcher.js';

/** Quiet time after the partner's last change before the text is scanned again. */
export const RESCAN_DELAY_MS = 100;
/** Longest wait for a quiet moment: content that never stops changing is still scanned this often. */
export const RESCAN_MAX_WAIT_MS = 500;

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
  return isEditable(element);
}

/** Scopes and glossaries may hold a scope; everything else in `SKIPPED` may not. */
const CONTAINERS = new Set(['nb-glossary-scope', 'nb-glossary']);

/**
 * Whether the scope sits where no word may become a term: inside a link, control, heading, code,
 * editable region (or is editable itself), looking up the flat tree to the document (slots and
 * shadow roots included).
 */
function insideSkipped(scope: Element): boolean {
  if (isEditable(scope) || scope.hasAttribute('data-nb-skip')) return true;
  let node: Node | null = scope;
  while (node) {
    const next: Node | null = (node as Element | Text).assignedSlot ?? node.parentNode;
    node = next instanceof ShadowRoot ? next.host : next;
    if (node instanceof Element && !CONTAINERS.has(node.localName) && skipped(node)) return true;
  }
  return false;
}

function isEditable(element: Element): boolean {
  return (
    (element.hasAttribute('contenteditable') &&
      element.getAttribute('contenteditable') !== 'false') ||
    (element instanceof HTMLElement && element.isContentEditable)
  );
}

export interface GlossaryScanDetail {
  /** Keys of the terms wrapped by this scan, in document order. */
  wrapped: string[];
}

/** The scope's attributes, each parsed once per change (src/internal/attributes.ts). */
const attributes = {
  glossaryHref: link<NbGlossaryScope>(
    'glossary-href',
    'glossaryHref',
    'the words it wraps link to their entries on this page',
  ),
};

/**
 * Turns known drug names and medical words in partner-written HTML into `<nb-drug-term>`s. The
 * partner's markup stays in the light DOM, in place; only matching text is wrapped (built with
 * `createElement`, never parsed as HTML). Matching is case-insensitive on whole words, the longest
 * spelling first, using the international names plus the spellings of the scope's language
 * (Spanish text says "topotecán"). By default only the first use of each term is wrapped.
 * Never inside links, buttons, headings, `code`/`pre`, form controls, editable regions,
 * `[data-nb-skip]` or existing terms, and nothing at all when the scope itself sits inside one of
 * those (looking up to the document, through shadow roots) or is `contenteditable`. Changes to
 * the content are scanned again (after 100 ms of quiet, at most 500 ms after the first change).
 * Text a framework (React, Vue) sets on a node the scope split shows exactly as set. The words
 * it wraps take its `theme` and its sign-off (`reviewed-by`, `reviewed-on`, `review-due`), which
 * their pop-ups show.
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
  /** @internal Its parsed attributes (src/internal/attributes.ts), for the base class and the tests. */
  static override attributeTable = attributes;

  /** Wrap every use of each term, not only the first. */
  @property({ type: Boolean, reflect: true, attribute: 'all-occurrences' }) allOccurrences = false;

  /**
   * Passed to every `<nb-drug-term>` created (where "More in the glossary" leads), when it
   * follows the one URL policy (see `<nb-drug-term>` `glossary-href`); anything else is ignored
   * with one warning, and the words link to their entries on this page.
   */
  @property({ attribute: 'glossary-href' }) glossaryHref: string | null = null;

  private observer: MutationObserver | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** When the first change still waiting for a scan happened (for the longest wait). */
  private pendingSince: number | undefined;
  /**
   * Text nodes this scope shortened (their remaining words moved into new nodes after them) →
   * those new nodes. The original node stays in place holding the leading text, so a framework's
   * reference to it stays valid; when anyone sets its text, the new nodes are removed at once
   * (before the page paints) and the node holds exactly the new text, then it is scanned again.
   */
  private readonly pieces = new WeakMap<Text, ChildNode[]>();
  private matcherFor: { locale: string; matcher: TermMatcher | undefined } | undefined;
  private scannedWith = '';
  /** The `<nb-drug-term>`s this scope created. */
  private readonly created = new WeakSet<Element>();

  override connectedCallback(): void {
    super.connectedCallback();
    this.observer ??= new MutationObserver((records) => this.onMutations(records));
    this.observer.observe(this, { childList: true, subtree: true, characterData: true });
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.observer?.disconnect();
    clearTimeout(this.timer);
    this.pendingSince = undefined;
    this.scannedWith = '';
  }

  /**
   * A framework (React, Vue…) that owns a text node sets `nodeValue` to the whole new text. If
   * this scope had split that node, the words it moved out would still follow it and garble the
   * page ("…is giventopotecan is given"), so they are removed first: the page shows the new text
   * exactly, and the next scan wraps its terms again. A removed node takes its pieces with it.
   */
  private onMutations(records: MutationRecord[]): void {
    for (const record of records) {
      if (record.type === 'characterData' && record.target instanceof Text) {
        this.dropPieces(record.target);
      } else if (record.type === 'childList') {
        for (const node of record.removedNodes)
          if (node instanceof Text && !node.isConnected) this.dropPieces(node);
      }
    }
    this.observer?.takeRecords();
    this.scanSoon();
  }

  private dropPieces(text: Text): void {
    const pieces = this.pieces.get(text);
    if (!pieces) return;
    this.pieces.delete(text);
    for (const piece of pieces) {
      if (piece instanceof Text) this.dropPieces(piece);
      piece.remove();
    }
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

  /**
   * Scans after the content has been quiet for a moment, or after `RESCAN_MAX_WAIT_MS` at the
   * latest when it keeps changing.
   */
  private scanSoon(): void {
    clearTimeout(this.timer);
    const now = performance.now();
    this.pendingSince ??= now;
    const left = this.pendingSince + RESCAN_MAX_WAIT_MS - now;
    this.timer = setTimeout(() => this.scan(), Math.max(0, Math.min(RESCAN_DELAY_MS, left)));
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
      add(this.localeController.inLocale(() => entry.name(), this.localeController.sourceLocale));
      add(this.localeController.inLocale(() => entry.name()));
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
    this.pendingSince = undefined;
    const matcher = this.matcher;
    if (!matcher || !this.isConnected || insideSkipped(this)) return [];
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
   * Wraps the matches in one text node. The node itself stays in place with the text before the
   * first match (the partner's or a framework's reference to it stays valid); the terms and the
   * text between them are built once into a fragment and inserted after it, so one long text
   * costs time in proportion to its length (splitting it match by match copied the rest each time).
   */
  private wrapTerms(text: Text, matcher: TermMatcher, seen: Set<string>): string[] {
    const chosen = findTerms(text.data, matcher).filter((match) => {
      if (this.allOccurrences) return true;
      if (seen.has(match.key)) return false;
      seen.add(match.key);
      return true;
    });
    if (chosen.length === 0) return [];
    const doc = this.ownerDocument;
    const data = text.data;
    // Only a link the policy allows, as the partner wrote it.
    const href = this.parsed<typeof attributes>().glossaryHref && this.glossaryHref;
    const fragment = doc.createDocumentFragment();
    const created: ChildNode[] = [];
    chosen.forEach((match, i) => {
      const term = doc.createElement('nb-drug-term');
      term.setAttribute('term', match.key);
      if (href) term.setAttribute('glossary-href', href);
      term.append(data.slice(match.start, match.end));
      this.created.add(term);
      this.shareTheme([term]);
      this.shareSignOff([term]);
      created.push(term);
      const after = data.slice(match.end, chosen[i + 1]?.start ?? data.length);
      if (after) created.push(doc.createTextNode(after));
    });
    fragment.append(...created);
    text.data = data.slice(0, chosen[0]!.start);
    text.after(fragment);
    const earlier = this.pieces.get(text) ?? [];
    this.pieces.set(text, [...created, ...earlier]);
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
