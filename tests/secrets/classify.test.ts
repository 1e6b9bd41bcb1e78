import { describe, expect, it } from 'vitest';
import { findSecrets, isTokenLike, type SecretPlace } from '../../src/secrets/classify.js';
import { TOKEN_FORMATS } from '../../src/secrets/formats.js';
import { ALPHABETS, brokenChecksumToken, createRandom, fakeToken, PARTIAL_MATCH_IDS, randomChars } from '../helpers/tokens.js';

const ALL_IDS = TOKEN_FORMATS.map((format) => format.id);
const CHECKSUM_IDS = TOKEN_FORMATS.filter((format) => format.checksum !== undefined).map((format) => format.id);
/** Tokens that are themselves URLs or query strings: embedding them in a URL query is not meaningful. */
const URL_SHAPED_IDS: ReadonlySet<string> = new Set([
  'slack-webhook-url',
  'microsoft-teams-webhook-url',
  'claude-code-session-url',
  'database-url',
  'url-credentials',
  'azure-sas-token',
  'private-key',
  // Its alphabet holds `&` and `=`: it cannot stand unencoded in a query.
  'django-insecure-secret-key',
]);

function random(seed: number, alphabet: string, length: number): string {
  return randomChars(createRandom(seed), alphabet, length);
}

describe('findSecrets: every catalog format', () => {
  it.each(ALL_IDS)('detects a generated %s token with its own format id', (id) => {
    const token = fakeToken(id);
    const findings = findSecrets(token, 'anywhere');
    expect(findings.map((f) => f.formatId)).toEqual([id]);
    const [finding] = findings;
    if (PARTIAL_MATCH_IDS.has(id)) {
      expect(finding?.value.length).toBeGreaterThan(20);
      expect(finding?.start).toBe(token.indexOf(finding?.value ?? '\u0000'));
    } else {
      expect(finding?.start).toBe(0);
      expect(finding?.value).toBe(token);
      expect(finding?.end).toBe(token.length);
    }
  });

  it.each(ALL_IDS)('detects %s tokens from several seeds', (id) => {
    for (const seed of [2, 3, 4, 5, 6]) {
      expect(findSecrets(fakeToken(id, seed), 'anywhere').map((f) => f.formatId), `seed ${seed}`).toEqual([id]);
    }
  });

  it.each(ALL_IDS)('reports the catalog name, env name and offsets of a %s token inside a longer string', (id) => {
    const token = fakeToken(id);
    const format = TOKEN_FORMATS.find((f) => f.id === id);
    const text = `const config = { value: "${token}" };`;
    const [finding, ...rest] = findSecrets(text, 'anywhere');
    expect(rest).toEqual([]);
    expect(finding?.kind).toBe(format?.name);
    expect(finding?.envName).toBe(format?.envName);
    // For partial matches (PEM BEGIN line, SAS sig=) the value sits inside the generated text.
    expect(finding?.start).toBe(text.indexOf(token) + token.indexOf(finding?.value ?? '\u0000'));
    expect(text.slice(finding?.start, finding?.end)).toBe(finding?.value);
  });

  it.each(ALL_IDS.filter((id) => !URL_SHAPED_IDS.has(id)))('finds a %s token in a URL query string at the right offset', (id) => {
    const token = fakeToken(id);
    const text = `https://api.example.com/v1/items?limit=10&access_token=${token}&page=2`;
    const findings = findSecrets(text, 'anywhere');
    expect(findings.map((f) => [f.formatId, f.start, f.value])).toEqual([[id, text.indexOf(token), token]]);
  });
});

describe('findSecrets: checksums', () => {
  it.each(CHECKSUM_IDS)('does not report a %s look-alike whose checksum fails as that provider', (id) => {
    const broken = brokenChecksumToken(id);
    expect(findSecrets(broken, 'anywhere')).toEqual([]);
    expect(findSecrets(broken, 'token-name').map((f) => f.formatId)).not.toContain(id);
  });

  it.each(CHECKSUM_IDS)('still treats a %s look-alike with a failed checksum as a generic secret under a token name', (id) => {
    expect(findSecrets(brokenChecksumToken(id), 'token-name').map((f) => f.formatId)).toEqual(['generic']);
  });

  it('reports a checksummed token even when it looks like a dummy to the heuristics', () => {
    // Checksums are certain: no placeholder heuristic applies to them.
    const token = fakeToken('github-classic-pat', 11);
    expect(findSecrets(token, 'anywhere')).toHaveLength(1);
  });
});

