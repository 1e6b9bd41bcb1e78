import { describe, expect, it } from 'vitest';
import { findSecrets } from '../../src/secrets/classify.js';
import { TOKEN_FORMATS } from '../../src/secrets/formats.js';
import { fakeToken, GENERATOR_IDS, PARTIAL_MATCH_IDS } from '../helpers/tokens.js';

const byId = (id: string) => {
  const format = TOKEN_FORMATS.find((f) => f.id === id);
  if (format === undefined) throw new Error(id);
  return format;
};

describe('TOKEN_FORMATS catalog', () => {
  it('has at least 150 kinds with unique kebab-case ids', () => {
    const ids = TOKEN_FORMATS.map((f) => f.id);
    expect(ids.length).toBeGreaterThanOrEqual(150);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[\da-z]+(?:-[\da-z]+)*$/);
  });

  it('has a token generator for every entry, and none for an entry that is gone', () => {
    expect([...GENERATOR_IDS].sort()).toEqual(TOKEN_FORMATS.map((f) => f.id).sort());
  });

  it.each(TOKEN_FORMATS.map((f) => [f.id, f] as const))('%s names its source', (_id, format) => {
    expect(format.source.length).toBeGreaterThan(10);
  });

  it('is frozen, entry by entry', () => {
    expect(Object.isFrozen(TOKEN_FORMATS)).toBe(true);
    for (const format of TOKEN_FORMATS) {
      expect(Object.isFrozen(format), format.id).toBe(true);
      expect(Object.isFrozen(format.prefixes), format.id).toBe(true);
    }
  });

  it.each(TOKEN_FORMATS.map((f) => [f.id, f] as const))('%s has a sticky, non-global pattern and readable metadata', (_id, format) => {
    expect(format.pattern.sticky).toBe(true);
    expect(format.pattern.global).toBe(false);
    expect(format.provider).not.toBe('');
    expect(format.name).not.toBe('');
    expect(format.envName).toMatch(/^[A-Z][\dA-Z]*(?:_[\dA-Z]+)*$/);
    expect(format.minLength).toBeGreaterThanOrEqual(16);
  });

  it.each(TOKEN_FORMATS.map((f) => [f.id, f] as const))('%s has prefixes, or anchors when it has no fixed prefix', (_id, format) => {
    if (format.prefixes.length === 0) {
      expect(format.anchors?.length).toBeGreaterThan(0);
    } else {
      expect(format.anchors).toBeUndefined();
      for (const prefix of format.prefixes) expect(prefix.length).toBeGreaterThanOrEqual(2);
    }
  });

  it.each(TOKEN_FORMATS.map((f) => f.id))('a generated %s token starts with one of its prefixes (or holds its anchor) and is at least minLength', (id) => {
    const format = byId(id);
    const token = fakeToken(id);
    expect(token.length).toBeGreaterThanOrEqual(format.minLength);
    if (format.prefixes.length > 0) {
      const partial = PARTIAL_MATCH_IDS.has(id);
      expect(format.prefixes.some((prefix) => (partial ? token.includes(prefix) : token.startsWith(prefix)))).toBe(true);
    } else {
      expect(format.anchors?.some((a) => token.indexOf(a.marker) >= a.minOffset && token.indexOf(a.marker) <= a.maxOffset)).toBe(true);
    }
  });

  it.each(TOKEN_FORMATS.filter((f) => !PARTIAL_MATCH_IDS.has(f.id)).map((f) => f.id))('the %s pattern matches the whole generated token from lastIndex 0', (id) => {
    const pattern = new RegExp(byId(id).pattern.source, byId(id).pattern.flags);
    const token = fakeToken(id);
    pattern.lastIndex = 0;
    expect(pattern.exec(token)?.[0]).toBe(token);
  });

  it.each(TOKEN_FORMATS.map((f) => f.id).filter((id) => !['private-key', 'telegram-bot-token'].includes(id)))(
    'does not report a %s token glued inside a longer identifier run',
    (id) => {
      const token = fakeToken(id);
      const findings = findSecrets(`Z${token}Z`, 'anywhere');
      expect(findings.some((f) => f.formatId === id && f.value === token)).toBe(false);
    },
  );

  it('does not report a Telegram bot token whose id is glued to more digits', () => {
    expect(findSecrets('9' + fakeToken('telegram-bot-token'), 'anywhere')).toEqual([]);
  });

  it('reports a Telegram bot token inside the Bot API URL path', () => {
    const token = fakeToken('telegram-bot-token');
    const url = `https://api.telegram.org/bot${token}/getMe`;
    expect(findSecrets(url, 'anywhere').map((f) => [f.formatId, f.start])).toEqual([['telegram-bot-token', url.indexOf(token)]]);
  });

  it.each([
    ['a PUBLIC KEY header', '-----BEGIN ' + 'PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA'],
    ['a CERTIFICATE header', '-----BEGIN ' + 'CERTIFICATE-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA'],
  ])('does not treat %s as a private key', (_title, text) => {
    expect(findSecrets(text, 'anywhere')).toEqual([]);
  });

  it.each(['RSA ', 'EC ', 'DSA ', 'OPENSSH ', 'ENCRYPTED ', ''])('reports a %sPRIVATE KEY header followed by key material, also in a JSON-escaped string', (kind) => {
    const header = `-----BEGIN ${kind}PRIVATE KEY-----`;
    expect(findSecrets(`${header}\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC`, 'anywhere').map((f) => f.value)).toEqual([header]);
    expect(findSecrets(`{"private_key": "${header}\\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASC"}`, 'anywhere').map((f) => f.value)).toEqual([header]);
  });

  it('reports a PGP private key block', () => {
    const header = '-----BEGIN PGP ' + 'PRIVATE KEY BLOCK-----';
    expect(findSecrets(`${header}\n\nlQOYBF...`, 'anywhere').map((f) => f.formatId)).toEqual(['private-key']);
  });

  it('does not report a GitLab classic-length token that continues into a routable tail as the classic kind', () => {
    const routable = fakeToken('gitlab-pat-routable');
    expect(findSecrets(routable, 'anywhere').map((f) => f.formatId)).toEqual(['gitlab-pat-routable']);
  });
});

