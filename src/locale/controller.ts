import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { datesReady, loadDates } from './format.js';
import { localeDirection, matchLocale } from './match.js';
import { localeInfoFor, onLocalesRegistered, sourceLocale } from './registry.js';
import { requestedDirection, requestedLanguage } from './resolve.js';
import { ensureLocalization, isLocaleReady, loadLocale, withLocale } from './runtime.js';
import { serverPage } from '../internal/server-page.js';

type Host = ReactiveControllerHost & HTMLElement;

const controllers = new Set<LocaleController>();
const observedRoots = new WeakSet<Node>();
let observer: MutationObserver | undefined;
onLocalesRegistered(() => controllers.forEach((c) => c.refresh()));

/** One observer for the whole page, however many elements: any `lang` change re-resolves all. */
function observe(root: Node): void {
  observer ??= new MutationObserver(() => controllers.forEach((c) => c.refresh()));
  if (observedRoots.has(root)) return;
  observedRoots.add(root);
  observer.observe(root, { attributes: true, attributeFilter: ['lang', 'dir'], subtree: true });
}

/**
 * Resolves the element's locale (own `lang` → ancestors through shadow roots → `<html lang>` →
 * en-GB), loads its translation lazily and re-renders the host when it is ready or changes.
 */
export class LocaleController implements ReactiveController {
  /** The source locale (English), which every element can render at once. */
  readonly sourceLocale = sourceLocale;

  /** The supported locale the page asks for, even while its translation is still loading. */
  requested = sourceLocale;
  private renderedDir: 'ltr' | 'rtl' | undefined;

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  /**
   * The locale to render in now: the requested one once its translation (and, in a browser
   * without its date data, the bundled date formats) has loaded, English until then.
   */
  get locale(): string {
    // On the server, the render function resolved the locale and loaded it before rendering.
    if (isServer) return serverPage()?.locale ?? sourceLocale;
    const ready = isLocaleReady(this.requested) && datesReady(this.requested);
    return ready ? this.requested : sourceLocale;
  }

  /**
   * Direction of the rendered content: the element's own `dir`; else a translation's own
   * direction (Arabic is RTL, Spanish LTR, whatever the page says); else, for English, the
   * nearest ancestor's `dir`; else LTR.
   */
  get dir(): 'ltr' | 'rtl' {
    const own = this.host.getAttribute('dir')?.trim().toLowerCase();
    if (own === 'rtl' || own === 'ltr') return own;
    if (this.locale !== sourceLocale) return localeDirection(this.locale);
    return (isServer ? serverPage()?.dir : requestedDirection(this.host)) ?? 'ltr';
  }

  /**
   * Resolves once the requested locale (and its date data) can render, so an element hydrating
   * server-rendered HTML renders its first time in the same language as the server did.
   */
  async whenReady(): Promise<void> {
    const requested = matchLocale(requestedLanguage(this.host)) ?? sourceLocale;
    await Promise.all([loadLocale(requested), loadDates(requested)]);
  }

  /** Whether the rendered translation still waits for a medical reviewer's sign-off. */
  get unreviewed(): boolean {
    const info = localeInfoFor(this.locale);
    return !!info && !info.reviewed;
  }

  /**
   * Runs `read` with msg() answering in `locale` (the element's rendered locale by default; the
   * source locale, English, for names that must also match in English): each element renders
   * in its own language, whatever the page's other elements do.
   */
  inLocale<T>(read: () => T, locale: string = this.locale): T {
    return withLocale(locale, read);
  }

  hostConnected(): void {
    ensureLocalization();
    controllers.add(this);
    observe(this.host.ownerDocument.documentElement);
    const root = this.host.getRootNode();
    if (root instanceof ShadowRoot) observe(root);
    this.refresh();
  }

  hostDisconnected(): void {
    controllers.delete(this);
  }

  /** Re-reads the page's languages; re-renders only when the answer changed. */
  refresh(): void {
    const next = matchLocale(requestedLanguage(this.host)) ?? sourceLocale;
    if (next !== this.requested || this.dir !== this.renderedDir) {
      this.requested = next;
      this.renderedDir = this.dir;
      this.host.requestUpdate();
    }
    // English renders at once (its dates update if bundled ones were needed); a translation
    // waits for both, so a Welsh sentence never shows an English date.
    if (!isLocaleReady(next) || !datesReady(next)) {
      void Promise.all([loadLocale(next), loadDates(next)]).then(([ok]) => {
        if (ok && this.requested === next) this.host.requestUpdate();
      });
    }
  }
}
