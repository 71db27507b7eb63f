// The no-copying check without the source page: a text is cut into sentences and runs of 8
// consecutive words ("shingles"), each hashed. The repository keeps only the hashes of the source
// page's shingles (facts/source-fingerprint.json), so it can tell a copied run without holding
// the page's text. Plain ESM: Node scripts and the browser tests share it.

export const SHINGLE_WORDS = 8;

/** Lower-case words, curly apostrophes straightened, punctuation dropped. */
export function wordsOf(text) {
  return text
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/[^\p{L}\p{N}'\s]+/gu, ' ')
    .split(/\s+/)
    .map((w) => w.replace(/^'+|'+$/g, ''))
    .filter(Boolean);
}

/** Sentences (split at . ! ? line breaks and bullets), as word lists. */
export function sentenceWords(text) {
  return text
    .split(/(?<=[.!?])\s+|[\n•]+/)
    .map(wordsOf)
    .filter((w) => w.length > 0);
}

/** Every run of `n` consecutive words inside one sentence of `text`. */
export function shinglesOf(text, n = SHINGLE_WORDS) {
  const out = [];
  for (const s of sentenceWords(text))
    for (let i = 0; i + n <= s.length; i++) out.push(s.slice(i, i + n).join(' '));
  return out;
}

/** cyrb53: a fast 53-bit string hash (exact in a JSON number); not for security. */
export function hash53(str) {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < str.length; i++) {
    const ch = str.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** The fingerprint of a text: its shingles' hashes, sorted and unique. */
export function fingerprintOf(text, n = SHINGLE_WORDS) {
  return [...new Set(shinglesOf(text, n).map(hash53))].sort((a, b) => a - b);
}

/** The runs of `text` whose hash is in `fingerprint` (a set or array of hashes). */
export function copiedRuns(text, fingerprint, n = SHINGLE_WORDS) {
  const known = fingerprint instanceof Set ? fingerprint : new Set(fingerprint);
  return shinglesOf(text, n).filter((run) => known.has(hash53(run)));
}