/** The prefix (or marker) of a format that a generated token holds, and where. */
function literalIn(id: string, token: string): { literal: string; at: number } {
  const format = byId(id);
  for (const literal of [...format.prefixes, ...(format.anchors ?? []).map((a) => a.marker)]) {
    const at = token.indexOf(literal);
    if (at >= 0) return { literal, at };
  }
  throw new Error(`no literal of ${id} in its generated token`);
}

describe('TOKEN_FORMATS look-alikes', () => {
  const ids = TOKEN_FORMATS.filter((f) => !PARTIAL_MATCH_IDS.has(f.id)).map((f) => f.id);

  it.each(ids)('does not report a %s look-alike whose prefix or marker is changed', (id) => {
    const token = fakeToken(id);
    const { literal, at } = literalIn(id, token);
    // Change the literal's last letter or digit (the one most specific to it).
    let index = at + literal.length - 1;
    while (index > at && !/[\dA-Za-z]/.test(token.charAt(index))) index--;
    const ch = token.charAt(index);
    const swapped = ch === 'q' ? 'j' : ch === 'Q' ? 'J' : /\d/.test(ch) ? 'q' : 'Q';
    const lookAlike = token.slice(0, index) + swapped + token.slice(index + 1);
    expect(findSecrets(lookAlike, 'anywhere').map((f) => f.formatId)).not.toContain(id);
  });

  it.each(ids.filter((id) => byId(id).checksum === undefined))('does not report a %s look-alike whose body is one repeated character', (id) => {
    const token = fakeToken(id);
    const { literal, at } = literalIn(id, token);
    // Every character outside the literal that is a letter, a digit or key punctuation becomes x.
    const fill = (part: string): string => part.replaceAll(/[\dA-Za-z!#$%&()*+=@^]/g, 'x');
    const dummy = fill(token.slice(0, at)) + literal + fill(token.slice(at + literal.length));
    expect(findSecrets(dummy, 'anywhere').map((f) => f.formatId)).not.toContain(id);
  });

  // Formats of a fixed length, or of a range a third shorter than the generated token cannot reach.
  const fixedLength = ids.filter((id) => Math.floor((fakeToken(id).length * 2) / 3) < byId(id).minLength);
  it.each(fixedLength)('does not report a %s token cut short by a third', (id) => {
    const token = fakeToken(id);
    const short = token.slice(0, Math.floor((token.length * 2) / 3));
    expect(findSecrets(short, 'anywhere').filter((f) => f.formatId === id && f.value.length > short.length * 0.9)).toEqual([]);
  });
});

describe('formats found in the forms the families are written in', () => {
  it('reads a Slack webhook over http and without a scheme', () => {
    const url = fakeToken('slack-webhook-url');
    for (const variant of [url.replace('https', 'http'), url.replace('https://', '')]) {
      expect(findSecrets(`notify: ${variant}`, 'anywhere').map((f) => [f.formatId, f.value])).toEqual([['slack-webhook-url', variant]]);
    }
  });

  it('reads the Fly.io tokens after FlyV1, each of a comma-separated pair', () => {
    const a = fakeToken('flyio-macaroon-token', 1);
    const b = fakeToken('flyio-macaroon-token', 2);
    const header = `Authorization: FlyV1 ${a},${b}`;
    expect(findSecrets(header, 'anywhere').map((f) => f.value)).toEqual([a, b]);
  });

  it('reads a Facebook app access token in a Graph API query', () => {
    const token = fakeToken('facebook-app-access-token');
    const url = `https://graph.facebook.com/debug_token?input_token=x&access_token=${token}`;
    expect(findSecrets(url, 'anywhere').map((f) => [f.formatId, f.value])).toEqual([['facebook-app-access-token', token]]);
  });

  it('does not take a table row of digits and a word for a Facebook token', () => {
    expect(findSecrets('1234567890123456|documentation_page_for_setup', 'anywhere')).toEqual([]);
  });

  it('reads short-tail legacy Slack tokens and versioned workspace tokens', () => {
    expect(findSecrets(fakeToken('slack-legacy-token'), 'anywhere').map((f) => f.formatId)).toEqual(['slack-legacy-token']);
    expect(findSecrets(fakeToken('slack-workspace-token'), 'anywhere').map((f) => f.formatId)).toEqual(['slack-workspace-token']);
  });

  it('does not take a word after xoxr- for a Slack token', () => {
    expect(findSecrets('see https://example.com/xoxr-documentation-page', 'anywhere')).toEqual([]);
  });

  it('does not take API- followed by upper-case words for an Octopus key', () => {
    expect(findSecrets('API-GATEWAYCONFIGURATIONERRORS', 'anywhere')).toEqual([]);
  });

  it('reads a Mailchimp key with a two-digit data center', () => {
    const token = fakeToken('mailchimp-api-key').replace(/-us\d+$/, '-us21');
    expect(findSecrets(`mailchimp.setConfig({ apiKey: "${token}" })`, 'anywhere').map((f) => f.value)).toEqual([token]);
  });
});

describe('client-side keys designed to ship', () => {
  const key = fakeToken('google-api-key');

  it('leaves the API key of a Firebase web config quiet', () => {
    const html = `<script>firebase.initializeApp({ apiKey: "${key}", authDomain: "acme-app.firebaseapp.com", projectId: "acme-app" });</script>`;
    expect(findSecrets(html, 'anywhere')).toEqual([]);
  });

  it('leaves a Google API key quiet under a key naming Firebase', () => {
    expect(findSecrets(key, 'token-name', {}, 'FIREBASE_API_KEY')).toEqual([]);
    expect(findSecrets(key, 'token-name', {}, 'NEXT_PUBLIC_FIREBASE_API_KEY')).toEqual([]);
  });

  it('leaves a Mapbox public token quiet and reports a secret one', () => {
    const secret = fakeToken('mapbox-secret-token');
    const publicToken = 'pk' + secret.slice(2);
    expect(findSecrets(`mapboxgl.accessToken = '${publicToken}';`, 'anywhere')).toEqual([]);
    expect(findSecrets(publicToken, 'token-name')).toEqual([]);
    expect(findSecrets(`const uploads = { token: '${secret}' };`, 'anywhere').map((f) => f.formatId)).toEqual(['mapbox-secret-token']);
  });

  it('still reports a Google API key elsewhere', () => {
    expect(findSecrets(key, 'token-name', {}, 'GOOGLE_MAPS_SERVER_KEY').map((f) => f.formatId)).toEqual(['google-api-key']);
    expect(findSecrets(`geocoder({ key: "${key}", region: "eu" })`, 'anywhere').map((f) => f.formatId)).toEqual(['google-api-key']);
  });
});
