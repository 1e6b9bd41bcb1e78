import { describe, expect, it } from 'vitest';
import { findSecrets } from '../../src/secrets/classify.js';
import { findEmbeddedSecrets } from '../../src/secrets/embedded-secrets.js';
import { ALPHABETS, createRandom, fakeToken, randomChars, randomUuid } from '../helpers/tokens.js';

// Values are generated at run time; test titles never carry one.
const secret = randomChars(createRandom(71), ALPHABETS.base62, 40);
const hexKey = randomChars(createRandom(72), ALPHABETS.hex, 40);
const passphrase = 'Xq7' + randomChars(createRandom(73), ALPHABETS.base62, 8) + '=?^' + randomChars(createRandom(74), ALPHABETS.base62, 6) + '*!';
const shortPassword = 'Tq9#' + randomChars(createRandom(75), ALPHABETS.letters, 6);
const accountKey = randomChars(createRandom(76), ALPHABETS.base64, 86) + '==';
const uuid = randomUuid(createRandom(77));

/** The values `findSecrets` reports in `text`, each checked against its offsets. */
function valuesIn(text: string): string[] {
  return findSecrets(text, 'anywhere').map((finding) => {
    expect(text.slice(finding.start, finding.end)).toBe(finding.value);
    return finding.value;
  });
}

describe('secrets in config snippets', () => {
  // The ways a `<name>Token` setting is written, after gitleaks' sample generator.
  const forms: [string, string][] = [
    ['ini, quoted', `apiToken="${secret}"`],
    ['ini, spaced and quoted', `apiToken = "${secret}"`],
    ['ini, bare', `apiToken=${secret}`],
    ['ini, spaced and bare', `apiToken = ${secret}`],
    ['JSON', `{\n    "api_token": "${secret}"\n}`],
    ['escaped JSON', `\\{\n    \\"api_token\\": \\"${secret}\\"\n\\}`],
    ['an XML element', `<apiToken>${secret}</apiToken>`],
    ['a multi-line XML element', `<apiToken>\n    ${secret}\n</apiToken>`],
    ['YAML, bare', `api_token: ${secret}`],
    ['YAML, single-quoted', `api_token: '${secret}'`],
    ['YAML, double-quoted', `api_token: "${secret}"`],
    ['a YAML literal block', `api_token: |\n  ${secret}`],
    ['a YAML folded block', `api_token: >\n  ${secret}`],
    ['C#', `string apiToken = "${secret}";`],
    ['Go, with a type', `var apiToken string = "${secret}"`],
    ['Go, short', `apiToken := "${secret}"`],
    ['Go, raw string', `apiToken := \`${secret}\``],
    ['Java', `String apiToken = "${secret}";`],
    ['Kotlin', `var apiToken = "${secret}"`],
    ['PHP, appending', `$apiToken .= "${secret}"`],
    ['PHP, an array entry', `'api_token' => '${secret}',`],
    ['Python', `apiToken = '${secret}'`],
    ['Logstash', `  "apiToken" => "${secret}"`],
    ['Make, recursive', `API_TOKEN = "${secret}"`],
    ['Make, simple', `API_TOKEN := "${secret}"`],
    ['Make, shell', `API_TOKEN ::= "${secret}"`],
    ['Make, evaluated shell', `API_TOKEN :::= "${secret}"`],
    ['Make, conditional', `API_TOKEN ?= "${secret}"`],
    ['Make, append', `API_TOKEN += "${secret}"`],
  ];

  it.each(forms)('reads a token written as %s', (_form, text) => {
    expect(valuesIn(text)).toEqual([secret]);
  });

  it.each([
    ['a numbered bot token', `bot_token1=${secret}`],
    ['a numbered access token', `ACCESS_TOKEN_2=${secret}`],
    ['a key that is a provider name', `cloudflare=${secret}`],
    ['a key that is a provider name, YAML style', `sendgrid: ${secret}`],
    ['a provider name with a number', `SENDGRID_2=${secret}`],
  ])('reads %s', (_title, text) => {
    expect(valuesIn(text)).toEqual([secret]);
  });

  it('reads every pair of a .env snippet, each at its own offset', () => {
    const text = `NODE_ENV=production\nDB_PASSWORD=${passphrase}\nPORT=8080\nSTRIPE_WEBHOOK=${secret}\n`;
    expect(valuesIn(text)).toEqual([passphrase]);
    const withToken = `NODE_ENV=production\nGITHUB_TOKEN=${secret}\nDEPLOY_KEY=${hexKey}\n`;
    expect(valuesIn(withToken)).toEqual([secret, hexKey]);
  });

  it('reads a passphrase with mixed punctuation under a password key', () => {
    expect(valuesIn(`spring.datasource.password=${passphrase}`)).toEqual([passphrase]);
    expect(valuesIn(`db_password: "${passphrase}"`)).toEqual([passphrase]);
  });

  it('reads a short mixed password under a password key in config text, not under other keys', () => {
    expect(valuesIn(`administrator_login_password = "${shortPassword}"`)).toEqual([shortPassword]);
    expect(valuesIn(`display_name = "${shortPassword}"`)).toEqual([]);
  });

  it('reads a UUID under a key name and leaves it under an id name', () => {
    expect(valuesIn(`heroku_api_key: ${uuid}`)).toEqual([uuid]);
    expect(valuesIn(`snykToken=${uuid}`)).toEqual([uuid]);
    expect(valuesIn(`requestId=${uuid}\ncorrelationId: ${uuid}\nuuid = "${uuid}"`)).toEqual([]);
  });

  it('names the provider when the key does', () => {
    expect(findSecrets(`HEROKU_API_KEY=${uuid}`, 'anywhere').map((f) => f.kind)).toEqual(['Heroku API key']);
  });
});

