// The repository's own fact sheet (facts/fact-sheet.json, generated from the spec by
// scripts/content/facts-sync.mjs) and the source page's fingerprint, as the browser tests read them.
// web-test-runner serves the repository root, so a clone with nothing beside it has both.
import { copiedRuns } from '../scripts/content/lib/fingerprint.mjs';

export interface Fact {
  readonly id: string;
  readonly section: 'S' | 'D' | 'T' | 'G' | 'H';
  readonly must: boolean;
  readonly text: string;
  /** `source-page`, `registry`, `reference`, `ofcom`, `gov-uk` (the sheet's Provenance table). */
  readonly origins: readonly string[];
  /** Words a citing unit's rendered English must contain (case-insensitive). */
  readonly anchors: readonly string[];
  readonly term?: string;
  readonly registryIds?: readonly string[];
}

export interface FactSheet {
  /** Every fact ID on the sheet. */
  ids: Set<string>;
  /** IDs in a section whose heading says **must**. */
  must: Set<string>;
  /** Rendered-text anchors per fact ID (case-insensitive substrings). */
  anchors: Map<string, readonly string[]>;
  facts: Map<string, Fact>;
}

async function loadJson<T>(path: string): Promise<T> {
  const res = await fetch(`/facts/${path}`);
  if (!res.ok) throw new Error(`cannot load facts/${path} (${res.status})`);
  return (await res.json()) as T;
}

export async function loadFactSheet(): Promise<FactSheet> {
  const { facts } = await loadJson<{ facts: Fact[] }>('fact-sheet.json');
  return {
    ids: new Set(facts.map((f) => f.id)),
    must: new Set(facts.filter((f) => f.must).map((f) => f.id)),
    anchors: new Map(facts.map((f) => [f.id, f.anchors])),
    facts: new Map(facts.map((f) => [f.id, f])),
  };
}

/** A check for runs of 8 words copied from the source page (only their hashes are kept). */
export async function loadCopyCheck(): Promise<(text: string) => string[]> {
  const { hashes } = await loadJson<{ hashes: number[] }>('source-fingerprint.json');
  const known = new Set(hashes);
  return (text) => copiedRuns(text, known);
}
