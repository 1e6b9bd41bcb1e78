import { describe, expect, it } from 'vitest';
import {
  classifyTokenFile,
  compileGlob,
  hasCodeOrMediaExtension,
  isEncryptedFileName,
  isDataFileName,
  isKeyFileName,
  isSparedFile,
  mayHoldCredentials,
  type TokenFileKind,
  type TokenFileOptions,
} from '../../src/files/token-files.js';

/** The marker the string-shape analysis puts where part of a string is unknown. */
const HOLE = '\uFFFC';

const kindOf = (path: string, options?: TokenFileOptions): TokenFileKind | undefined => classifyTokenFile(path, options)?.kind;

describe('classifyTokenFile: plaintext token and credential files', () => {
  it.each<[string, TokenFileKind]>([
    ['token', 'token'],
    ['token.txt', 'token'],
    ['api-token', 'token'],
    ['api_token.txt', 'token'],
    ['apitoken', 'token'],
    ['access-token.json', 'token'],
    ['auth-token', 'token'],
    ['refresh_token', 'token'],
    ['.token', 'token'],
    ['github.token', 'token'],
    ['API_TOKEN.TXT', 'token'],
    ['apiToken.txt', 'token'],
    ['GitHubToken', 'token'],
    ['APITOKEN', 'token'],
    ['ApiKEY.txt', 'token'],
    ['api-token-prod.txt', 'token'],
    ['token2.txt', 'token'],
    ['token.txt.bak', 'token'],
    ['access-tokens.json', 'token'],
    ['msal_token_cache.json', 'token'],
    ['test-token.txt', 'token'],
    ['api_key', 'token'],
    ['api-key.txt', 'token'],
    ['apikey.json', 'token'],
    ['secret', 'credentials'],
    ['secrets', 'credentials'],
    ['secrets.json', 'credentials'],
    ['secret.txt', 'credentials'],
    ['secrets.local.json', 'credentials'],
    ['client_secret.json', 'credentials'],
    ['client_secret_1234-abcd.apps.googleusercontent.com.json', 'credentials'],
    ['credentials', 'credentials'],
    ['credentials.json', 'credentials'],
    ['.credentials', 'credentials'],
    ['creds.json', 'credentials'],
    ['auth.json', 'credentials'],
    ['aws-access-keys.csv', 'credentials'],
    ['password.txt', 'credentials'],
    ['passwords.json', 'credentials'],
    ['passphrase.txt', 'credentials'],
    ['.netrc', 'credentials'],
    ['_netrc', 'credentials'],
    ['.git-credentials', 'credentials'],
    ['.pgpass', 'credentials'],
    ['.npmrc', 'package-registry-credentials'],
    ['.pypirc', 'package-registry-credentials'],
    ['.yarnrc.yml', 'package-registry-credentials'],
    ['service-account.json', 'service-account'],
    ['service-account-key.json', 'service-account'],
    ['serviceAccountKey.json', 'service-account'],
    ['gcp-key.json', 'service-account'],
    ['my-app-firebase-adminsdk-ab12c-0123456789.json', 'service-account'],
    ['secret.key', 'private-key'],
    ['server.key', 'private-key'],
    ['monkey.key', 'private-key'],
    ['id_rsa', 'private-key'],
    ['id_ed25519', 'private-key'],
    ['id_ecdsa', 'private-key'],
    ['id_ed25519_sk', 'private-key'],
    ['private.pem', 'private-key'],
    ['private-key.pem', 'private-key'],
    ['key.pem', 'private-key'],
    ['privkey.pem', 'private-key'],
    ['ca-key.pem', 'private-key'],
    ['AuthKey_ABC123.p8', 'private-key'],
    ['encryption-key.txt', 'private-key'],
    ['.env.keys', 'private-key'],
    ['.env', 'dotenv'],
    ['.env.local', 'dotenv'],
    ['.env.production', 'dotenv'],
    ['.env.development.local', 'dotenv'],
    ['production.env', 'dotenv'],
  ])('reports "%s" as a %s file', (path, kind) => {
    expect(kindOf(path)).toBe(kind);
  });

  it('returns the base name and a description for the message', () => {
    expect(classifyTokenFile('/srv/app/config/api-token.txt')).toEqual({
      kind: 'token',
      description: 'a plaintext token file',
      baseName: 'api-token.txt',
      decidingPath: 'api-token.txt',
    });
    expect(classifyTokenFile('keys/id_rsa')?.description).toBe('a private key file');
    expect(classifyTokenFile('.env.local')?.description).toBe('a dotenv file');
    expect(classifyTokenFile('.npmrc')?.description).toBe('a package registry credentials file');
  });
});

