import { describe, expect, it } from 'vitest';
import { envVariableName } from '../../src/secrets/env-name.js';

describe('envVariableName', () => {
  it.each([
    ['ownApiToken', 'API_TOKEN', 'OWN_API_TOKEN'],
    ['client_secret', 'API_TOKEN', 'CLIENT_SECRET'],
    ['X-Api-Key', 'API_TOKEN', 'X_API_KEY'],
    ['APIKey', 'API_TOKEN', 'API_KEY'],
  ])('names the variable after the binding %s', (binding, fallback, expected) => {
    expect(envVariableName(binding, fallback)).toBe(expected);
  });

  it('falls back to the provider name without a binding, or when the binding gives no valid name', () => {
    expect(envVariableName(undefined, 'GITHUB_TOKEN')).toBe('GITHUB_TOKEN');
    expect(envVariableName('ключ', 'STRIPE_SECRET_KEY')).toBe('STRIPE_SECRET_KEY');
  });

  it('never suggests an invalid variable name', () => {
    expect(envVariableName(undefined, 'not valid')).toBe('API_TOKEN');
  });
});
