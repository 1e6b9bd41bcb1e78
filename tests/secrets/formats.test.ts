import { describe, expect, it } from 'vitest';
import { findSecrets } from '../../src/secrets/classify.js';
import { TOKEN_FORMATS } from '../../src/secrets/formats.js';
import { fakeToken, PARTIAL_MATCH_IDS } from '../helpers/tokens.js';

const byId = (id: string) => {
  const format = TOKEN_FORMATS.find((f) => f.id === id);
  if (format === undefined) throw new Error(id);
  return format;
};

describe('TOKEN_FORMATS catalog', () => {
  it('has at least 45 kinds with unique kebab-case ids', () => {
    const ids = TOKEN_FORMATS.map((f) => f.id);
    expect(ids.length).toBeGreaterThanOrEqual(45);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[\da-z]+(?:-[\da-z]+)*$/);
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
