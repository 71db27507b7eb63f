// Reads the project's spec, shared/source/facts.md (beside the repository, not in it), into the
// structured fact sheet the repository keeps as facts/fact-sheet.json. Only
// scripts/content/facts-sync.mjs and the comparison test call this: nothing in `npm test` needs the spec.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The spec folder beside the repository (NB_SHARED_DIR overrides), or undefined when absent. */
export function specDir() {
  const dir =
    process.env.NB_SHARED_DIR ?? fileURLToPath(new URL('../../../../shared/', import.meta.url));
  return existsSync(`${dir}/source/facts.md`) ? dir.replace(/\/?$/, '/') : undefined;
}

const cells = (line) =>
  line
    .split('|')
    .slice(1, -1)
    .map((c) => c.trim());

/** `D01–D21` → D01 … D21. */
function expandRange(spec) {
  const m = /^([SDTGH])(\d{2})[–-]([SDTGH])(\d{2})$/.exec(spec);
  if (!m) return [spec];
  const out = [];
  for (let n = Number(m[2]); n <= Number(m[4]); n++)
    out.push(`${m[1]}${String(n).padStart(2, '0')}`);
  return out;
}

/** "mIBG / 131I-mIBG" → both; "isotretinoin (13-cis-retinoic acid)" → both. */
function termAnchors(term) {
  const out = [];
  for (const part of term.split(' / ')) {
    const paren = /^(.*?)\s*\((.*)\)\s*$/.exec(part);
    if (paren) out.push(paren[1], paren[2]);
    else out.push(part);
  }
  return out.map((s) => s.trim()).filter(Boolean);
}

/** Registry IDs in a facts.md cell: NCT…, ISRCTN…, EudraCT numbers, IRAS numbers. */
export function registryIdsIn(cell) {
  return [
    ...cell.matchAll(/\bNCT\d{8}\b|\bISRCTN\d{8}\b|\b\d{4}-\d{6}-\d{2}\b|(?<=IRAS )\d+/g),
  ].map((m) => m[0]);
}

/**
 * Where a fact comes from (the sheet's Provenance table): `source-page` (the Cancer Research UK
 * page), `registry` (trial registry records), `reference` (a named public reference), `ofcom`
 * (UK numbering guidance), `gov-uk` (published bank holidays). G facts take their origin column.
 */
function originsOf(id, originCell) {
  const prefix = id[0];
  if (prefix === 'S') return ['source-page'];
  if (prefix === 'T') return ['registry'];
  if (prefix === 'D') return ['reference'];
  if (prefix === 'H') return { H01: ['source-page'], H02: ['ofcom'], H03: ['gov-uk'] }[id] ?? [];
  const out = [];
  if (/\bS\d{2}\b/.test(originCell)) out.push('source-page');
  if (/reference|\bD\d{2}\b/i.test(originCell)) out.push('reference');
  return out;
}

/** Bank-holiday dates from the "Data: UK bank holidays" paragraph: `2020: 1 Jan, 10 Apr, …`. */
function bankHolidaysIn(text) {
  const months = [
    'Jan',
    'Feb',
    'Mar',
    'Apr',
    'May',
    'Jun',
    'Jul',
    'Aug',
    'Sep',
    'Oct',
    'Nov',
    'Dec',
  ];
  const out = [];
  for (const [, year, list] of text.matchAll(/\b(20\d\d): ([^.]+)\./g))
    for (const [, day, mon] of list.matchAll(/(\d{1,2}) ([A-Z][a-z]{2})/g))
      out.push(
        `${year}-${String(months.indexOf(mon) + 1).padStart(2, '0')}-${day.padStart(2, '0')}`,
      );
  return out;
}