describe('classifyTokenFile: names that are not token files', () => {
  it.each([
    // plain data and project files
    'config.json',
    'README.md',
    'data.csv',
    'package.json',
    'tsconfig.json',
    // tokenizers, design tokens, token lists
    'tokenizer.json',
    'tokenizer_config.json',
    'tokens.css',
    'tokens.json',
    'design-tokens.json',
    'design-token.json',
    'tokens.scss',
    'token-list.json',
    'tokenList.ts',
    // source modules
    'token.ts',
    'token.js',
    'tokens.ts',
    'token.mjs',
    'token.cjs',
    'token.jsx',
    'token.tsx',
    'token.d.ts',
    'token.js.map',
    'secrets.ts',
    'api-key.js',
    '.env.d.ts',
    // words that only look like secrets
    'secret-santa.csv',
    'secretary.txt',
    'keyboard.json',
    'keys.json',
    'oauth-config.json',
    'password-policy.json',
    // public keys and certificates
    'id_rsa.pub',
    'server.pub',
    'cert.pem',
    'ca.pem',
    'fullchain.pem',
    'chain.pem',
    'certificate.pem',
    'server.pem',
    'server.crt',
    'root.cer',
    'public.pem',
    'public-key.pem',
    'public.key',
    // templates, samples and schemas
    '.env.example',
    '.env.sample',
    '.env.template',
    '.env.defaults',
    '.env.schema',
    '.env.dist',
    '.envrc',
    'token.schema.json',
    'credentials.example.json',
    'secrets.sample.json',
    'api-token.template.txt',
    'fake-token.txt',
    // documents and media
    'token.md',
    'secrets.html',
    'token.png',
    'credentials.svg',
    // not a file name at all
    '',
    'config/',
    '.',
    '..',
    '~',
  ])('does not report "%s"', (path) => {
    expect(classifyTokenFile(path)).toBeUndefined();
  });
});

describe('encrypted files', () => {
  it.each([
    'token.txt.enc',
    'api-token.encrypted',
    'token.gpg',
    'credentials.json.pgp',
    'secrets.age',
    'token.txt.asc',
    '.env.vault',
    'passwords.kdbx',
    'client.p12',
    'server.pfx',
    'secrets.sops.yaml',
    'credentials.sops.json',
    'secrets.enc.json',
    'secrets.enc.yaml',
    'credentials.yml.enc',
    'encryptedToken.json',
    'secrets-encrypted.json',
    'private.key.gpg',
  ])('treats "%s" as encrypted and never as a plaintext token file', (path) => {
    expect(isEncryptedFileName(path)).toBe(true);
    expect(classifyTokenFile(path)).toBeUndefined();
    expect(isKeyFileName(path)).toBe(false);
  });

  it.each(['token.txt', 'secrets.json', 'enc.json', 'vault.json', 'token.sealed', 'secrets.\uFFFC', 'encryption-key.txt', ''])(
    'does not treat "%s" as encrypted',
    (path) => {
      expect(isEncryptedFileName(path)).toBe(false);
    },
  );

  it.each([
    [['.sealed'], 'token.sealed'],
    [['sealed'], 'secrets.sealed.json'],
    [['.SEALED'], 'Token.Sealed'],
    [['.locked.v2'], 'secrets.locked.v2'],
  ])('treats the extra extensions %j as encrypted in "%s"', (extensions, path) => {
    expect(isEncryptedFileName(path)).toBe(false);
    expect(isEncryptedFileName(path, extensions)).toBe(true);
  });
});

