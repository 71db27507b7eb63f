/// <reference types="vite/client" />
// Fact coverage for the Content & sources docs page, read from the content modules themselves
// (every unit, glossary entry or trial names the fact IDs it states), so the page cannot drift.
import factSheet from '../facts/fact-sheet.json';

const modules = import.meta.glob<Record<string, unknown>>('../src/content/*.ts', { eager: true });

export interface FactCarrier {
  label: string;
  module: string;
  facts: string[];
}

function isCarrier(v: unknown): v is { facts: string[]; id?: string; key?: string } {
  return typeof v === 'object' && v !== null && Array.isArray((v as { facts?: unknown }).facts);
}

/** Every exported object with a `facts` list, also inside exported arrays and records. */
export function factCarriers(): FactCarrier[] {
  const found = new Map<object, FactCarrier>();
  const visit = (v: unknown, module: string, name: string, depth: number) => {
    if (isCarrier(v)) {
      if (!found.has(v))
        found.set(v, { label: v.id ?? v.key ?? name, module, facts: [...v.facts] });
      return;
    }
    if (depth >= 2 || typeof v !== 'object' || v === null) return;
    for (const [k, child] of Object.entries(v)) visit(child, module, `${name}.${k}`, depth + 1);
  };
  for (const [path, mod] of Object.entries(modules)) {
    const module = path.split('/').at(-1)!.replace(/\.ts$/, '');
    if (module === 'index') continue;
    for (const [name, value] of Object.entries(mod)) visit(value, module, name, 0);
  }
  return [...found.values()];
}

/** The fact sheet's IDs, from the repository's own copy (facts/fact-sheet.json). */
export const FACT_SHEET_IDS: string[] = factSheet.facts.map((f) => f.id);

/** For each fact ID on the sheet: the content that states it. */
export function factCoverage(): { id: string; carriers: FactCarrier[] }[] {
  const carriers = factCarriers();
  return FACT_SHEET_IDS.map((id) => ({
    id,
    carriers: carriers.filter((c) => c.facts.includes(id)),
  }));
}
