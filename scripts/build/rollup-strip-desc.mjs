// Rollup plugin: drops the `desc:` translator notes from msg() options in shipped code. They are
// for XLIFF files (lit-localize reads them from the TypeScript source), not for readers' browsers.
const DESC =
  /,?\s*desc:\s*(?:'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|`(?:[^`\\$]|\\.)*`)\s*(?:,(?=\s*\w+\s*:))?/g;

export function stripMsgDesc() {
  return {
    name: 'strip-msg-desc',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('desc:')) return null;
      return { code: code.replace(DESC, ''), map: null };
    },
  };
}

// Also drops the reviewer-only fields of the glossary's references (`title`, `supports`: the page
// title and the phrase that supports an entry, kept in src/content/glossary-references.ts for
// clinical reviewers and tests, never rendered). What the credits render (name, url, accessed)
// stays.
const REVIEWER_FIELD =
  /\b(?:title|supports):\s*(?:'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"|`(?:[^`\\$]|\\.)*`)\s*,?/g;

export function stripReviewerNotes() {
  return {
    name: 'strip-reviewer-notes',
    transform(code, id) {
      if (!/\/src\/content\/glossary-references\.ts$/.test(id)) return null;
      return { code: code.replace(REVIEWER_FIELD, ''), map: null };
    },
  };
}