describe('isKeyFileName', () => {
  it.each([
    'secret.key',
    'server.key',
    'master.key',
    'aes.key',
    '.key',
    'config/master.key',
    'id_rsa',
    'id_ed25519',
    'id_rsa_work',
    'private.pem',
    'private-key.pem',
    'key.pem',
    'encryption-key.txt',
    'decryption_key',
    'masterKey.bin',
    'key.txt',
    'keyfile',
    'passphrase.txt',
    '.env.keys',
    `${HOLE}.key`,
  ])('says "%s" is a key file', (path) => {
    expect(isKeyFileName(path)).toBe(true);
  });

  it.each([
    'id_rsa.pub',
    'server.pub',
    'cert.pem',
    'ca.pem',
    'fullchain.pem',
    'public.key',
    'public-key.pem',
    'public-key.txt',
    'server.crt',
    'keys.json',
    'keyboard.json',
    'api-key.txt',
    'token.txt',
    'key.ts',
    'secret.key.enc',
    `key.${HOLE}`,
    HOLE,
  ])('says "%s" is not a key file', (path) => {
    expect(isKeyFileName(path)).toBe(false);
  });
});

describe('path shapes with holes', () => {
  it.each<[string, TokenFileKind | undefined]>([
    [`${HOLE}/config/api-token.txt`, 'token'],
    [`${HOLE}.token`, 'token'],
    [`${HOLE}-token.txt`, 'token'],
    [`api-${HOLE}-token.txt`, 'token'],
    [`${HOLE}Token.txt`, 'token'],
    [`${HOLE}/secrets/${HOLE}.key`, 'private-key'],
    [`.env.${HOLE}`, 'dotenv'],
    [`.env.${HOLE}.local`, 'dotenv'],
    [`${HOLE}.env`, 'dotenv'],
    [`${HOLE}/keys/id_rsa`, 'private-key'],
    [HOLE, undefined],
    [`${HOLE}/${HOLE}`, undefined],
    [`config/${HOLE}`, undefined],
    [`${HOLE}.json`, undefined],
    [`${HOLE}.txt`, undefined],
    [`token.${HOLE}`, undefined],
    [`token${HOLE}`, undefined],
    [`token${HOLE}.json`, undefined],
    [`token-${HOLE}.txt`, undefined],
    [`id_rsa${HOLE}`, undefined],
    [`id_rsa_${HOLE}`, undefined],
    [`.env${HOLE}`, undefined],
    [`${HOLE}.pem`, undefined],
    [`${HOLE}.enc`, undefined],
  ])('reads "%s" as %s', (path, kind) => {
    expect(kindOf(path)).toBe(kind);
  });
});

describe('path spellings', () => {
  it.each<[string, TokenFileKind | undefined]>([
    ['C:\\app\\config\\api-token.txt', 'token'],
    ['C:\\Users\\dev\\.npmrc', 'package-registry-credentials'],
    ['.\\secrets\\credentials.json', 'credentials'],
    ['C:\\app\\config\\settings.json', undefined],
    ['file:///home/dev/app/token.txt', 'token'],
    ['FILE:///C:/app/.env', 'dotenv'],
    ['file:///home/dev/app/api%2Dtoken.txt', 'token'],
    ['file:///home/dev/app/token.txt?version=2#top', 'token'],
    ['file:///home/dev/app/%E0%A4%A.txt', undefined],
    ['file:///home/dev/app/', undefined],
    ['./token.txt', 'token'],
    ['../../secrets.json', 'credentials'],
    ['~/.netrc', 'credentials'],
    ['~/.ssh/id_ed25519', 'private-key'],
    ['./token.txt?raw', 'token'],
    ['/etc/app/config.json', undefined],
  ])('reads "%s" as %s', (path, kind) => {
    expect(kindOf(path)).toBe(kind);
  });

  it('keeps the original spelling of the base name', () => {
    expect(classifyTokenFile('C:\\App\\Config\\API_Token.TXT')?.baseName).toBe('API_Token.TXT');
  });
});