describe('findSecrets: positions and multiple occurrences', () => {
  it('finds every token in a text, in order, with exact offsets', () => {
    const a = fakeToken('github-classic-pat');
    const b = fakeToken('stripe-live-secret-key');
    const c = fakeToken('github-classic-pat', 9);
    const text = `GH=${a}\nSTRIPE=${b}\nGH2=${c}`;
    const findings = findSecrets(text, 'anywhere');
    expect(findings.map((f) => [f.formatId, f.start, f.end])).toEqual([
      ['github-classic-pat', 3, 3 + a.length],
      ['stripe-live-secret-key', text.indexOf(b), text.indexOf(b) + b.length],
      ['github-classic-pat', text.indexOf(c), text.indexOf(c) + c.length],
    ]);
  });

  it('gives the offset of a token after a Bearer scheme', () => {
    const token = fakeToken('github-oauth-token');
    const text = `Bearer ${token}`;
    expect(findSecrets(text, 'auth-header').map((f) => [f.formatId, f.start, f.end])).toEqual([['github-oauth-token', 7, 7 + token.length]]);
  });

  it('prefers a provider token inside URL credentials over the URL credentials', () => {
    const token = fakeToken('github-classic-pat');
    const text = `https://x-access-token:${token}@github.com/acme/app.git`;
    expect(findSecrets(text, 'anywhere').map((f) => [f.formatId, f.start])).toEqual([['github-classic-pat', text.indexOf(token)]]);
  });

  it('reports the account key rather than the connection string when the key carries the identifiable signature', () => {
    const key = fakeToken('azure-storage-account-key');
    const text = `DefaultEndpointsProtocol=https;AccountName=acme;AccountKey=${key};EndpointSuffix=core.windows.net`;
    expect(findSecrets(text, 'anywhere').map((f) => f.formatId)).toEqual(['azure-storage-account-key']);
  });

  it('reports database URLs with a path and query, ending the value at the host and port', () => {
    const url = fakeToken('database-url');
    const text = `${url}/orders?sslmode=require`;
    expect(findSecrets(text, 'anywhere').map((f) => f.value)).toEqual([url]);
  });

  it('does not report a sig= parameter without an sv= version in the same query', () => {
    const sig = encodeURIComponent(random(5, ALPHABETS.base64, 43) + '=');
    expect(findSecrets(`https://hooks.example.com/callback?sig=${sig}&ts=1700000000`, 'anywhere')).toEqual([]);
    expect(findSecrets(`sv=2022-11-02 other text sig=${sig}`, 'anywhere')).toEqual([]);
  });

  it('reports a SAS signature whose sig parameter comes first', () => {
    const sig = encodeURIComponent(random(5, ALPHABETS.base64, 43) + '=');
    const text = `https://acme.blob.core.windows.net/c/f.txt?sig=${sig}&se=2030-01-01&sp=r&sv=2022-11-02&sr=b`;
    expect(findSecrets(text, 'anywhere').map((f) => [f.formatId, f.start])).toEqual([['azure-sas-token', text.indexOf('sig=')]]);
  });
});

describe('findSecrets: near misses are not secrets anywhere', () => {
  const rand = createRandom(42);
  const cases: [string, string][] = [
    ['a long camelCase identifier', 'buildBookingMatchWhereClause'],
    ['the word tokenizer', 'tokenizer'],
    ['a UUID', '123e4567-e89b-42d3-a456-426614174000'],
    ['a git SHA', randomChars(rand, ALPHABETS.hex, 40)],
    ['a sha256 hex digest', randomChars(rand, ALPHABETS.hex, 64)],
    ['an sha512 integrity string', 'sha512-' + randomChars(rand, ALPHABETS.base64, 86) + '=='],
    ['a data URI', 'data:image/png;base64,' + randomChars(rand, ALPHABETS.base64, 120)],
    ['a URL without credentials', 'https://api.example.com/v1/users?page=2&sort=desc'],
    ['a URL with a user but no password', 'https://deploy@git.acme.io/repo.git'],
    ['a file path', '/usr/local/share/app/config/settings.production.json'],
    ['a placeholder', 'your-github-token-here'],
    ['a template placeholder', '${GITHUB_TOKEN}'],
    ['an env-var name', 'GITHUB_TOKEN'],
    ['prose', 'Please set your API token in the settings page before continuing.'],
    ['a Stripe publishable key', 'pk' + '_live_' + randomChars(rand, ALPHABETS.base62, 24)],
    ['an AWS user id (AIDA)', 'AI' + 'DA' + randomChars(rand, ALPHABETS.base32, 16)],
    ['an AWS key id with EXAMPLE in it', 'AK' + 'IA' + 'IOSFODNN7' + 'EXAMPLE'],
    ['a GitHub prefix inside a longer identifier', 'my' + 'ghp_' + randomChars(rand, ALPHABETS.base62, 36)],
    ['a Stripe key made of x', 'sk' + '_live_' + 'x'.repeat(24)],
    ['a PEM public key', '-----BEGIN ' + 'PUBLIC KEY-----\n' + randomChars(rand, ALPHABETS.base64, 64)],
    ['a bare PEM private key header constant', '-----BEGIN ' + 'RSA PRIVATE KEY-----'],
    ['a certificate', '-----BEGIN ' + 'CERTIFICATE-----\n' + randomChars(rand, ALPHABETS.base64, 64)],
    ['a JWT-shaped string whose header has no alg', Buffer.from('{"typ":"JWT"}').toString('base64url') + '.' + Buffer.from('{"sub":"1"}').toString('base64url') + '.' + randomChars(rand, ALPHABETS.base64url, 43)],
    ['a database URL with a placeholder password', 'postgres' + '://user:${DB_PASSWORD}@localhost:5432/app'],
    ['a database URL whose password is the user name', 'postgres' + '://postgres:postgres@localhost:5432/app'],
    ['a URL whose password is the word password', 'https' + '://admin:password@internal.acme.io'],
    ['a URL with a masked password', 'https' + '://admin:***@internal.acme.io'],
    ['a URL with an angle-bracket placeholder password', 'https' + '://admin:<password>@internal.acme.io'],
  ];

  it.each(cases)('ignores %s', (_title, value) => {
    expect(findSecrets(value, 'anywhere')).toEqual([]);
    expect(isTokenLike(value)).toBe(false);
  });

  // Under a token-ish name a bare hex digest, a random run after a prefix, or a JWT-shaped value
  // is a generic secret, so those near misses only hold anywhere.
  const notUnderNames = ['hex', 'SHA', 'prefix inside', 'JWT-shaped'];
  it.each(cases.filter(([title]) => !notUnderNames.some((word) => title.includes(word))))(
    'ignores %s even under a token-ish name',
    (_title, value) => {
      expect(findSecrets(value, 'token-name')).toEqual([]);
    },
  );
});