describe('secrets in XML attributes', () => {
  it('reads the value attribute after a credential name (NuGet ClearTextPassword)', () => {
    const xml = `<packageSourceCredentials>\n  <github>\n    <add key="Username" value="deploy" />\n    <add key="ClearTextPassword" value="${passphrase}" />\n  </github>\n</packageSourceCredentials>`;
    expect(valuesIn(xml)).toEqual([passphrase]);
  });

  it('reads a password attribute and a name/value property pair', () => {
    expect(valuesIn(`<datasource user="app" password="${passphrase}" />`)).toEqual([passphrase]);
    expect(valuesIn(`<property name="db.password" value="${passphrase}"/>`)).toEqual([passphrase]);
  });

  it('reads name/value pairs of a JSON or YAML env list', () => {
    expect(valuesIn(`[{"name": "API_TOKEN", "value": "${secret}"}]`)).toEqual([secret]);
    expect(valuesIn(`env:\n  - name: API_TOKEN\n    value: ${secret}\n`)).toEqual([secret]);
  });

  it('leaves the value of an ordinary setting alone', () => {
    expect(valuesIn(`<add key="CacheSize" value="${secret}" />`)).toEqual([]);
  });
});

describe('secrets in command lines', () => {
  it('reads curl -u user:password as Basic credentials', () => {
    const text = `curl -u deploy:${passphrase} https://api.example.com/v1/builds`;
    expect(findSecrets(text, 'anywhere').map((f) => [f.formatId, f.value])).toEqual([['basic-auth', `deploy:${passphrase}`]]);
    expect(valuesIn(`curl --user "deploy:${passphrase}" https://x.example.com`)).toEqual([`deploy:${passphrase}`]);
  });

  it('reads the value of an Authorization header option', () => {
    expect(valuesIn(`curl -H 'Authorization: Bearer ${secret}' https://api.example.com`)).toEqual([secret]);
    expect(valuesIn(`curl --header "X-Api-Key: ${secret}" https://api.example.com`)).toEqual([secret]);
  });

  it('reads --token and --password options, with = or a space', () => {
    expect(valuesIn(`vault login --token=${secret}`)).toEqual([secret]);
    expect(valuesIn(`deploy --api-token ${secret} --region eu`)).toEqual([secret]);
    expect(valuesIn(`mysql --password=${passphrase} --host db`)).toEqual([passphrase]);
  });

  it('reads an OpenShift token after oc login', () => {
    const token = fakeToken('openshift-user-token');
    expect(findSecrets(`oc login --token=${token} --server=https://api.ocp.example.com:6443`, 'anywhere').map((f) => f.formatId)).toEqual(['openshift-user-token']);
  });

  it('reads the password of docker login -p', () => {
    expect(valuesIn(`docker login -u ci -p ${passphrase} registry.example.com`)).toEqual([passphrase]);
  });

  it('leaves variables, placeholders and ports alone', () => {
    expect(valuesIn('curl -u $API_USER:$API_PASSWORD https://api.example.com')).toEqual([]);
    expect(valuesIn('curl -u admin:admin http://localhost:8080')).toEqual([]);
    expect(valuesIn('curl -u user:password https://example.com')).toEqual([]);
    expect(valuesIn('docker run -p 8080:80 -u 1000:1000 nginx')).toEqual([]);
    expect(valuesIn('docker login -u ci --password-stdin registry.example.com')).toEqual([]);
    expect(valuesIn(`curl -H "Authorization: Bearer $TOKEN" https://api.example.com`)).toEqual([]);
  });
});

