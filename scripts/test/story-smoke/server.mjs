// Story smoke, the server: the already built static Storybook (storybook-static/) on an
// ephemeral loopback port, through the harnesses' one static server (scripts/test/lib/static-server.mjs).
import { startServer } from '../lib/static-server.mjs';

/**
 * Serves `dir` at `/`: a directory answers with its index.html, and every answer is cacheable
 * within the run, so Chromium reuses parsed and compiled scripts across stories.
 * @param {string} dir  an absolute path
 */
export function serveStorybook(dir) {
  return startServer({ mounts: { '/': dir }, directoryIndex: true, cacheControl: 'max-age=600' });
}
