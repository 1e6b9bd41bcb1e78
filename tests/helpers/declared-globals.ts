/**
 * Globals as a user's config may declare them (`globals.node`, `globals.browser`): the rules
 * must give the same findings with these declared as with no globals declared at all.
 */
export const TRACKED_GLOBALS: Readonly<Record<string, 'readonly'>> = Object.freeze({
  Buffer: 'readonly',
  Bun: 'readonly',
  Deno: 'readonly',
  Promise: 'readonly',
  Request: 'readonly',
  URL: 'readonly',
  URLSearchParams: 'readonly',
  XMLHttpRequest: 'readonly',
  __dirname: 'readonly',
  __filename: 'readonly',
  console: 'readonly',
  crypto: 'readonly',
  fetch: 'readonly',
  globalThis: 'readonly',
  module: 'readonly',
  process: 'readonly',
  require: 'readonly',
  window: 'readonly',
});
