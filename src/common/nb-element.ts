import {
  html,
  isServer,
  LitElement,
  nothing,
  render,
  type PropertyValues,
  type TemplateResult,
} from 'lit';
import { property } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { LocaleController } from '../locale/controller.js';
import { applyStyles } from '../internal/adopt-styles.js';
import {
  oneOf,
  resolveAttributes,
  type AttributeRule,
  type AttributeTable,
  type Resolved,
} from '../internal/attributes.js';
import { parseSignOff, type PartnerSignOff } from '../internal/sign-off.js';
import { VERSION } from '../internal/version.js';
import { warnOnce } from '../internal/warn.js';

/** Resolves in a new task (after the browser has had the chance to paint and handle input). */
const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

export type Theme = 'light' | 'dark' | 'auto';
const THEMES: readonly Theme[] = ['light', 'dark', 'auto'];

/** The attributes every element has (see attributes.ts), resolved by the base class. */
export const baseAttributes = {
  // An unknown theme renders as the light default (the CSS only knows the three values).
  theme: oneOf<NbElement, Theme>('theme', 'theme', THEMES, 'light'),
  /** The partner's own sign-off from the three attributes, or undefined. */
  signOff: {
    attribute: 'reviewed-on',
    property: 'reviewedOn',
    also: ['reviewedBy', 'reviewDue'],
    parse: (_raw, _warn, el) => parseSignOff(el.localName, el),
  } satisfies AttributeRule<NbElement, PartnerSignOff | undefined>,
};

/**
 * What every nb- element shares: locale resolution and reentrant rendering, `theme`, an
 * injectable clock, typed bubbling + composed events, and one-warning fallbacks for bad input.
 */
export abstract class NbElement extends LitElement {
  /** Read by the safe-define helper to name both versions when two copies meet. */
  static nbVersion = VERSION;

  /** Colour theme: `light` (default), `dark`, or `auto` to follow the reader's system setting. */
  @property({ reflect: true }) theme: Theme = 'light';

  /** Clock used for review dates and opening hours; tests and stories inject a fixed one. */
  @property({ attribute: false }) now: () => Date = () => new Date();

  /**
   * Your organisation, when your own clinical team has checked what this widget shows, e.g.
   * `Solving Kids' Cancer UK`. Shown with `reviewed-on` (both are needed) beside the source's dates.
   */
  @property({ attribute: 'reviewed-by' }) reviewedBy: string | null = null;

  /** When your clinical team checked it, `YYYY-MM-DD` (a real date; anything else is ignored with a warning). */
  @property({ attribute: 'reviewed-on' }) reviewedOn: string | null = null;

  /** When your clinical team will check it again, `YYYY-MM-DD` (optional). */
  @property({ attribute: 'review-due' }) reviewDue: string | null = null;

  /**
   * @internal The element's own parsed attributes (see attributes.ts): resolved in
   * `willUpdate`, read through `parsed()`. The shared bad-input suite tests every entry.
   */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  static attributeTable: AttributeTable<any> = {};

  /** The resolved values of the base table and the element's own (their keys differ). */
  private readonly parsedValues = {} as Resolved<typeof baseAttributes>;

  /**
   * Whether a property has changed since the tables were last resolved. Every property a table
   * reads is a reactive one, so between changes `parsed()` (read many times per render: each
   * word of a card asks for its term) returns what it resolved last. A language switch or a
   * clock tick changes no property and resolves nothing.
   */
  private attributesChanged = true;

  protected readonly localeController = new LocaleController(this);

  /**
   * True on the server and, in the browser, until an element's server-rendered (declarative)
   * shadow root has been hydrated: what renders then must not depend on the reader's clock,
   * time zone or storage, so the first client render matches the HTML the server wrote.
   */
  protected hydrating = isServer;

  /** Whether the element shows more once hydrated than the server could (the banner's status). */
  protected rendersAfterHydration = false;

