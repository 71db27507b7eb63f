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