describe('options', () => {
  it.each<[string, TokenFileKind | undefined]>([
    ['own-api.cfg', 'token'],
    ['config/OWN-API.CFG', 'token'],
    ['vendor.auth', 'token'],
    ['own-api.cfg.bak', undefined],
    ['settings.cfg', undefined],
  ])('fileNames adds patterns: "%s" is %s', (path, kind) => {
    const options: TokenFileOptions = { fileNames: ['own-api.cfg', '*.auth'] };
    expect(kindOf(path)).toBeUndefined();
    expect(kindOf(path, options)).toBe(kind);
  });

  it('fileNames with a folder match the end of the path', () => {
    const options: TokenFileOptions = { fileNames: ['vendor/*.cfg'] };
    expect(kindOf('/srv/app/vendor/api.cfg', options)).toBe('token');
    expect(kindOf('/srv/app/other/api.cfg', options)).toBeUndefined();
  });

  it('fileNames does not override the encrypted forms', () => {
    expect(kindOf('own-api.cfg.gpg', { fileNames: ['own-api.cfg*'] })).toBeUndefined();
  });

  it.each<[string, string]>([
    ['test-token.txt', 'test-token.txt'],
    ['tests/test-token.txt', 'test-token.txt'],
    ['fixtures/token.txt', 'fixtures/**'],
    ['./fixtures/keys/id_rsa', 'fixtures/**'],
    [`${HOLE}/tests/fixtures/secrets.json`, 'fixtures/**'],
    ['C:\\app\\fixtures\\secrets.json', 'fixtures/**'],
    ['config/local-token.txt', '*-token.txt'],
    ['config/TOKEN.TXT', 'token.txt'],
    ['dev/token.txt', '/dev/*.txt'],
    ['/dev/token.txt', '/dev/*.txt'],
    ['a/b/c/.env', '**/.env'],
    ['seed/sample/token.txt', 'seed/**/token.?xt'],
  ])('allowedFiles stops "%s" from being reported by "%s"', (path, glob) => {
    expect(classifyTokenFile(path)).toBeDefined();
    expect(classifyTokenFile(path, { allowedFiles: [glob] })).toBeUndefined();
  });

  it.each<[string, string]>([
    ['src/token.txt', 'fixtures/**'],
    ['token.txt', 'test-token.txt'],
    ['prefixtures/token.txt', 'fixtures/**'],
    ['config/token.txt', '/dev/*.txt'],
    ['app/dev/token.txt', '/dev/*.txt'],
    ['a/token.txt', 'a/*/token.txt'],
  ])('allowedFiles still reports "%s" against "%s"', (path, glob) => {
    expect(classifyTokenFile(path, { allowedFiles: [glob] })).toBeDefined();
  });

  it.each<[string, TokenFileKind]>([
    ['.env.sealed', 'dotenv'],
    ['keys/id_rsa.sealed', 'private-key'],
    ['own-api.cfg.sealed', 'token'],
  ])('encryptedExtensions makes "%s" encrypted', (path, kind) => {
    const fileNames = ['own-api.cfg*'];
    expect(kindOf(path, { fileNames })).toBe(kind);
    expect(kindOf(path, { fileNames, encryptedExtensions: ['.sealed'] })).toBeUndefined();
    expect(kindOf(path, { fileNames, encryptedExtensions: ['.locked'] })).toBe(kind);
  });

  it('applies each options object only to its own calls', () => {
    const allowAll: TokenFileOptions = { allowedFiles: ['**'] };
    expect(classifyTokenFile('token.txt', allowAll)).toBeUndefined();
    expect(classifyTokenFile('token.txt', allowAll)).toBeUndefined();
    expect(kindOf('token.txt', {})).toBe('token');
    expect(kindOf('token.txt')).toBe('token');
  });

  it('ignores empty patterns', () => {
    const options: TokenFileOptions = { fileNames: ['', '  '], allowedFiles: [''], encryptedExtensions: ['', '.'] };
    expect(kindOf('token.txt', options)).toBe('token');
    expect(kindOf('readme.txt', options)).toBeUndefined();
  });
});

