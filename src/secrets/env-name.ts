import { splitWords } from './names.js';

const ENV_NAME = /^[A-Z_][A-Z0-9_]*$/u;

/**
 * The environment variable a suggestion reads a secret from: the binding's own name in
 * SCREAMING_SNAKE_CASE (`ownApiToken` → `OWN_API_TOKEN`), else the provider's usual name.
 */
export function envVariableName(bindingName: string | undefined, fallback: string): string {
  if (bindingName !== undefined) {
    const candidate = splitWords(bindingName).join('_').toUpperCase();
    if (ENV_NAME.test(candidate)) return candidate;
  }
  return ENV_NAME.test(fallback) ? fallback : 'API_TOKEN';
}
