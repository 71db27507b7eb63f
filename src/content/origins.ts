import type { FactId, Origin } from './types.js';

/**
 * The origin of each fact, as the fact sheet's Provenance table gives it: S facts come from the
 * Cancer Research UK page, T facts from trial registry records, D facts from a named public
 * reference; each G fact has its own origin column; H01 is S19, H02 Ofcom's guidance, H03
 * GOV.UK's bank-holiday lists. test/content.test.ts checks this table against facts/fact-sheet.json.
 */
const G_ORIGINS: Readonly<Record<string, readonly Origin[]>> = {
  G01: ['source-page'],
  G02: ['source-page'],
  G03: ['reference'],
  G04: ['reference'],
  G05: ['source-page'],
  G06: ['reference'],
  G07: ['source-page', 'reference'],
  G08: ['reference'],
};
const H_ORIGINS: Readonly<Record<string, readonly Origin[]>> = {
  H01: ['source-page'],
  H02: ['ofcom'],
  H03: ['gov-uk'],
};

/** The origins of one fact. */
export function originsOfFact(id: FactId): readonly Origin[] {
  switch (id[0]) {
    case 'S':
      return ['source-page'];
    case 'T':
      return ['registry'];
    case 'D':
      return ['reference'];
    case 'G':
      return G_ORIGINS[id] ?? [];
    default:
      return H_ORIGINS[id] ?? [];
  }
}

/** Every origin the given facts come from, in a stable order. */
export function originsOf(facts: Iterable<FactId>): Origin[] {
  const found = new Set<Origin>();
  for (const id of facts) for (const o of originsOfFact(id)) found.add(o);
  const order: Origin[] = ['source-page', 'registry', 'reference', 'ofcom', 'gov-uk'];
  return order.filter((o) => found.has(o));
}