describe('compileGlob', () => {
  it.each<[string, string, boolean]>([
    ['token.txt', 'token.txt', true],
    ['token.txt', 'token.txt.bak', false],
    ['*.txt', 'token.txt', true],
    ['*.txt', '.txt', true],
    ['*.txt', 'dir/token.txt', false],
    ['*-token.*', 'api-token.json', true],
    ['*-token.*', 'api-token', false],
    ['token.?xt', 'token.txt', true],
    ['token.?xt', 'token.xt', false],
    ['a?c', 'a/c', false],
    ['fixtures/**', 'fixtures/a/b/token.txt', true],
    ['fixtures/**', 'fixtures/', true],
    ['fixtures/**', 'src/fixtures/token.txt', false],
    ['**/fixtures/**', 'src/fixtures/token.txt', true],
    ['**/fixtures/**', 'fixtures/token.txt', true],
    ['**/token.txt', 'token.txt', true],
    ['**/token.txt', 'a/b/token.txt', true],
    ['**/token.txt', 'a/btoken.txt', false],
    ['a/**/b', 'a/b', true],
    ['a/**/b', 'a/x/y/b', true],
    ['a/**/b', 'a/xb', false],
    ['**/**/**/b', 'b', true],
    ['a**', 'a/b/c', false],
    ['a**', 'abc', true],
    ['***.txt', 'a/b.txt', false],
    ['**', '', true],
    ['*', '', false],
    ['*.npmrc', '.npmrc', true],
    ['**/.secrets/*', 'app/.secrets/token', true],
    ['{dev,prod}/*.json', 'prod/secrets.json', true],
    ['?', '', false],
    ['', '', true],
    ['', 'a', false],
    ['Token.txt', 'token.txt', false],
  ])('"%s" on "%s" is %s', (glob, text, expected) => {
    expect(compileGlob(glob)(text)).toBe(expected);
  });

  it('can be called many times with the same matcher', () => {
    const matches = compileGlob('**/secrets/*.json');
    expect(matches('app/secrets/prod.json')).toBe(true);
    expect(matches('app/secrets/nested/prod.json')).toBe(false);
    expect(matches('secrets/dev.json')).toBe(true);
  });
});

describe('hostile inputs', () => {
  const ONE_MEGABYTE = 1024 * 1024;
  // No timing assertions: a matcher that backtracks exponentially never finishes these
  // inputs, so the test's own timeout is what fails.
  const timed = (work: () => unknown): void => {
    work();
  };

  it('matches a glob of 20k stars against a 1 MB text quickly', () => {
    const stars = '*'.repeat(20_000);
    const text = 'a'.repeat(ONE_MEGABYTE);
    let result: boolean | undefined;
    timed(() => {
      result = compileGlob(`${stars}b`)(text);
    });
    expect(result).toBe(false);
    expect(compileGlob(stars)(text)).toBe(true);
  });

  it('matches nothing with a glob longer than minimatch accepts', () => {
    expect(compileGlob('*'.repeat(100_000))('token.txt')).toBe(false);
  });

  it('matches alternating stars and letters against a 64 KB text without backtracking', () => {
    const glob = '*a'.repeat(20) + '*b';
    const text = `${'a'.repeat(ONE_MEGABYTE / 16)}c`;
    let result: boolean | undefined;
    timed(() => {
      result = compileGlob(glob)(text);
    });
    expect(result).toBe(false);
  });

  it('survives a glob of 20k repeated "**/" folders', () => {
    const matches = compileGlob(`${'**/'.repeat(20_000)}token.txt`);
    expect(matches('a/b/token.txt')).toBe(true);
    expect(matches('a/b/token.json')).toBe(false);
  });

  it('classifies a 1 MB path quickly, allowed globs included', () => {
    const path = `${'folder/'.repeat(ONE_MEGABYTE / 7)}token.txt`;
    const options: TokenFileOptions = { allowedFiles: ['fixtures/**', '*-token.txt', '**/x/**/y/*.txt'] };
    let kind: TokenFileKind | undefined;
    timed(() => {
      kind = kindOf(path, options);
    });
    expect(kind).toBe('token');
  });

  it('does not take a 1 MB base name for a file name', () => {
    const name = `${'a-'.repeat(ONE_MEGABYTE / 2)}token.txt`;
    timed(() => {
      expect(classifyTokenFile(name)).toBeUndefined();
      expect(isKeyFileName(`${name}.key`)).toBe(false);
      expect(isEncryptedFileName(`${name}.gpg`)).toBe(false);
    });
  });

  it('classifies a 255-character name, the longest a file system allows', () => {
    const name = `${'x'.repeat(255 - '-token.txt'.length)}-token.txt`;
    expect(name).toHaveLength(255);
    expect(kindOf(name)).toBe('token');
    expect(kindOf(`x${name}`)).toBeUndefined();
  });
});

