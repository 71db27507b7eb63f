import { adoptStyles, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { glossaryEntry } from '../../content/glossary.js';
import { moreInGlossary, termClassLabel } from '../../content/glossary-ui.js';
import type { GlossaryEntry } from '../../content/types.js';
import { isUnset, type AttributeRule } from '../../internal/attributes.js';
import { link } from '../../internal/link-attribute.js';
import { NbElement } from '../../common/nb-element.js';
import { creditsStyles, referencesOf, renderCreditNote } from '../../common/credits.js';
import { themeStyles } from '../../internal/theme.styles.js';
import { warnOnce } from '../../internal/warn.js';
import { drugTermPopupStyles, drugTermStyles } from './nb-drug-term.styles.js';
import { listenForTerms, openTerms, type PageTerm, type TermZone } from './page-events.js';
import { anchorPopup, placeAtOnce, preloadAnchor, supportsPopover } from './position.js';

/** How long the pointer rests on (or keyboard focus stays on) a word before its popup opens. */
export const OPEN_DELAY_MS = 300;
/** Grace time to move the pointer from the word onto the popup (WCAG 1.4.13 hoverable). */
export const CLOSE_DELAY_MS = 250;

/** How the reader opened the popup. */
export type TermOpenVia = 'click' | 'touch' | 'keyboard' | 'hover' | 'focus' | 'api';

export interface TermOpenDetail {
  /** Glossary key of the term, e.g. `topotecan`. */
  term: string;
  via: TermOpenVia;
}

export interface TermCloseDetail {
  term: string;
}

/** The word's attributes, each parsed once per change (src/internal/attributes.ts). */
const attributes = {
  /** The entry `term` names, null for a name the glossary lacks; undefined when unset (the text is looked up). */
  term: {
    attribute: 'term',
    property: 'term',
    parse: (raw, warn) => {
      if (isUnset(raw)) return undefined;
      const asked = String(raw).trim();
      const entry = glossaryEntry(asked);
      if (!entry) warn('showing the word without a definition', asked);
      return entry ?? null;
    },
  } satisfies AttributeRule<NbDrugTerm, GlossaryEntry | null | undefined>,
  glossaryHref: link<NbDrugTerm>(
    'glossary-href',
    'glossaryHref',
    'linking to the entry on this page',
  ),
};

/**
 * How long the live region keeps its copy of the definition: long enough for a screen reader to
 * have read it out (React Aria's live announcer keeps a message 7 s), short enough that the copy
 * is gone before a reader explores the popup.
 */
export const ANNOUNCED_MS = 7000;

/**
 * A word in running text that explains itself: a toggletip. The word is a real button; a click,
 * tap, Enter or Space opens a small popup with a plain definition, what kind of treatment it is,
 * a link to the full glossary entry, one short line crediting where the explanation comes from
 * (the named reference and when it was checked, or Cancer Research UK for the page's own words),
 * and a short line that it does not replace the care team. Resting the pointer or keyboard focus
 * on the word opens it too, after a short delay. Escape, a tap elsewhere, or moving focus away closes it; the
 * pointer can move onto the popup without it closing (WCAG 1.4.13). One popup is open at a time.
 * The popup is built on first use, so hundreds of terms on a page cost little.
 *
 * @tagname nb-drug-term
 * @summary An inline glossary word with an accessible toggletip definition.
 *
 * @slot - The word as written in the text. Empty: the term's glossary name.
 *
 * @event nb-term-open - A popup opened. `detail: { term, via }`, `via` one of `click`, `touch`,
 *   `keyboard`, `hover`, `focus`, `api`.
 * @event nb-term-close - The popup closed. `detail: { term }`.
 *
 * @csspart trigger - The word (a button).
 * @csspart popup - The popup box.
 * @csspart name - The term's name in the popup.
 * @csspart class - The kind of treatment ("Chemotherapy", "Targeted drug" …).
 * @csspart definition - The plain-language definition.
 * @csspart more - The "More in the glossary" link.
 * @csspart source - The popup's credits: one short line per origin, then the care-team line.
 * @csspart credit - One origin's credit line (`data-origin` says which).
 * @csspart sign-off - Your own clinical check (with `reviewed-by` and `reviewed-on`).
 * @csspart care-team - The short line saying it does not replace the child's care team.
 * @csspart locale-note - The "translation not yet checked" note.
 *
 * @cssprop --nb-term-underline-color - Colour of the dotted underline under the word.
 * @cssprop --nb-term-popup-width - Widest the popup grows (default 22em of its text size, 352 px at the 16 px base size; never wider than the viewport).
 */
export class NbDrugTerm extends NbElement implements PageTerm {
  static override styles = drugTermStyles;
  /** @internal Its parsed attributes (src/internal/attributes.ts), for the base class and the tests. */
  static override attributeTable = attributes;

  /** Glossary key (or any known name or alias) of the term, e.g. `topotecan`. Unset: the text is looked up. */
  @property({ reflect: true }) term: string | null = null;

  /**
   * Where "More in the glossary" leads: a page with `<nb-glossary>`. Without a `#` fragment,
   * `#nb-term-<key>` is added. Default: `#nb-term-<key>` on this page. The one URL policy of
   * every widget applies: `https:`, or a link on this page's own site (`/glossary`,
   * `glossary.html`), never with a user name or password; anything else (`javascript:`, `http:`
   * to another site, `//evil.test/x`, `/\evil.test/x`) is ignored with one warning.
   */
  @property({ attribute: 'glossary-href' }) glossaryHref: string | null = null;

  /** Whether the popup is open. */
  @property({ type: Boolean, reflect: true }) open = false;

  /** The popup exists once it has been opened for the first time. */
  @state() private created = false;
  /**
   * The live region holds the definition: set two frames after the popup is shown (its text is
   * on screen at once), because a region that appears with its text already inside is not
   * announced by most screen readers. Emptied again after `ANNOUNCED_MS`, so a reader who goes
   * through the open popup line by line later meets its text once, not twice.
   */
  @state() private announced = false;
  /** The glossary entry, looked up once per update (`entry` for the render and the events). */
  private current: GlossaryEntry | undefined;

  private pinned = false;
  private via: TermOpenVia = 'api';
  private openTimer: ReturnType<typeof setTimeout> | undefined;
  private closeTimer: ReturnType<typeof setTimeout> | undefined;
  private announceFrame = 0;
  private announceTimer: ReturnType<typeof setTimeout> | undefined;
  /** The position updater, alive only while the popup is open. */
  private stopAnchoring: (() => void) | undefined;

  /** The glossary entry this word stands for, or undefined for an unknown term. */
  get entry(): GlossaryEntry | undefined {
    const term = this.parsed<typeof attributes>().term;
    if (term !== undefined) return term ?? undefined;
    const text = this.textContent?.trim();
    return text ? glossaryEntry(text) : undefined;
  }

  /** Opens the popup (closing any other). */
  show(): void {
    this.clearTimers();
    this.pinned = true;
    this.open = true;
  }

  /** Closes the popup. */
  hide(): void {
    this.clearTimers();
    this.pinned = false;
    this.open = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const win = this.ownerDocument.defaultView;
    if (win) listenForTerms(win, (node): node is NbDrugTerm => node instanceof NbDrugTerm);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.hide();
    openTerms.delete(this);
    this.teardown();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.current = this.entry;
    if (changed.has('term') || changed.has('open')) this.warnIfNoTerm();
    if (!changed.has('open')) return;
    if (this.open && !this.current) this.open = false;
    if (this.open) {
      if (!this.created) this.adoptPopupStyles();
      this.created = true;
      for (const other of openTerms) if (other !== this) other.hide();
      openTerms.add(this);
    } else {
      this.announced = false;
      openTerms.delete(this);
    }
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (!changed.has('open')) return;
    if (this.open) this.activate();
    else if (changed.get('open') === true) this.deactivate();
  }

  /** The popup's styles (and the shared theme) join the shadow root only when first needed. */
  private adoptPopupStyles(): void {
    if (!(this.renderRoot instanceof ShadowRoot)) return;
    // The word's own rules go last so the theme's `:host { display: block }` cannot win.
    adoptStyles(this.renderRoot, [themeStyles, creditsStyles, drugTermPopupStyles, drugTermStyles]);
  }

  /** Without `term`, text that is no glossary word is shown as it is (once per page). */
  private warnIfNoTerm(): void {
    if (this.current || !isUnset(this.term)) return;
    warnOnce(
      `<${this.localName}>: no term attribute and "${this.textContent?.trim() ?? ''}" is not ` +
        'a glossary word; showing it without a definition.',
    );
  }

  private get popup(): HTMLElement | null {
    // No root yet when a server-rendered word is removed before it hydrated (defer-hydration).
    return this.renderRoot?.querySelector<HTMLElement>('.popup') ?? null;
  }

  private get trigger(): HTMLButtonElement | null {
    return this.renderRoot.querySelector<HTMLButtonElement>('.trigger');
  }

  /**
   * Shows the popup in the top layer, with its text, in the frame it opens, and keeps it next
   * to the word. Runs in `updated`, before the browser paints: where there is room below the
   * word it is placed at once (`placeAtOnce`) and made visible (`is-ready`, set here rather
   * than in the template, which rewrites the class only when `open` changes); otherwise it
   * stays invisible until the positioning code (loaded on the first open) has placed it.
   */
  private activate(): void {
    const popup = this.popup;
    const trigger = this.trigger;
    if (!popup || !trigger) return;
    if (supportsPopover && !popup.matches(':popover-open')) popup.showPopover();
    this.stopAnchoring?.();
    const ready = () => popup.classList.add('is-ready');
    if (placeAtOnce(trigger, popup)) ready();
    this.stopAnchoring = anchorPopup(trigger, popup, ready);
    // The live region (see `announced`) is filled once the popup has been on screen a frame.
    cancelAnimationFrame(this.announceFrame);
    this.announceFrame = requestAnimationFrame(() => {
      this.announceFrame = requestAnimationFrame(() => {
        this.announced = true;
        clearTimeout(this.announceTimer);
        this.announceTimer = setTimeout(() => (this.announced = false), ANNOUNCED_MS);
      });
    });
    this.emit<TermOpenDetail>('nb-term-open', { term: this.current!.key, via: this.via });
  }

  private deactivate(): void {
    this.teardown();
    this.emit<TermCloseDetail>('nb-term-close', { term: this.current?.key ?? '' });
  }

  private teardown(): void {
    cancelAnimationFrame(this.announceFrame);
    clearTimeout(this.announceTimer);
    this.stopAnchoring?.();
    this.stopAnchoring = undefined;
    const popup = this.popup;
    popup?.classList.remove('is-ready');
    if (supportsPopover && popup?.matches(':popover-open')) popup.hidePopover();
  }

  private clearTimers(): void {
    clearTimeout(this.openTimer);
    clearTimeout(this.closeTimer);
  }

  /** Opens after the rest delay unless the reader moves on first (hover and focus, never pinned). */
  private openSoon(via: TermOpenVia): void {
    clearTimeout(this.closeTimer);
    if (this.open) return;
    clearTimeout(this.openTimer);
    // The positioning code loads during the rest delay, so the first popup is not held up.
    preloadAnchor();
    this.openTimer = setTimeout(() => {
      this.via = via;
      this.open = true;
    }, OPEN_DELAY_MS);
  }

  /** Closes after a grace period unless the pointer comes back; a clicked-open popup stays. */
  private closeSoon(): void {
    clearTimeout(this.openTimer);
    if (!this.open || this.pinned) return;
    clearTimeout(this.closeTimer);
    this.closeTimer = setTimeout(() => this.hide(), CLOSE_DELAY_MS);
  }

  /** @internal Page-wide listeners (see page-events.ts) call the methods below. */
  zoneOf(path: readonly EventTarget[]): TermZone | undefined {
    for (const node of path) {
      if (node === this) return undefined;
      if (!(node instanceof Element)) continue;
      if (node.classList.contains('more')) return 'more';
      if (node.classList.contains('popup')) return 'popup';
      if (node.classList.contains('trigger')) return 'trigger';
    }
    return undefined;
  }

  /** @internal */
  onTriggerClick(_event: MouseEvent, pointerType: string): void {
    if (this.open && this.pinned) {
      this.hide();
      return;
    }
    this.clearTimers();
    // A popup already open from hover or focus stays open, now pinned.
    this.via = pointerType === '' ? 'keyboard' : pointerType === 'touch' ? 'touch' : 'click';
    this.pinned = true;
    this.open = true;
  }

  /** @internal */
  onHoverStart(): void {
    this.openSoon('hover');
  }

  /** @internal */
  onHoverEnd(): void {
    this.closeSoon();
  }

  /** @internal Keyboard focus only: a click also focuses the button, and opens it by itself. */
  onTriggerFocus(): void {
    if (this.trigger?.matches(':focus-visible')) this.openSoon('focus');
  }

  /** @internal */
  onFocusLeave(event: FocusEvent): void {
    // Seen from the page, focus moving within this term comes from and goes to the term itself.
    const next = event.relatedTarget as Node | null;
    if (next === this || (next && this.renderRoot.contains(next))) return;
    clearTimeout(this.openTimer);
    // Focus moved to something else on the page: the popup goes with it.
    if (next && this.open) this.hide();
  }

  /** @internal Escape closes; focus inside the popup returns to the word. */
  onEscape(): void {
    if (!this.open) return;
    const focusInside = this.renderRoot instanceof ShadowRoot && !!this.renderRoot.activeElement;
    this.hide();
    if (focusInside) this.trigger?.focus();
  }

  private get moreHref(): string {
    const anchor = `#nb-term-${this.current!.key}`;
    const checked = this.parsed<typeof attributes>().glossaryHref;
    if (!checked) return anchor;
    // Written out resolved, so the address a reader follows is the one that was checked.
    const url = new URL(checked.href);
    if (!String(this.glossaryHref).includes('#')) url.hash = anchor;
    return url.href;
  }

  private renderPopup(entry: GlossaryEntry): TemplateResult {
    const name = entry.name();
    const termClass = termClassLabel(entry.termClass);
    const definition = entry.definition();
    // The text is there from the first frame. The live region (role="status") gets a copy two
    // frames later (see `announced`), so it is announced; it is never painted (see the styles),
    // and last, so reading the popup from the top meets the visible text first.
    return html`<div
      id="popup"
      class="nb-root popup ${this.open ? 'is-open' : ''}"
      part="popup"
      popover=${supportsPopover ? 'manual' : nothing}
      lang=${this.rootLang}
      dir=${this.rootDir}
    >
      <p class="heading">
        <span class="name" part="name">${name}</span>
        <span class="class" part="class">${termClass}</span>
      </p>
      <p class="definition" part="definition" data-facts=${entry.facts.join(' ')}>${definition}</p>
      <a class="more" part="more" href=${this.moreHref}>${moreInGlossary.text()}</a>
      ${renderCreditNote({
        facts: entry.facts,
        references: referencesOf([entry]),
        now: this.now(),
        locale: this.renderedLocale,
        signOff: this.signOff,
      })}
      ${this.renderLocaleNote()}
      <div class="live" role="status">
        ${
          this.announced && this.open
            ? html`<span>${name}</span> <span>${termClass}</span> <span>${definition}</span>`
            : nothing
        }
      </div>
    </div>`;
  }

  protected override render(): TemplateResult {
    const entry = this.current;
    if (!entry) return html`<slot></slot>`;
    // The closed word is only a button around its slot: the popup is rendered on first open.
    // No whitespace around or inside the button: it would show as a space in the text.
    // The fallback name is our own text: it carries the language it is rendered in (the word a
    // partner wrote keeps the language of their page). Kept as written (prettier would add a
    // whitespace text node inside the button, one more node per word).
    // prettier-ignore
    return html`<button class="trigger" part="trigger" type="button" aria-expanded=${
      this.open ? 'true' : 'false'} aria-controls=${this.created ? 'popup' : nothing}><slot><span
      lang=${this.rootLang} dir=${this.rootDir}>${entry.name()}</span></slot></button>${
      this.created ? this.renderPopup(entry) : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'nb-drug-term': NbDrugTerm;
  }
  /** The element's events, so `addEventListener('nb-…', (e) => e.detail…)` is typed. */
  interface HTMLElementEventMap {
    'nb-term-open': CustomEvent<TermOpenDetail>;
    'nb-term-close': CustomEvent<TermCloseDetail>;
  }
}
