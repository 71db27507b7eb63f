// A small static server for the embed tests: generated pages (each with its own response
// headers, e.g. a strict Content-Security-Policy) plus directories mounted under URL prefixes.
// Listens on an ephemeral port on 127.0.0.1 and records every request it answers.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
};

/**
 * @param {{ mounts: Record<string, string>, pages?: Map<string, { html: string, headers?: Record<string, string> }> }} options
 *   mounts: URL prefix (ending in `/`) → directory; pages: path → generated HTML and headers.
 */
export async function startServer({ mounts, pages = new Map() }) {
  /** @type {{ path: string, status: number }[]} */
  const requests = [];
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const send = (status, body, headers = {}) => {
      requests.push({ path, status });
      res.writeHead(status, { 'cache-control': 'no-store', ...headers });
      res.end(body);
    };
    if (path === '/favicon.ico') return send(204, '');
    const page = pages.get(path);
    if (page) return send(200, page.html, { 'content-type': TYPES['.html'], ...page.headers });
    const prefix = Object.keys(mounts).find((p) => path.startsWith(p));
    if (!prefix) return send(404, 'not found');
    const dir = mounts[prefix];
    const file = normalize(join(dir, path.slice(prefix.length)));
    if (file !== dir && !file.startsWith(dir.endsWith(sep) ? dir : dir + sep)) {
      return send(403, 'forbidden');
    }
    try {
      if (!(await stat(file)).isFile()) return send(404, 'not found');
      const body = await readFile(file);
      // Cross-origin-isolation is not needed; CORS lets `crossorigin` + `integrity` work.
      return send(200, body, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'access-control-allow-origin': '*',
      });
    } catch {
      return send(404, 'not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    pages,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve(undefined));
      }),
  };
}
