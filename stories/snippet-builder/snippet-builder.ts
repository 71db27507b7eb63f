// <snippet-builder>: the Storybook page where a web editor picks an element, its attributes,
// language and theme, and copies everything to paste. The snippet comes from
// scripts/build/lib/snippets.mjs, the module the embed tests paste into blank pages, so what this page
// offers is what is tested. Storybook-only: not part of the package.
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { elements, type CemItem } from '../../.storybook/manifest.js';
import { localesConfig } from '../../.storybook/locales.js';
import { sri, version } from '../../.storybook/sri.js';
import { glossary } from '../../src/content/glossary.js';
import {
  DEFAULT_HELPLINE,
  EXAMPLE_ATTRIBUTES,
  elementFile,
  FILES,
  SELF_HOSTED_BASE,
  cdnBase,
  fullSnippet,
  telOf,
  type AttributeValue,
} from '../../scripts/build/lib/snippets.mjs';

/** Attributes whose values are a fixed list (the manifest names only their type). */
/** The file choice that stands for the chosen element's own file (`nb-<name>.js`). */
const ELEMENT_FILE = 'element';

const CHOICES: Record<string, readonly string[]> = {
  'risk-group': ['low', 'intermediate', 'high'],
  situation: ['relapsed', 'refractory'],
  status: ['all', 'recruiting', 'closed'],
  sort: ['status', 'name'],
  'heading-level': ['2', '3', '4', '5', '6'],
  dismissible: ['', 'remember'],
  term: glossary.map((e) => e.key),
};
const CHOICE_LABELS: Record<string, string> = { '': 'yes (a hide button)', remember: 'remember' };
/** Handled by their own controls, or not for a snippet (`open` is for screenshots). */
const NOT_OFFERED = new Set(['theme', 'open']);

type Hosting = 'self' | 'cdn';

export class SnippetBuilder extends LitElement {
  static override styles = css`
    :host {
      display: block;
      font:
        16px/1.5 system-ui,
        sans-serif;
      color: #1d1d1f;
      background: #fff;
      max-width: 60rem;
    }
    fieldset {
      border: 1px solid #6e6e7a;
      border-radius: 6px;
      margin: 0 0 1rem;
      padding: 0.5rem 1rem 1rem;
      min-width: 0;
    }
    legend {
      font-weight: 600;
      padding: 0 0.25rem;
    }
    .field {
      display: grid;
      gap: 0.25rem;
      margin-block: 0.75rem;
    }
    .field label,
    .check label {
      font-weight: 600;
    }
    .hint {
      color: #4a4a55;
      font-size: 0.9rem;
      margin: 0;
    }
    .warn {
      color: #8a2c00;
      margin: 0;
    }
    input[type='text'],
    select {
      font: inherit;
      padding: 0.25rem 0.4rem;
      max-width: 100%;
      border: 1px solid #6e6e7a;
      border-radius: 4px;
    }
    .row label {
      font-weight: 400;
    }
    .row {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1.25rem;
    }
    pre {
      background: #f4f4f6;
      border: 1px solid #c4c4cf;
      border-radius: 6px;
      padding: 0.75rem;
      /* Wrapped, not scrolled: a scrolling box would need to take keyboard focus. */
      white-space: pre-wrap;
      overflow-wrap: anywhere;
      margin: 0.5rem 0;
      font-size: 0.875rem;
    }
    button {
      font: inherit;
      padding: 0.4rem 1rem;
      border-radius: 6px;
      border: 2px solid #00617a;
      background: #00617a;
      color: #fff;
      cursor: pointer;
    }
    :focus-visible {
      outline: 3px solid #c2410c;
      outline-offset: 2px;
    }
  `;

  /** The element chosen first (each element's page links here with its tag). */
  @property() element = '';