describe('secret folders', () => {
  it.each<[string, TokenFileKind, string]>([
    [`${HOLE}/secrets/${HOLE}.json`, 'credentials', `secrets/${HOLE}.json`],
    ['secrets/stripe', 'credentials', 'secrets/stripe'],
    [`./secrets/${HOLE}`, 'credentials', `secrets/${HOLE}`],
    [`${HOLE}/.secrets/stripe.txt`, 'credentials', '.secrets/stripe.txt'],
    ['config/secrets/prod/db.yaml', 'credentials', 'secrets/prod/db.yaml'],
    [`secrets/${HOLE}/db.yaml`, 'credentials', `secrets/${HOLE}/db.yaml`],
    ['secrets/google/service.json', 'credentials', 'secrets/google/service.json'],
    [`${HOLE}/credentials/google.json`, 'credentials', 'credentials/google.json'],
    ['creds/github', 'credentials', 'creds/github'],
    [`${HOLE}/.config/app/keys/deploy`, 'private-key', 'keys/deploy'],
    ['keys/jwt.pem', 'private-key', 'keys/jwt.pem'],
    [`${HOLE}/private/${HOLE}.json`, 'credentials', `private/${HOLE}.json`],
    ['C:\\app\\secrets\\openai.txt', 'credentials', 'secrets/openai.txt'],
  ])('"%s" is a %s file, decided by "%s"', (path, kind, decidingPath) => {
    const match = classifyTokenFile(path);
    expect(match?.kind).toBe(kind);
    expect(match?.decidingPath).toBe(decidingPath);
  });

  it('does not show a long name after the folder', () => {
    expect(classifyTokenFile(`secrets/${'Ab3'.repeat(12)}.txt`)?.decidingPath).toBe(`secrets/${HOLE}.txt`);
    expect(classifyTokenFile(`secrets/${'Ab3'.repeat(12)}`)?.decidingPath).toBe(`secrets/${HOLE}`);
    expect(classifyTokenFile(`secrets/${'Ab3'.repeat(12)}/prod.txt`)?.decidingPath).toBe(`secrets/${HOLE}/prod.txt`);
    expect(classifyTokenFile('secrets/google-oauth-client.json')?.decidingPath).toBe('secrets/google-oauth-client.json');
  });

  it('names the folder in the description', () => {
    expect(classifyTokenFile('secrets/stripe.json')?.description).toBe('a plaintext file in a secrets folder');
    expect(classifyTokenFile('credentials/google.json')?.description).toBe('a plaintext file in a credentials folder');
    expect(classifyTokenFile('keys/deploy')?.description).toBe('a plaintext file in a keys folder');
    expect(classifyTokenFile('private/app.json')?.description).toBe('a plaintext file in a private folder');
  });

  it('lets a name that says what the file is speak first', () => {
    expect(classifyTokenFile('secrets/api-token.txt')?.description).toBe('a plaintext token file');
    expect(classifyTokenFile('secrets/api-token.txt')?.decidingPath).toBe('api-token.txt');
  });

  it.each([
    'keys/public.pem',
    'keys/public-key.json',
    'keys/jwks.json',
    `keys/${HOLE}.crt`,
    'keys/server.crt',
    'keys/cert.pem',
    'secrets/ca.crt',
    'secrets/ca.pem',
    'secrets/tls-chain.pem',
    'private/images/logo.png',
    'private/index.html',
    `private/${HOLE}`,
    `keys/${HOLE}`,
    `private/report.${HOLE}`,
    'secrets/index.ts',
    'secrets/README.md',
    'secrets/example.json',
    'credentials/schema.json',
    `secrets/${HOLE}.json.enc`,
    'secrets/prod.json.enc',
    'secrets/prod.sops.yaml',
    'secrets/prod.json.gpg',
    'secrets/prod.json.age',
    'config/app.json',
    'secretsauce/app.json',
    'src/components/private-route/routes.json',
    'secrets/a/b/c.json',
    `${HOLE}/${HOLE}.json`,
  ])('"%s" is not a token file', (path) => {
    expect(classifyTokenFile(path)).toBeUndefined();
  });

  it('honours allowedFiles for a file in a secret folder', () => {
    expect(classifyTokenFile('test/fixtures/secrets/app.json', { allowedFiles: ['fixtures/**'] })).toBeUndefined();
  });
});