/** Parses facts.md into the repository's fact sheet (see facts/README.md for the fields). */
export function parseFactSheet(md) {
  const lines = md.split('\n');
  const facts = new Map();
  const provenance = [];
  const statusWords = [];
  const anchorRows = [];
  const rules = [];
  const standards = [];
  let heading = '';
  let columns = [];
  let inParagraph = false;
  for (const line of lines) {
    const continues = inParagraph;
    inParagraph = line.trim() !== '' && !line.startsWith('|') && !line.startsWith('#');
    if (line.startsWith('## ') || line.startsWith('### ')) {
      heading = line.replace(/^#+ /, '');
      columns = [];
      continue;
    }
    if (!line.startsWith('|')) {
      const text = line.trim();
      if (!text) continue;
      if (heading.startsWith('Standards')) {
        if (text.startsWith('- ')) standards.push(text.slice(2));
        else if (standards.length) standards[standards.length - 1] += ` ${text}`;
      } else if (heading.startsWith('Data: UK bank holidays')) {
        const h03 = facts.get('H03') ?? {
          id: 'H03',
          section: 'H',
          must: false,
          text: '',
          origins: originsOf('H03', ''),
          anchors: [],
        };
        h03.text = `${h03.text} ${text}`.trim();
        h03.bankHolidays = { 'england-and-wales': bankHolidaysIn(h03.text) };
        facts.set('H03', h03);
      } else if (heading.startsWith('Provenance') || /^[SDTGH] — /.test(heading)) {
        if (continues && rules.length) rules[rules.length - 1].text += ` ${text}`;
        else rules.push({ section: heading, text });
      }
      continue;
    }
    const row = cells(line);
    if (/^-+$/.test(row[0]?.replace(/[: ]/g, '-') ?? '')) continue;
    if (columns.length === 0) {
      columns = row.map((c) => c.toLowerCase());
      continue;
    }
    const section = /^([SDTGH]) — /.exec(heading)?.[1];
    if (section && new RegExp(`^${section}\\d{2}$`).test(row[0])) {
      const id = row[0];
      const get = (name) => row[columns.indexOf(name)];
      const fact = {
        id,
        section,
        must: heading.includes('**must**'),
        text: get('fact') ?? get('what it is') ?? get('trial'),
        origins: originsOf(id, get('origin') ?? ''),
        anchors: [],
      };
      if (section === 'D' || section === 'G') fact.term = get('term');
      if (section === 'T')
        Object.assign(fact, {
          registryIds: registryIdsIn(get('registry ids')),
          registryText: get('registry ids'),
          sponsor: get('sponsor'),
          status: get('status (mar 2025)'),
          sourceFact: get('source fact'),
        });
      facts.set(id, fact);
    } else if (heading.startsWith('Provenance')) {
      provenance.push({ prefix: row[0], origin: row[1], credit: row[2] });
    } else if (heading.startsWith('Trial status words')) {
      statusWords.push({ shown: row[0], registryWords: row[1] });
    } else if (heading.startsWith('Rendered-text anchors') && /^[SDTGH]\d{2}/.test(row[0])) {
      anchorRows.push([row[0], row[1]]);
    }
  }
  for (const [spec, words] of anchorRows) {
    for (const id of expandRange(spec)) {
      const fact = facts.get(id);
      if (!fact) continue;
      if (/the term itself/i.test(words)) fact.anchors = termAnchors(fact.term ?? '');
      else if (/each registry ID/i.test(words)) fact.anchors = fact.registryIds ?? [];
      else
        fact.anchors = words
          .split(';')
          .map((w) => w.trim())
          .filter(Boolean);
    }
  }
  const reviewed =
    /Last reviewed (\d{1,2} \w{3} \d{4}); next\s+review due (\d{1,2} \w{3} \d{4})/.exec(
      md.replace(/\s+/g, ' '),
    );
  return {
    source: {
      publisher: 'Cancer Research UK',
      title: /— Cancer Research UK, "([^"]+)"/.exec(md.replace(/\s+/g, ' '))?.[1] ?? '',
      lastReviewed: reviewed?.[1] ?? '',
      nextReviewDue: reviewed?.[2] ?? '',
    },
    provenance,
    rules,
    statusWords,
    standards,
    facts: [...facts.values()].sort((a, b) => a.id.localeCompare(b.id)),
  };
}