describe('secrets in connection strings and .npmrc lines', () => {
  it('reads the password of an ADO.NET connection string', () => {
    expect(valuesIn(`Server=tcp:db.example.net,1433;Database=app;User ID=app;Password=${passphrase};Encrypt=True;`)).toEqual([passphrase]);
  });

  it('reads an Azure account key and a Service Bus shared access key', () => {
    expect(valuesIn(`AccountName=acme;AccountKey=${accountKey};EndpointSuffix=core.windows.net`)).toEqual([accountKey]);
    const storage = `DefaultEndpointsProtocol=https;AccountName=acme;AccountKey=${accountKey};EndpointSuffix=core.windows.net`;
    expect(findSecrets(storage, 'anywhere').map((f) => f.formatId)).toEqual(['azure-storage-connection-string']);
    const sasKey = randomChars(createRandom(78), ALPHABETS.base64, 43) + '=';
    expect(valuesIn(`Endpoint=sb://acme.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${sasKey}`)).toEqual([sasKey]);
  });

  it('reads .npmrc auth lines', () => {
    expect(valuesIn(`//registry.npmjs.org/:_authToken=${uuid}`)).toEqual([uuid]);
    const auth = btoa(`ci-bot:${passphrase}`);
    expect(findSecrets(`//npm.pkg.github.com/:_auth=${auth}`, 'anywhere').map((f) => [f.formatId, f.value])).toEqual([['basic-auth', auth]]);
  });

  it('leaves an .npmrc line that reads the environment alone', () => {
    expect(valuesIn('//registry.npmjs.org/:_authToken=${NPM_TOKEN}\nalways-auth=true')).toEqual([]);
  });

  it('reads Sidekiq Enterprise credentials in a bundler variable', () => {
    const credentials = randomChars(createRandom(79), ALPHABETS.hex, 8) + ':' + randomChars(createRandom(80), ALPHABETS.hex, 8);
    expect(findSecrets(`BUNDLE_ENTERPRISE__CONTRIBSYS__COM=${credentials}`, 'anywhere').map((f) => [f.formatId, f.value])).toEqual([['sidekiq-credentials', credentials]]);
  });
});

describe('Kubernetes Secret manifests', () => {
  const encoded = btoa(passphrase);
  // Entry names that are no credential words: a Secret makes every value of its data a secret.
  const manifest = `apiVersion: v1\nkind: Secret\nmetadata:\n  name: db\ntype: Opaque\ndata:\n  username: ${btoa('app')}\n  db-conn: ${encoded}\nstringData:\n  api-url: https://api.example.com\n  signing: ${passphrase}\n`;

  it('reads the data and stringData values of a Secret, whatever their names', () => {
    expect(findSecrets(manifest, 'anywhere').map((f) => [f.formatId, f.value])).toEqual([
      ['kubernetes-secret', encoded],
      ['kubernetes-secret', passphrase],
    ]);
  });

  it('leaves the same entries of a ConfigMap alone', () => {
    expect(valuesIn(manifest.replace('kind: Secret', 'kind: ConfigMap'))).toEqual([]);
  });

  it('reads a password entry of a ConfigMap by its name', () => {
    expect(valuesIn(`kind: ConfigMap\ndata:\n  db-password: ${passphrase}\n`)).toEqual([passphrase]);
  });

  it('leaves template references in a Secret alone', () => {
    expect(valuesIn('kind: Secret\ndata:\n  password: {{ .Values.password | b64enc }}\n')).toEqual([]);
  });
});

describe('text that only looks like a labelled secret', () => {
  it.each([
    ['prose about a password', 'Password: at least 12 characters, one digit and one symbol.'],
    ['a message naming a token', 'token: expired, sign in again to refresh your session'],
    ['a comparison in code', `if (token == "${secret}") return;`],
    ['an inequality', `password != "${passphrase}"`],
    ['a placeholder', 'API_TOKEN=<your-api-token>'],
    ['an environment reference', 'DB_PASSWORD=${DB_PASSWORD}'],
    ['a format string', 'Authorization: Bearer %s'],
    ['a URL without credentials', 'https://api.example.com/v1/token?grant_type=client_credentials'],
    ['an ordinary key', `cacheKey=${secret}`],
    ['a token type', 'token_type: bearer'],
    ['a public key setting', `NEXT_PUBLIC_API_KEY=${secret}`],
    ['a URL setting', 'TOKEN_URL=https://auth.example.com/oauth2/token'],
    ['a C++ scope', 'std::string password = getenv("DB_PASSWORD");'],
  ])('leaves %s alone', (_title, text) => {
    expect(valuesIn(text)).toEqual([]);
  });

  it('does not read a text longer than any config snippet', () => {
    const big = 'x'.repeat(300_000) + `\napi_token=${secret}\n`;
    expect(findEmbeddedSecrets(big)).toEqual([]);
  });

  it('reads each key once however many times it recurs', () => {
    const text = Array.from({ length: 50 }, (_, i) => `k${i}: v${i}`).join('\n') + `\napi_token: ${secret}`;
    expect(valuesIn(text)).toEqual([secret]);
  });
});
