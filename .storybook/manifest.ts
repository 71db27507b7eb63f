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
  description: string;
  tags: string[];
}

/** Every `--nb-*` custom property any element documents, with the elements that read it. */
export function cssTokens(m: CemManifest | undefined = manifest): TokenRow[] {
  const rows = new Map<string, TokenRow>();
  for (const el of elements(m)) {
    for (const p of el.cssProperties ?? []) {
      const row = rows.get(p.name) ?? { name: p.name, description: p.description ?? '', tags: [] };
      if (!row.description && p.description) row.description = p.description;
      row.tags.push(el.tagName!);
      rows.set(p.name, row);
    }
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