  @state() private tag = '';
  @state() private values: Record<string, AttributeValue> = {};
  @state() private language = localesConfig.sourceLocale;
  @state() private theme = 'light';
  @state() private hosting: Hosting = 'self';
  @state() private file: string = FILES.split;
  @state() private base = SELF_HOSTED_BASE;
  @state() private copied = '';

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('element') || !this.tag) {
      const tags = elements().map((d) => d.tagName!);
      const wanted = this.element || new URLSearchParams(location.search).get('element') || '';
      this.choose(tags.includes(wanted) ? wanted : (tags[0] ?? ''));
    }
  }

  private choose(tag: string) {
    this.tag = tag;
    this.values = { ...(EXAMPLE_ATTRIBUTES[tag] ?? {}) };
    this.copied = '';
  }

  private get offered(): CemItem[] {
    return (elements().find((d) => d.tagName === this.tag)?.attributes ?? []).filter(
      (a) => !NOT_OFFERED.has(a.name),
    );
  }

  private get termLabel(): string | undefined {
    const entry = glossary.find((e) => e.key === this.values.term);
    if (!entry) return undefined;
    const base = this.language.split('-')[0];
    return entry.localeAliases[base]?.[0] ?? entry.key.replace(/-/g, ' ');
  }

  /** The snippet as it is now. */
  get snippet(): string {
    const base = this.hosting === 'cdn' ? cdnBase(version) : this.base || SELF_HOSTED_BASE;
    return fullSnippet({
      tag: this.tag,
      attributes: this.values,
      lang: this.language,
      theme: this.theme,
      termLabel: this.termLabel,
      base,
      file: this.scriptFile,
      integrity: sri[this.scriptFile],
    });
  }

  /** The file the snippet loads: the chosen build, or the chosen element's own file. */
  private get scriptFile(): string {
    return this.file === ELEMENT_FILE ? elementFile(this.tag) : this.file;
  }

  private set(name: string, value: AttributeValue) {
    this.values = { ...this.values, [name]: value };
    this.copied = '';
  }

  private async copy() {
    try {
      await navigator.clipboard.writeText(this.snippet);
      this.copied = 'Copied. Paste it into an HTML block on your page.';
    } catch {
      this.copied = 'Your browser did not allow copying: select the code and copy it yourself.';
    }
  }

  private attributeControl(a: CemItem) {
    const id = `attr-${a.name}`;
    const value = this.values[a.name];
    const described = a.description ? `${id}-hint` : undefined;
    const hint = a.description
      ? html`<p class="hint" id="${id}-hint">${a.description}</p>`
      : nothing;
    if (/^boolean/.test(a.type?.text ?? '')) {
      return html`<div class="field check">
        <span
          ><input
            type="checkbox"
            id=${id}
            aria-describedby=${ifDefined(described)}
            .checked=${value === true}
            @change=${(e: Event) => this.set(a.name, (e.target as HTMLInputElement).checked)}
          />
          <label for=${id}>${a.name}</label></span
        >
        ${hint}
      </div>`;
    }
    const choices = CHOICES[a.name];
    if (choices) {
      const current = value === undefined || value === null ? 'unset' : String(value);
      return html`<div class="field">
        <label for=${id}>${a.name}</label>
        <select
          id=${id}
          aria-describedby=${ifDefined(described)}
          @change=${(e: Event) => {
            const v = (e.target as HTMLSelectElement).value;
            this.set(a.name, v === 'unset' ? undefined : v);
          }}
        >
          ${
            a.name === 'term'
              ? nothing
              : html`<option value="unset" ?selected=${current === 'unset'}>(not set)</option>`
          }
          ${choices.map(
            (c) =>
              html`<option value=${c} ?selected=${current === c}>${CHOICE_LABELS[c] ?? c}</option>`,
          )}
        </select>
        ${hint}
      </div>`;
    }
    return html`<div class="field">
      <label for=${id}>${a.name}</label>
      <input
        type="text"
        id=${id}
        aria-describedby=${ifDefined(described)}
        .value=${typeof value === 'string' ? value : ''}
        @input=${(e: Event) => this.set(a.name, (e.target as HTMLInputElement).value || undefined)}
      />
      ${hint} ${this.attributeWarning(a.name)}
    </div>`;
  }

  /** Says what the element will do with a value it cannot use. */
  private attributeWarning(name: string) {
    const value = this.values[name];
    if (name === 'number' && typeof value === 'string' && value.trim() && !telOf(value))
      return html`<p class="warn">
        This is not a phone number the banner can call: it will show ${DEFAULT_HELPLINE.number}
        instead.
      </p>`;
    if (name === 'number' && value && !this.values.org)
      return html`<p class="warn">Also set <code>org</code>: who answers this number.</p>`;
    return nothing;
  }

  private radio<T extends string>(
    name: string,
    current: T,
    options: [T, string][],
    onPick: (v: T) => void,
  ) {
    return html`<div class="row">
      ${options.map(
        ([value, label]) =>
          html`<span
            ><input
              type="radio"
              name=${name}
              id="${name}-${value}"
              .checked=${current === value}
              @change=${() => {
                onPick(value);
                this.copied = '';
              }}
            />
            <label for="${name}-${value}">${label}</label></span
          >`,
      )}
    </div>`;
  }

  override render() {
    const tags = elements().map((d) => d.tagName!);
    if (!tags.length)
      return html`<p>
        No elements found: run <code>npm run build</code> (or <code>npm start</code>) so that
        <code>dist/custom-elements.json</code> exists.
      </p>`;
    const languages = [
      [localesConfig.sourceLocale, 'English'],
      ...Object.entries(localesConfig.locales ?? {})
        .filter(([, e]) => !e.pseudo)
        .map(([code, e]) => [code, `${e.name ?? code} (${code})`]),
    ];
    return html`
      <fieldset>
        <legend>1. Element</legend>
        <div class="field">
          <label for="tag">Element</label>
          <select
            id="tag"
            @change=${(e: Event) => this.choose((e.target as HTMLSelectElement).value)}
          >
            ${tags.map((t) => html`<option value=${t} ?selected=${t === this.tag}>&lt;${t}&gt;</option>`)}
          </select>
          <p class="hint">${elements().find((d) => d.tagName === this.tag)?.summary ?? ''}</p>
        </div>
      </fieldset>
      <fieldset>
        <legend>2. Attributes</legend>
        ${this.offered.map((a) => this.attributeControl(a))}
        <div class="field">
          <label for="lang">Language</label>
          <select
            id="lang"
            @change=${(e: Event) => (this.language = (e.target as HTMLSelectElement).value)}
          >
            ${languages.map(
              ([code, name]) =>
                html`<option value=${code} ?selected=${code === this.language}>${name}</option>`,
            )}
          </select>
          <p class="hint">
            Sets <code>lang</code> on the element. Leave it English when your page's own
            <code>lang</code> already says the language: the widgets follow it.
          </p>
        </div>
        <div class="field" role="group" aria-labelledby="theme-label">
          <span class="field-label" id="theme-label"><strong>Theme</strong></span>
          ${this.radio(
            'theme',
            this.theme,
            [
              ['light', 'light (default)'],
              ['dark', 'dark'],
              ['auto', 'auto: follows the reader’s system'],
            ],
            (v) => (this.theme = v),
          )}
        </div>
      </fieldset>
      <fieldset>
        <legend>3. Where the script comes from</legend>
        ${this.radio<Hosting>(
          'hosting',
          this.hosting,
          [
            ['self', 'Your own site (the release zip’s nb-widgets folder)'],
            ['cdn', 'npm CDN (jsDelivr)'],
          ],
          (v) => (this.hosting = v),
        )}
        ${
          this.hosting === 'self'
            ? html`<div class="field">
                <label for="base">Folder on your site</label>
                <input
                  type="text"
                  id="base"
                  .value=${this.base}
                  @input=${(e: Event) => (this.base = (e.target as HTMLInputElement).value)}
                />
              </div>`
            : html`<p class="warn">
                The npm CDN address works once nb-widgets ${version} is published on npm. It is not
                yet: until then, host the files yourself.
              </p>`
        }
        ${this.radio(
          'file',
          this.file,
          [
            [FILES.split, `${FILES.split} (smallest; integrity covers this file only)`],
            [
              FILES.bundle,
              `${FILES.bundle} (every language in one file; integrity covers everything)`,
            ],
            [
              ELEMENT_FILE,
              `${elementFile(this.tag)} (only this element; keep the shared/ folder beside it)`,
            ],
            [
              FILES.autoloader,
              `${FILES.autoloader} (loads only the nb- elements the page has; keep shared/ beside it)`,
            ],
          ],
          (v) => (this.file = v),
        )}
      </fieldset>
      <h2>Your snippet</h2>
      ${
        sri[this.scriptFile]
          ? nothing
          : html`<p class="warn">
              No integrity value: <code>dist/cdn/sri.json</code> is missing. Run
              <code>npm run build</code> and reload.
            </p>`
      }
      <pre><code data-snippet>${this.snippet}</code></pre>
      <button type="button" @click=${this.copy}>Copy the snippet</button>
      <p role="status" class="hint">${this.copied}</p>
      <p class="hint">
        Put the <code>&lt;script&gt;</code> once per page (or once in your site's template); paste
        the element where it should appear. Keep the fallback inside it.
      </p>
    `;
  }
}

/**
 * Registers <snippet-builder>. A function, not an import side effect: package.json's
 * `sideEffects` list lets the bundler drop a bare `import './snippet-builder.js'` here.
 */
export function defineSnippetBuilder(): void {
  if (!customElements.get('snippet-builder'))
    customElements.define('snippet-builder', SnippetBuilder);
}

declare global {
  interface HTMLElementTagNameMap {
    'snippet-builder': SnippetBuilder;
  }
}
