/// <reference types="vite/client" />
// custom-elements.json, written by `cem analyze` (npm start and npm run build run it first).
// Read by the docs tables (autodocs and the Theming page); absent → empty tables, no crash.

export interface CemItem {
  name: string;
  description?: string;
  summary?: string;
  default?: string;
  type?: { text: string };
  fieldName?: string;
  attribute?: string;
  kind?: string;
  privacy?: string;
  static?: boolean;
}

export interface CemDeclaration {
  name: string;
  tagName?: string;
  summary?: string;
  description?: string;
  attributes?: CemItem[];
  members?: CemItem[];
  events?: CemItem[];
  slots?: CemItem[];
  cssParts?: CemItem[];
  cssProperties?: CemItem[];
}

export interface CemManifest {
  modules: { path: string; declarations?: CemDeclaration[] }[];
}

const found = import.meta.glob<CemManifest>('../dist/custom-elements.json', {
  eager: true,
  import: 'default',
});

export const manifest: CemManifest | undefined = Object.values(found)[0];

/** Every custom element in the manifest, sorted by tag name. */
export function elements(m: CemManifest | undefined = manifest): CemDeclaration[] {
  return (m?.modules ?? [])
    .flatMap((mod) => mod.declarations ?? [])
    .filter((d): d is CemDeclaration & { tagName: string } => Boolean(d.tagName))
    .sort((a, b) => a.tagName!.localeCompare(b.tagName!));
}

export interface TokenRow {
  name: string;
  /** For a shared token, the shared words (theme.styles.ts); else the element's own description. */
  description: string;
  /** Whether every element follows it (read in `theme.styles.ts`). */
  shared: boolean;
  /** Elements whose JSDoc documents the token. */
  tags: string[];
  /** What each of those elements says it changes there. */
  uses: { tag: string; description: string }[];
  /** Style sources that read it (`theme.styles.ts` is shared by every element). */
  files: string[];
}

/** The style sheet every element includes: the tokens it reads are shared by all of them. */
export const SHARED_STYLES = 'theme.styles.ts';

// The style sources themselves, so a token used in CSS but documented nowhere still shows up.
const styleSources = import.meta.glob<string>(
  ['../src/**/*.styles.ts', '../src/internal/*.ts', '../src/common/*.ts'],
  {
    eager: true,
    query: '?raw',
    import: 'default',
  },
);

/** `--nb-*` tokens read in the source CSS (`var(--nb-…`), by file name. */
export function tokensInSource(
  sources: Record<string, string> = styleSources,
): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const [path, text] of Object.entries(sources)) {
    const file = path.split('/').at(-1)!;
    for (const [, name] of text.matchAll(/var\(\s*(--nb-[a-z0-9-]+)/g)) {
      const files = found.get(name) ?? [];
      if (!files.includes(file)) files.push(file);
      found.set(name, files);
    }
  }
  return found;
}

/**
 * Every `--nb-*` custom property: those any element documents (`@cssprop`), with the elements
 * that list it, plus any the style sources read without documenting (description left empty,
 * so the gap is visible on the Theming page rather than hidden).
 */
export function cssTokens(
  m: CemManifest | undefined = manifest,
  sources: Record<string, string> = styleSources,
): TokenRow[] {
  const rows = new Map<string, TokenRow>();
  const row = (name: string) => {
    const r = rows.get(name) ?? {
      name,
      description: '',
      shared: false,
      tags: [],
      uses: [],
      files: [],
    };
    rows.set(name, r);
    return r;
  };
  for (const el of elements(m)) {
    for (const p of el.cssProperties ?? []) {
      const r = row(p.name);
      if (!r.description && p.description) r.description = p.description;
      r.tags.push(el.tagName!);
      r.uses.push({ tag: el.tagName!, description: p.description ?? '' });
    }
  }
  for (const [name, files] of tokensInSource(sources)) row(name).files.push(...files);
  for (const r of rows.values()) {
    r.shared = r.files.includes(SHARED_STYLES);
    // The shared words are written once, in theme.styles.ts's JSDoc; the manifest gives them to
    // every element. A shared token without them shows as a gap (empty).
    if (r.shared) r.description = r.uses.find((u) => u.description)?.description ?? '';
  }
  return [...rows.values()].sort((a, b) => a.name.localeCompare(b.name));
}

