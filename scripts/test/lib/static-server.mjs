// The one static file server of the browser harnesses (embed tests, story smoke, benchmarks):
// generated pages (each with its own response headers, e.g. a strict Content-Security-Policy)
// plus directories mounted under URL prefixes. Listens on an ephemeral port on 127.0.0.1 (never
// reachable from outside) and records every request it answers.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

export const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * @typedef {object} ServerOptions
 * @property {Record<string, string>} mounts  URL prefix (ending in `/`) → directory
 * @property {Map<string, { html: string, headers?: Record<string, string> }>} [pages]
 *   path → generated HTML and its headers (looked up before the mounts)
 * @property {string} [cacheControl]  sent with every answer (default `no-store`)
 * @property {boolean} [directoryIndex]  a directory answers with its index.html (default: 404)
 * @property {boolean} [compress]  gzip text answers when the browser accepts it, as a CDN does
 *   (default: sent as they are; the benchmarks turn it on so bytes cost what they would)
 */

/** @param {ServerOptions} options */
export async function startServer({
  mounts,
  pages = new Map(),
  cacheControl = 'no-store',
  directoryIndex = false,
  compress = false,
}) {
  /** @type {{ path: string, status: number }[]} */
  const requests = [];
  const server = createServer(async (req, res) => {
    const raw = new URL(req.url ?? '/', 'http://x').pathname;
    let path = raw;
    const send = (status, body, headers = {}) => {
      requests.push({ path, status });
      const text = /^(text\/|application\/json|image\/svg)/.test(headers['content-type'] ?? '');
      if (compress && text && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
        body = gzipSync(body);
        headers = { ...headers, 'content-encoding': 'gzip', vary: 'accept-encoding' };
      }
      res.writeHead(status, { 'cache-control': cacheControl, ...headers });
      res.end(body);
    };
    try {
      path = decodeURIComponent(raw);
    } catch {
      return send(400, 'bad request');
    }
    const page = pages.get(path);
    if (page) return send(200, page.html, { 'content-type': MIME['.html'], ...page.headers });
    const prefix = Object.keys(mounts).find((p) => path.startsWith(p));
    const notFound = () =>
      path === '/favicon.ico'
        ? send(204, '')
        : send(404, 'not found', { 'content-type': MIME['.txt'] });
    if (!prefix) return notFound();
    const dir = mounts[prefix];
    let file = normalize(join(dir, path.slice(prefix.length)));
    if (file !== dir && !file.startsWith(dir.endsWith(sep) ? dir : dir + sep)) {
      return send(403, 'forbidden');
    }
    try {
      if ((await stat(file)).isDirectory()) {
        if (!directoryIndex) return notFound();
        file = join(file, 'index.html');
      }
      const body = await readFile(file);
      // CORS lets `crossorigin` + `integrity` work; cross-origin isolation is not needed.
      return send(200, body, {
        'content-type': MIME[extname(file)] ?? 'application/octet-stream',
        'access-control-allow-origin': '*',
      });
    } catch {
      return notFound();
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
