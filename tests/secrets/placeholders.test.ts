import { describe, expect, it } from 'vitest';
import { isNonSecretValue, isPlaceholderPassword, looksLikeDummyToken, nonSecretReason } from '../../src/secrets/placeholders.js';
import { ALPHABETS, createRandom, fakeToken, randomChars } from '../helpers/tokens.js';
import { TOKEN_FORMATS } from '../../src/secrets/formats.js';

const random = (seed: number, alphabet: string, length: number): string => randomChars(createRandom(seed), alphabet, length);

describe('nonSecretReason', () => {
  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['Please paste your token here', 'prose'],
    ['${GITHUB_TOKEN}', 'template'],
    ['{{ api_token }}', 'prose'],
    ['{{api_token}}', 'template'],
    ['<token>', 'template'],
    ['<your-api-key>', 'template'],
    ['%s', 'template'],
    ['$API_KEY', 'template'],
    ['your-token-here', 'placeholder'],
    ['xxxxxxxxxxxxxxxxxxxx', 'placeholder'],
    ['sk_live_XXXXXXXXXXXXXXXX', 'placeholder'],
    ['********', 'placeholder'],
    ['changeme', 'placeholder'],
    ['TODO', 'placeholder'],
    ['dummy-secret-value', 'placeholder'],
    ['exampleToken123', 'placeholder'],
    ['sample_key', 'placeholder'],
    ['test', 'placeholder'],
    ['mock-api-key', 'placeholder'],
    ['fake-api-key', 'placeholder'],
    ['REDACTED', 'placeholder'],
    ['aaaaaaaaaaaaaaaaaaaa', 'repeated'],
    ['abababababababababab', 'repeated'],
    ['Zq0000000Zq', 'repeated'],
    ['abcdef1234567890abcdef', 'sequential'],
    ['qwerty987654', 'sequential'],
    ['GITHUB_TOKEN', 'env-name'],
    ['AWS_SECRET_ACCESS_KEY', 'env-name'],
    ['9c4e1b7a-3f6d-4a2e-8b5c-d7e0f1a29384', 'uuid'],
    ['123e4567-e89b-42d3-a456-426614174000', 'placeholder'],
    ['3fa85f64-5717-4562-b3fc-2c963f66afa6', 'placeholder'],
    ['pk.' + 'eyJ1Ijoi' + random(10, ALPHABETS.base64url, 40) + '.' + random(11, ALPHABETS.base64url, 22), 'public-id'],
    ['sha512-z4PhNX7vuL3xVChQ1m2AB9Yg5AULVxXcg/SpIdNs6c5H0NE8XYXysP+DGNKHfuwvY7kxvUdBeoGlODJ6+SfaPg==', 'hash'],
    ['sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08', 'hash'],
    ['$2b$12$KIXQ1mR0rW3aQe8Y7f1O6uVJ0uR6Q5Q7b1m2n3o4p5q6r7s8t9u0v', 'hash'],
    ['pk' + '_live_' + random(9, ALPHABETS.base62, 24), 'public-id'],
    ['data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAAB', 'data-uri'],
    ['https://api.example.com/v1/users?page=2', 'url'],
    ['https://admin:password@example.com', 'url'],
    ['mailto:security@example.com', 'url'],
    ['security@example.com', 'email'],
    ['/usr/local/etc/app.conf', 'path'],
    ['./config/secrets.json', 'path'],
    ['C:\\Users\\dev\\token.txt', 'path'],
    ['assets/icons/key.svg', 'path'],
    ['v1.2.3-beta.4', 'version'],
    ['20240101120000', 'number'],
    ['#ff00aa', 'code'],
    ['rgba(0,0,0,0.5)', 'code'],
    ['^[A-Za-z0-9]{32}$', 'code'],
    ['key=value&other=thing', 'code'],
    ['buildBookingMatchWhereClause', 'identifier'],
    ['user_profile_settings', 'identifier'],
    ['my-component-name', 'identifier'],
    ['com.acme.application', 'identifier'],
    ['application/json', 'identifier'],
    ['process.env.GITHUB_TOKEN', 'identifier'],
  ])('classifies %j as %s', (value, reason) => {
    expect(nonSecretReason(value)).toBe(reason);
    expect(isNonSecretValue(value)).toBe(true);
  });

  it('gives hex digests their own reason (they count as secrets under token-ish names)', () => {
    expect(nonSecretReason(random(1, ALPHABETS.hex, 40))).toBe('hex-digest');
    expect(nonSecretReason(random(2, ALPHABETS.hex, 64))).toBe('hex-digest');
  });

  it.each([
    ['random base64', random(3, ALPHABETS.base64, 40)],
    ['random base62', random(4, ALPHABETS.base62, 32)],
    ['random base64url', random(5, ALPHABETS.base64url, 43)],
    ['random mixed-case letters', random(6, ALPHABETS.letters, 24)],
    ['a URL with a real password', 'https' + '://deploy:' + random(7, ALPHABETS.base62, 20) + '@git.acme.io'],
  ])('does not excuse %s', (_title, value) => {
    expect(nonSecretReason(value)).toBeUndefined();
  });

  // Tokens shaped like URLs, versions (`v1.0-…`) or code (`a|b`, `name=value`) are found by the
  // format scan anywhere; this reading only judges values no format claims.
  const CODE_OR_URL_SHAPED = [
    'jwt',
    'private-key',
    'azure-sas-token',
    'azure-storage-connection-string',
    'slack-webhook-url',
    'microsoft-teams-webhook-url',
    'claude-code-session-url',
    'database-url',
    'url-credentials',
    'cloudflare-origin-ca-key',
    'facebook-app-access-token',
    'gitlab-session-cookie',
  ];
  it.each(TOKEN_FORMATS.filter((f) => !CODE_OR_URL_SHAPED.includes(f.id)).map((f) => f.id))(
    'does not excuse a generated %s token',
    (id) => {
      expect(isNonSecretValue(fakeToken(id))).toBe(false);
    },
  );

  it('returns for a 2 MB value', () => {
    expect(nonSecretReason('a'.repeat(2 * 1024 * 1024))).toBe('repeated');
    expect(nonSecretReason(random(8, ALPHABETS.base62, 2 * 1024 * 1024))).toBeUndefined();
  });
});

