/**
 * Registers every nb- element with Lit's hydration support installed first, for pages whose nb-
 * elements were server-rendered (`nb-widgets/ssr`, `npx nb-widgets prerender`): they take over
 * the server's HTML without rendering it again. Must load before any other copy of Lit runs.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
export * from './index.js';