  /** Lit's root, with styles that also work in another document (see `applyStyles`). */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const ctor = this.constructor as typeof LitElement;
    // A server-rendered root: Lit's hydration support (@lit-labs/ssr-client) adopts it in super.
    this.hydrating = !!this.shadowRoot;
    if (this.shadowRoot && !('litElementHydrateSupport' in globalThis)) {
      // Without it Lit would render a second copy after the server's: start from an empty root.
      warnOnce(
        `nb-widgets ${VERSION}: server-rendered nb- elements need Lit's hydration support: ` +
          'load nb-widgets/hydrate.js (or @lit-labs/ssr-client/lit-element-hydrate-support.js ' +
          'before Lit). Rendering them again instead.',
      );
      this.shadowRoot.replaceChildren();
      this.hydrating = false;
    }
    const root = this.shadowRoot
      ? (super.createRenderRoot() as ShadowRoot)
      : this.attachShadow(ctor.shadowRootOptions);
    applyStyles(root, ctor.elementStyles);
    return root;
  }

  /**
   * Server-rendered: the first render (hydration) waits for the element's translation, then for a
   * task of its own. The page already shows the server's HTML, so nothing is lost by taking the
   * widgets over one at a time, and the main thread stays free for the reader's input in between
   * (one long task for every element on the page would block it).
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    if (this.hydrating && !this.hasUpdated)
      return this.localeController
        .whenReady()
        .then(nextTask)
        .then(() => super.scheduleUpdate());
    return super.scheduleUpdate();
  }

  override connectedCallback(): void {
    // On the first connect, super creates the root and createRenderRoot styles it.
    const hadRoot = this.renderRoot !== undefined;
    super.connectedCallback();
    // Moved to another document (an iframe) and maybe back: adopted sheets may have been dropped.
    if (hadRoot && this.renderRoot instanceof ShadowRoot)
      applyStyles(this.renderRoot, (this.constructor as typeof LitElement).elementStyles);
  }

  /** The locale this element renders in right now (English until a translation has loaded). */
  get renderedLocale(): string {
    return this.localeController.locale;
  }

  /** The resolved values of the element's `attributeTable` (parsed again only after a change). */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  protected parsed<T extends AttributeTable<any>>(): Resolved<T> {
    return this.base() as unknown as Resolved<T>;
  }

  /** The base attributes (`theme`, the sign-off), resolved with the element's own table. */
  private base(): Resolved<typeof baseAttributes> {
    if (this.attributesChanged) {
      this.attributesChanged = false;
      const table = (this.constructor as typeof NbElement).attributeTable;
      resolveAttributes(this, table, resolveAttributes(this, baseAttributes, this.parsedValues));
    }
    return this.parsedValues;
  }

  /** A property changed (or was set again): the tables are resolved again when next read. */
  override requestUpdate(...args: Parameters<LitElement['requestUpdate']>): void {
    if (args[0] !== undefined) this.attributesChanged = true;
    super.requestUpdate(...args);
  }

  /** The partner's own sign-off (`reviewed-by`, `reviewed-on`, `review-due`), or undefined. */
  protected get signOff(): PartnerSignOff | undefined {
    return this.base().signOff;
  }

  /** Every attribute is parsed once per change, before rendering (bad values warned about once). */
  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.parsed();
  }

  protected override update(changed: PropertyValues): void {
    this.localeController.inLocale(() => {
      if (!this.hydrating || isServer) return super.update(changed);
      try {
        super.update(changed);
      } catch (error) {
        this.renderAfresh(error);
      }
    });
  }

  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    if (this.hydrating && !isServer) {
      this.hydrating = false;
      // Hydrated: render again with what only the browser knows (the clock, the reader's zone).
      if (this.rendersAfterHydration) this.requestUpdate();
    }
  }

  /**
   * The server-rendered HTML does not match what this script renders (another version of
   * nb-widgets wrote it, say): replace it with a fresh render, with one warning, rather than
   * leave a half-hydrated element.
   */
  private renderAfresh(error: unknown): void {
    warnOnce(
      `nb-widgets ${VERSION}: <${this.localName}>'s server-rendered HTML does not match this ` +
        'script, so it was rendered again. Prerender with the same nb-widgets version as the script.',
    );
    console.warn(error);
    const root = this.renderRoot;
    for (const node of [...root.childNodes]) if (!(node instanceof HTMLStyleElement)) node.remove();
    render(this.render(), root, this.renderOptions);
  }

  /** Dispatches a bubbling, composed event; returns false when a listener cancelled it. */
  protected emit<T>(name: `nb-${string}`, detail?: T, cancelable = false): boolean {
    return this.dispatchEvent(
      new CustomEvent<T>(name, { detail, bubbles: true, composed: true, cancelable }),
    );
  }

  /** `lang`/`dir` for the element's rendered root, so screen readers pronounce it right. */
  protected get rootLang(): string {
    return this.localeController.locale;
  }

  protected get rootDir(): 'ltr' | 'rtl' {
    return this.localeController.dir;
  }

  /**
   * Gives nb- elements this one renders or creates (glossary words) its colour theme, so their
   * popups match it: a word in a dark card opens a dark popup, not a white one.
   */
  protected shareTheme(elements: Iterable<Element>): void {
    const theme = this.base().theme;
    for (const el of elements)
      if (el.getAttribute('theme') !== theme) el.setAttribute('theme', theme);
  }

  /**
   * Gives the words an element creates its partner's sign-off (only valid values, so a bad date
   * is warned about once, by this element), so their popups show the partner's check too.
   */
  protected shareSignOff(elements: Iterable<Element>): void {
    const values: Record<string, string | undefined> = {
      'reviewed-by': this.signOff?.by,
      'reviewed-on': this.signOff?.on,
      'review-due': this.signOff?.due,
    };
    for (const el of elements)
      for (const [name, value] of Object.entries(values)) {
        if (value === undefined) el.removeAttribute(name);
        else if (el.getAttribute(name) !== value) el.setAttribute(name, value);
      }
  }

  /** The small note shown while a translation awaits a medical reviewer's sign-off. */
  protected renderLocaleNote(): TemplateResult | typeof nothing {
    if (!this.localeController.unreviewed) return nothing;
    return html`<p class="nb-locale-note" part="locale-note">
      ${msg('This translation has not yet been checked by a medical reviewer.', {
        id: 'common.translation-unreviewed',
        desc: 'Small note under a widget shown in a language whose translation no medical reviewer has signed off yet.',
      })}
    </p>`;
  }
}