export interface PartRow {
  tag: string;
  name: string;
  description: string;
}

/** Every `::part()` of every element. */
export function cssParts(m: CemManifest | undefined = manifest): PartRow[] {
  return elements(m).flatMap((el) =>
    (el.cssParts ?? []).map((p) => ({
      tag: el.tagName!,
      name: p.name,
      description: p.description ?? '',
    })),
  );
}

/** A Storybook argType row (the subset the docs table reads). */
export interface DocsArgType {
  name: string;
  description?: string;
  type?: { name: string; required: boolean };
  control?: false | { type: string };
  table: {
    category: string;
    type?: { summary: string };
    defaultValue?: { summary: string };
  };
}

/** The one public-API filter: no private, protected, static or method members. */
export function isPublicField(m: CemItem): boolean {
  return (
    m.kind === 'field' &&
    !m.static &&
    m.privacy !== 'private' &&
    m.privacy !== 'protected' &&
    !m.name.startsWith('_')
  );
}

/** The docs-table categories, in reading order; the smoke test checks a docs page shows each. */
export const DOCS_CATEGORIES = [
  'attributes',
  'properties',
  'events',
  'slots',
  'css shadow parts',
  'css custom properties',
] as const;

function controlFor(typeText: string | undefined): DocsArgType['control'] {
  if (!typeText) return false;
  if (/^boolean\b/.test(typeText)) return { type: 'boolean' };
  if (/^number\b/.test(typeText)) return { type: 'number' };
  if (/^string\b/.test(typeText)) return { type: 'text' };
  return false;
}

/**
 * Storybook's own custom-elements.json reader keys every row by bare name, so a part and an
 * attribute both called `hours` collide (the attribute vanished), drops the unnamed default
 * slot, and lists private fields. This reads the manifest itself: attributes (with their
 * property name), public properties that have no attribute, events, slots, `::part()`s and
 * `--nb-*` properties, each with its JSDoc description. Only attributes get controls.
 */
export function argTypesFor(
  tagName: string,
  m: CemManifest | undefined = manifest,
): Record<string, DocsArgType> {
  const el = elements(m).find((d) => d.tagName === tagName);
  if (!el) return {};
  const rows: DocsArgType[] = [];
  const summary = (text?: string) => (text ? { summary: text } : undefined);
  for (const a of el.attributes ?? []) {
    const field = a.fieldName && a.fieldName !== a.name ? ` Property: \`${a.fieldName}\`.` : '';
    rows.push({
      name: a.name,
      description: `${a.description ?? ''}${field}`.trim(),
      control: controlFor(a.type?.text),
      table: {
        category: 'attributes',
        type: summary(a.type?.text),
        // `null` is the field's initializer, not what the element does: unset, it says nothing.
        defaultValue: a.default === 'null' ? undefined : summary(a.default),
      },
    });
  }
  for (const p of (el.members ?? []).filter((x) => isPublicField(x) && !x.attribute)) {
    rows.push({
      name: p.name,
      description: p.description,
      control: false,
      table: { category: 'properties', type: summary(p.type?.text) },
    });
  }
  for (const e of el.events ?? []) {
    rows.push({
      name: e.name,
      description: e.description,
      control: false,
      table: { category: 'events' },
    });
  }
  for (const s of el.slots ?? []) {
    rows.push({
      name: s.name ? `slot="${s.name}"` : '(default slot)',
      description: s.description,
      control: false,
      table: { category: 'slots' },
    });
  }
  for (const p of el.cssParts ?? []) {
    rows.push({
      name: `::part(${p.name})`,
      description: p.description,
      control: false,
      table: { category: 'css shadow parts' },
    });
  }
  for (const p of el.cssProperties ?? []) {
    rows.push({
      name: p.name,
      description: p.description,
      control: false,
      table: { category: 'css custom properties', defaultValue: summary(p.default) },
    });
  }
  return Object.fromEntries(rows.map((r) => [r.name, r]));
}
