// Parses ../shared/source/facts.md (served as /__shared/ by web-test-runner.config.mjs).

export interface FactSheet {
  /** Every fact ID on the sheet. */
  ids: Set<string>;
  /** IDs in a section whose heading says **must**. */
  must: Set<string>;
  /** Rendered-text anchors per fact ID (case-insensitive substrings). */
  anchors: Map<string, string[]>;
}

const cells = (line: string) =>
  line
    .split('|')
    .slice(1, -1)
    .map((c) => c.trim());

/** `D01–D21` → D01 … D21. */
function expandRange(spec: string): string[] {
  const m = /^([SDTH])(\d{2})[–-]([SDTH])(\d{2})$/.exec(spec);
  if (!m) return [spec];
  const out: string[] = [];
  for (let n = Number(m[2]); n <= Number(m[4]); n++)
    out.push(`${m[1]}${String(n).padStart(2, '0')}`);
  return out;
}

/** "mIBG / 131I-mIBG" → both; "isotretinoin (13-cis-retinoic acid)" → both. */
function termAnchors(term: string): string[] {
  const out: string[] = [];
  for (const part of term.split(' / ')) {
    const paren = /^(.*?)\s*\((.*)\)\s*$/.exec(part);
    if (paren) out.push(paren[1], paren[2]);
    else out.push(part);
  }
  return out.map((s) => s.trim()).filter(Boolean);
}

/** Registry IDs in a facts.md cell: NCT…, ISRCTN…, EudraCT numbers, IRAS numbers. */
export function registryIdsIn(cell: string): string[] {
  return [
    ...cell.matchAll(/\bNCT\d{8}\b|\bISRCTN\d{8}\b|\b\d{4}-\d{6}-\d{2}\b|(?<=IRAS )\d+/g),
  ].map((m) => m[0]);
}

export function parseFactSheet(md: string): FactSheet {
  const ids = new Set<string>();
  const must = new Set<string>();
  const anchors = new Map<string, string[]>();
  const termOf = new Map<string, string>();
  const registryOf = new Map<string, string[]>();
  let heading = '';
  const anchorRows: [string, string][] = [];
  for (const line of md.split('\n')) {
    if (line.startsWith('## ')) {
      heading = line;
      continue;
    }
    if (!line.startsWith('|')) continue;
    const row = cells(line);
    const section = /^## ([SDTH]) /.exec(heading)?.[1];
    if (section && new RegExp(`^${section}\\d{2}$`).test(row[0])) {
      ids.add(row[0]);
      if (heading.includes('**must**')) must.add(row[0]);
      if (section === 'D') termOf.set(row[0], row[1]);
      if (section === 'T') registryOf.set(row[0], registryIdsIn(row[2]));
    } else if (heading.startsWith('## Rendered-text anchors') && /^[SDTH]\d{2}/.test(row[0])) {
      anchorRows.push([row[0], row[1]]);
    }
  }
  for (const [spec, words] of anchorRows) {
    for (const id of expandRange(spec)) {
      if (/the term itself/i.test(words)) anchors.set(id, termAnchors(termOf.get(id) ?? ''));
      else if (/each registry ID/i.test(words)) anchors.set(id, registryOf.get(id) ?? []);
      else
        anchors.set(
          id,
          words
            .split(';')
            .map((w) => w.trim())
            .filter(Boolean),
        );
    }
  }
  return { ids, must, anchors };
}

export async function loadShared(path: string): Promise<string> {
  const res = await fetch(`/__shared/${path}`);
  if (!res.ok) throw new Error(`cannot load ../shared/${path} (${res.status})`);
  return res.text();
}