describe('findSecrets: generic high-entropy values', () => {
  const places: SecretPlace[] = ['token-name', 'auth-header', 'credential-option'];
  const generic: [string, string][] = [
    ['a 40-char base64 value (AWS secret key shape)', random(1, ALPHABETS.base64, 40)],
    ['a 32-char base62 value', random(2, ALPHABETS.base62, 32)],
    ['a 20-char base62 value', random(3, ALPHABETS.base62, 20)],
    ['a 32-char hex value', random(4, ALPHABETS.hex, 32)],
    ['a 40-char hex value (SHA-shaped)', random(5, ALPHABETS.hex, 40)],
    ['a 64-char hex value', random(6, ALPHABETS.hex, 64)],
  ];

  it.each(generic)('reports %s in token-ish places', (_title, value) => {
    for (const place of places) {
      const findings = findSecrets(value, place);
      expect(findings.map((f) => [f.formatId, f.start, f.end]), place).toEqual([['generic', 0, value.length]]);
      expect(findings[0]?.kind).toBe('high-entropy secret');
    }
  });

  it.each(generic)('does not report %s anywhere else', (_title, value) => {
    expect(findSecrets(value, 'anywhere')).toEqual([]);
  });

  it('does not take an error code in snake_case for a secret, abbreviations and all', () => {
    expect(findSecrets('token_claims_cnf_required_for_signedjwt', 'token-name')).toEqual([]);
    expect(findSecrets('TOKEN-BINDING-KEY-JWK-THUMBPRINT-MISMATCH', 'token-name')).toEqual([]);
    expect(findSecrets('q8zr_lmnpx_vbkt_wyhj_xkcd', 'token-name').map((f) => f.formatId)).toEqual(['generic']);
  });

  it('does not take a string with a run-time part (U+FFFC) for one generic secret', () => {
    expect(findSecrets('\uFFFCq8Zr2LmN4pX7vB1kT9wY3hJ6', 'token-name')).toEqual([]);
  });

  it('does not take an identifier wrapped in punctuation for a secret', () => {
    expect(findSecrets('?ExpressionBraceEnd', 'token-name')).toEqual([]);
    expect(findSecrets('#buildBookingMatchWhereClause!', 'token-name')).toEqual([]);
  });

  it('trims the value and reports trimmed offsets', () => {
    const value = random(7, ALPHABETS.base62, 32);
    expect(findSecrets(`  ${value}\n`, 'token-name').map((f) => [f.start, f.end])).toEqual([[2, 34]]);
  });

  it('strips a Bearer scheme in an auth header and reports the offsets of the credential', () => {
    const value = random(8, ALPHABETS.base64url, 40);
    expect(findSecrets(`Bearer ${value}`, 'auth-header').map((f) => [f.formatId, f.start, f.end, f.value])).toEqual([['generic', 7, 47, value]]);
  });

  it('reports Basic credentials that decode to user:password', () => {
    const encoded = Buffer.from('deploy:' + random(9, ALPHABETS.base62, 14)).toString('base64');
    expect(findSecrets(`Basic ${encoded}`, 'auth-header').map((f) => [f.formatId, f.start, f.value])).toEqual([['basic-auth', 6, encoded]]);
  });

  it.each([
    ['user:password', 'user:password'],
    ['a password equal to the user', 'admin:admin'],
    ['a template password', 'user:${PASSWORD}'],
  ])('does not report Basic credentials with %s', (_title, pair) => {
    expect(findSecrets(`Basic ${Buffer.from(pair).toString('base64')}`, 'auth-header')).toEqual([]);
  });

  it.each([
    ['a low-entropy value', 'aaaabbbbccccddddeeee'],
    ['a value with spaces', 'correct horse battery staple'],
    ['a short value', 'x9Fq2LmZ'],
    ['an identifier', 'defaultAccessTokenProvider'],
    ['a placeholder', 'replace-with-your-token'],
    ['a Bearer template', 'Bearer ${token}'],
    ['a UUID', '123e4567-e89b-42d3-a456-426614174000'],
  ])('does not report %s in a token-ish place', (_title, value) => {
    expect(findSecrets(value, 'token-name')).toEqual([]);
    expect(findSecrets(value, 'auth-header')).toEqual([]);
  });

  it('lets minEntropy raise the bar for generic values', () => {
    const value = random(10, ALPHABETS.hex, 32);
    expect(findSecrets(value, 'token-name')).toHaveLength(1);
    expect(findSecrets(value, 'token-name', { minEntropy: { hex: 4.5 } })).toEqual([]);
  });
});

