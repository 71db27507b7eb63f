// The harnesses' one static server (scripts/test/lib/static-server.mjs, used by the embed tests,
// story smoke and the benchmarks): generated pages with their own headers, mounted folders,
// nothing outside a mount, directories only where asked, and the summary reporter's count line.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { startServer } from '../../scripts/test/lib/static-server.mjs';
import summaryReporter from '../../scripts/test/lib/summary-reporter.mjs';

const dir = mkdtempSync(join(tmpdir(), 'nb-static-'));
after(() => rmSync(dir, { recursive: true, force: true }));
mkdirSync(join(dir, 'site/sub'), { recursive: true });
writeFileSync(join(dir, 'site/app.js'), 'export {};');
writeFileSync(join(dir, 'site/sub/index.html'), '<p>sub</p>');
writeFileSync(join(dir, 'secret.txt'), 'not served');

async function withServer(options, run) {
  const server = await startServer(options);
  try {
    await run(server, (path) => fetch(server.url + path));
  } finally {
    await server.close();
  }
}

test('a generated page comes with its own headers, a mounted file with its type and CORS', () =>
  withServer(
    {
      mounts: { '/files/': join(dir, 'site') },
      pages: new Map([['/page.html', { html: '<h1>hi</h1>', headers: { 'x-test': 'yes' } }]]),
    },
    async (server, get) => {
      const page = await get('/page.html');
      assert.equal(page.status, 200);
      assert.equal(page.headers.get('x-test'), 'yes');
      assert.equal(page.headers.get('cache-control'), 'no-store');
      assert.equal(await page.text(), '<h1>hi</h1>');
      const file = await get('/files/app.js');
      assert.equal(file.status, 200);
      assert.equal(file.headers.get('content-type'), 'text/javascript; charset=utf-8');
      assert.equal(file.headers.get('access-control-allow-origin'), '*');
      assert.deepEqual(
        server.requests.map((r) => `${r.status} ${r.path}`),
        ['200 /page.html', '200 /files/app.js'],
      );
    },
  ));

test('nothing outside a mount: unknown paths 404, escapes 403, bad escapes 400', () =>
  withServer({ mounts: { '/files/': join(dir, 'site') } }, async (_server, get) => {
    assert.equal((await get('/files/missing.js')).status, 404);
    assert.equal((await get('/elsewhere.js')).status, 404);
    assert.equal((await get('/files/..%2fsecret.txt')).status, 403);
    assert.equal((await get('/files/%E0%A4%A')).status, 400);
    // Browsers ask for it on every page: answered empty rather than logged as a failed request.
    assert.equal((await get('/favicon.ico')).status, 204);
  }));

test('a directory is 404 unless directoryIndex, then its index.html; cacheControl is sent', async () => {
  await withServer({ mounts: { '/': join(dir, 'site') } }, async (_server, get) => {
    assert.equal((await get('/sub/')).status, 404);
  });
  await withServer(
    { mounts: { '/': join(dir, 'site') }, directoryIndex: true, cacheControl: 'max-age=600' },
    async (_server, get) => {
      const index = await get('/sub/');
      assert.equal(index.status, 200);
      assert.equal(await index.text(), '<p>sub</p>');
      assert.equal(index.headers.get('cache-control'), 'max-age=600');
    },
  );
});

test('the summary reporter prints the runner totals as "N passed, N failed" (cancelled fail)', async () => {
  async function* events() {
    yield { type: 'test:pass', data: { nesting: 0, name: 'a' } };
    yield { type: 'test:diagnostic', data: { nesting: 1, message: 'pass 99' } };
    for (const message of ['tests 6', 'pass 3', 'fail 2', 'cancelled 1', 'skipped 0'])
      yield { type: 'test:diagnostic', data: { nesting: 0, message } };
  }
  const out = [];
  for await (const chunk of summaryReporter(events())) out.push(chunk);
  assert.equal(out.join('').trim(), '3 passed, 3 failed');
});
