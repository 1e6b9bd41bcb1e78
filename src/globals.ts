/**
 * Globals that call tracking follows. ESLint's ReferenceTracker only sees a global
 * (`fetch`, `require`, `console`) when the config declares it, so every shipped config
 * and the tests declare these, read-only.
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