describe('looksLikeDummyToken', () => {
  it.each([
    ['an AWS example key id', 'AK' + 'IAIOSFODNN7' + 'EXAMPLE'],
    ['a run of x', 'sk' + '_live_' + 'x'.repeat(24)],
    ['a repeated run', 'gh' + 'p_' + '0'.repeat(36)],
    ['a sequential run', 'key-' + '0123456789abcdef'.repeat(2)],
    ['few distinct characters', 'dapi' + 'ab'.repeat(16)],
    ['a placeholder word', 'gl' + 'pat-your-token-goes-here'],
  ])('flags %s', (_title, token) => {
    expect(looksLikeDummyToken(token)).toBe(true);
  });

  it.each(TOKEN_FORMATS.filter((f) => f.checksum === undefined && f.validate === undefined).map((f) => f.id))('does not flag a generated %s token', (id) => {
    expect(looksLikeDummyToken(fakeToken(id))).toBe(false);
  });
});

describe('isPlaceholderPassword', () => {
  it.each(['password', 'Password', 'pass', 'pwd', 'secret', 'changeme', 'change_me', '***', 'xxx', '${DB_PASSWORD}', '<password>', '{{password}}', '%s', 'DB_PASSWORD', 'your-password'])(
    'treats %j as a placeholder',
    (password) => {
      expect(isPlaceholderPassword(password)).toBe(true);
    },
  );

  it.each(['hunter2', 'S3cure!Passw0rd#2024', 'q8Zr2LxP'])('treats %j as a real password', (password) => {
    expect(isPlaceholderPassword(password)).toBe(false);
  });
});