describe('findSecrets: options', () => {
  it('suppresses a finding whose value is allowed', () => {
    const token = fakeToken('github-classic-pat');
    expect(findSecrets(`x=${token}`, 'anywhere', { allowedValues: [token] })).toEqual([]);
    expect(findSecrets(`x=${token}`, 'anywhere', { allowedValues: ['other'] })).toHaveLength(1);
  });

  it('suppresses findings matching an allowed pattern, whatever its flags', () => {
    const token = fakeToken('stripe-test-secret-key');
    expect(findSecrets(token, 'anywhere', { allowedPatterns: [/^sk_test_/g] })).toEqual([]);
    expect(findSecrets(token, 'anywhere', { allowedPatterns: [/^sk_test_/g] })).toEqual([]);
  });

  it('does not fall back to a generic finding when the provider token is allowed', () => {
    const token = fakeToken('github-classic-pat');
    expect(findSecrets(token, 'token-name', { allowedValues: [token] })).toEqual([]);
  });

  it('reports matches of additional patterns anywhere with their name and all offsets', () => {
    const text = 'acme_live_' + random(11, ALPHABETS.base62, 24) + ' and acme_live_' + random(12, ALPHABETS.base62, 24);
    const findings = findSecrets(text, 'anywhere', { additionalPatterns: [{ name: 'Acme API key', pattern: /acme_live_[0-9A-Za-z]{24}/ }] });
    expect(findings.map((f) => [f.kind, f.formatId, f.envName, f.start])).toEqual([
      ['Acme API key', 'custom', 'ACME_API_KEY', 0],
      ['Acme API key', 'custom', 'ACME_API_KEY', text.lastIndexOf('acme_live_')],
    ]);
  });
});

describe('findSecrets: performance sanity (no timing assertions)', () => {
  it('returns for a 2 MB string of a single character', () => {
    const text = 'a'.repeat(2 * 1024 * 1024);
    expect(findSecrets(text, 'anywhere')).toEqual([]);
    expect(findSecrets(text, 'token-name')).toEqual([]);
  });

  it('returns for a 2 MB string of random base64', () => {
    const text = random(13, ALPHABETS.base64, 2 * 1024 * 1024);
    expect(findSecrets(text, 'anywhere')).toEqual([]);
    // Over 1 KB a value is data, not one credential: no generic finding.
    expect(findSecrets(text, 'token-name')).toEqual([]);
    expect(findSecrets(text.slice(0, 64), 'token-name').map((f) => f.formatId)).toEqual(['generic']);
  });

  it('returns for 2 MB of repeated prefixes that never complete a token', () => {
    for (const unit of ['ghp_', 'ya29.', 'eyJ', 'https://a:', 'sk-', '1234567890:A', 'DefaultEndpointsProtocol=https;a=b;', 'sv=2020-01-01&a=b']) {
      const text = unit.repeat(Math.ceil((2 * 1024 * 1024) / unit.length));
      expect(findSecrets(text, 'anywhere'), unit).toEqual([]);
    }
  });

  it('handles 100,000 short literals', () => {
    let found = 0;
    for (let i = 0; i < 100_000; i++) found += findSecrets(`label-${i}`, 'anywhere').length;
    expect(found).toBe(0);
  });
});