describe('dot parts built at run time', () => {
  it.each<[string, TokenFileKind | undefined]>([
    [`secrets.${HOLE}.json`, 'credentials'],
    [`./config/token.${HOLE}.txt`, 'token'],
    [`credentials.${HOLE}.${HOLE}.json`, 'credentials'],
    [`config.${HOLE}.json`, undefined],
    [`secrets.${HOLE}`, undefined],
    [`${HOLE}.${HOLE}.json`, undefined],
  ])('"%s" is %s', (path, kind) => {
    expect(kindOf(path)).toBe(kind);
  });
});

describe('files judged by the keys taken from them', () => {
  it.each(['config.json', './settings.yaml', `${HOLE}/app.toml`, 'state.txt', 'creds.ini'])('"%s" is a data file', (path) => {
    expect(isDataFileName(path)).toBe(true);
  });

  it.each(['config.js', './settings', `config.${HOLE}`, 'logo.png', '.npmrc'])('"%s" is not a data file', (path) => {
    expect(isDataFileName(path)).toBe(false);
  });

  it('spares encrypted files and allowed files', () => {
    expect(isSparedFile('secrets.enc.json')).toBe(true);
    expect(isSparedFile('config.json.sealed', { encryptedExtensions: ['.sealed'] })).toBe(true);
    expect(isSparedFile('test/fixtures/session.json', { allowedFiles: ['fixtures/**'] })).toBe(true);
    expect(isSparedFile('/run/secrets/app.json')).toBe(true);
    expect(isSparedFile('config.json')).toBe(false);
    expect(isSparedFile('config.json', { allowedFiles: ['fixtures/**'] })).toBe(false);
  });

  it.each(['config.json', 'app.yaml', 'db.json', 'ci.json', `${HOLE}/settings.json`, 'settings.json'])('"%s" may hold credentials', (path) => {
    expect(mayHoldCredentials(path)).toBe(true);
  });

  it.each(['en.json', 'pt-BR.json', 'zh_Hant.yaml', 'locales/app.json', 'src/i18n/messages.json', 'schema.json', 'config.example.json', 'settings.sample.yaml', 'openapi.json', 'swagger.yaml', 'package.json'])(
    '"%s" holds labels or samples, not credentials',
    (path) => {
      expect(mayHoldCredentials(path)).toBe(false);
    },
  );
});

describe('secrets mounted by a container platform', () => {
  it.each(['/run/secrets/db_password', '/run/secrets/api-token', '/var/run/secrets/kubernetes.io/serviceaccount/token', '/run/secrets/credentials.json'])(
    '"%s" is not a file of the application',
    (path) => {
      expect(classifyTokenFile(path)).toBeUndefined();
    },
  );

  it('still reports the same names elsewhere', () => {
    expect(kindOf('/srv/app/secrets/db_password')).toBe('credentials');
    expect(kindOf('run/secrets/api-token')).toBe('token');
  });
});

describe('hasCodeOrMediaExtension', () => {
  it.each(['./client.js', '../lib/token.mjs', './secrets/index.ts', './styles.CSS', './logo.svg'])('takes %s for code or media', (path) => {
    expect(hasCodeOrMediaExtension(path)).toBe(true);
    // and no such module names a token file, whatever its name or folder
    expect(classifyTokenFile(path)).toBeUndefined();
  });

  it.each(['./credentials', './token.json', './.env', './secrets/github', '../keys/server.pem', './config.d/'])('leaves %s to the file rules', (path) => {
    expect(hasCodeOrMediaExtension(path)).toBe(false);
  });
});
