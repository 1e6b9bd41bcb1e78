/**
 * Format-valid fake tokens, built at run time from a seeded PRNG, so that no credential-shaped
 * string is ever committed. One generator per catalog id: a catalog entry without a generator
 * makes `fakeToken` throw, and the catalog test fails.
 */
import { crc32, toBase62 } from '../../src/secrets/checksum.js';
import { TOKEN_FORMATS } from '../../src/secrets/formats.js';
import { KEYWORD_FORMATS } from '../../src/secrets/keyword-formats.js';

export const ALPHABETS = Object.freeze({
  hex: '0123456789abcdef',
  digits: '0123456789',
  base32: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567',
  base62: '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz',
  base64: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/',
  base64url: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_',
  letters: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz',
  upperAlnum: '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ',
  lowerAlnum: '0123456789abcdefghijklmnopqrstuvwxyz',
  entra: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._~-',
  bech32: 'QPZRY9X8GF2TVDW0S3JN54KHCE6MUA7L',
});

export type Random = () => number;

/** mulberry32: a small deterministic PRNG returning floats in [0, 1). */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `length` random characters of `alphabet`. No character repeats or continues a sequence of its
 * predecessor, so a generated token never looks like a dummy (`aaaaaa`, `abcdef`).
 */
export function randomChars(random: Random, alphabet: string, length: number): string {
  let out = '';
  let prev = -10;
  while (out.length < length) {
    const ch = alphabet.charAt(Math.floor(random() * alphabet.length));
    const code = ch.charCodeAt(0);
    if (Math.abs(code - prev) <= 1) continue;
    out += ch;
    prev = code;
  }
  return out;
}

function base64urlOf(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64url');
}

function githubStyle(prefix: string, r: Random): string {
  const body = randomChars(r, ALPHABETS.base62, 30);
  return prefix + body + toBase62(crc32(body), 6);
}

function cloudflareStyle(prefix: string, r: Random): string {
  const body = randomChars(r, ALPHABETS.base62, 40);
  return prefix + body + crc32(body).toString(16).padStart(8, '0');
}

/** `length` characters of `alphabet` holding at least one letter and one digit. */
function mixedChars(random: Random, alphabet: string, length: number): string {
  for (;;) {
    const value = randomChars(random, alphabet, length);
    if (/\d/.test(value) && /[A-Za-z]/.test(value)) return value;
  }
}

/** A random (version 4 layout) UUID in lower-case hex. */
export function randomUuid(random: Random): string {
  const hex = ALPHABETS.hex;
  return `${randomChars(random, hex, 8)}-${randomChars(random, hex, 4)}-4${randomChars(random, hex, 3)}-a${randomChars(random, hex, 3)}-${randomChars(random, hex, 12)}`;
}

/** The base64 of JSON built by `make`, drawn again until it holds no `+`, `/` or padding. */
function alphanumericBase64Json(random: Random, make: (r: Random) => unknown): string {
  for (;;) {
    const encoded = Buffer.from(JSON.stringify(make(random))).toString('base64');
    if (/^[0-9A-Za-z]+$/.test(encoded)) return encoded;
  }
}

function jwtFor(r: Random): string {
  return base64urlOf(JSON.stringify({ alg: 'HS256', typ: 'JWT' })) + '.' + base64urlOf(JSON.stringify({ sub: randomChars(r, ALPHABETS.digits, 8), iat: 1700000000 })) + '.' + randomChars(r, ALPHABETS.base64url, 43);
}

const { hex, digits, base32, base62, base64, base64url, letters, upperAlnum, lowerAlnum, entra, bech32 } = ALPHABETS;
const rc = randomChars;

/** One generator per catalog id. Prefixes are split where a reader could mistake a line for a token. */
const GENERATORS: Readonly<Record<string, (r: Random) => string>> = Object.freeze({
  'github-classic-pat': (r) => githubStyle('gh' + 'p_', r),
  'github-oauth-token': (r) => githubStyle('gh' + 'o_', r),
  'github-app-user-token': (r) => githubStyle('gh' + 'u_', r),
  'github-app-installation-token': (r) => githubStyle('gh' + 's_', r),
  'github-refresh-token': (r) => githubStyle('gh' + 'r_', r),
  'github-fine-grained-pat': (r) => 'github_' + 'pat_' + rc(r, base62, 22) + '_' + rc(r, base62, 59),
  'gitlab-pat': (r) => 'glpat' + '-' + rc(r, base64url, 20),
  'gitlab-pat-routable': (r) => 'glpat' + '-' + rc(r, base64url, 40) + '.' + '01' + rc(r, lowerAlnum, 7),
  'gitlab-deploy-token': (r) => 'gldt' + '-' + rc(r, base64url, 20),
  'gitlab-runner-token': (r) => 'glrt' + '-' + rc(r, base64url, 20),
  'gitlab-trigger-token': (r) => 'glptt' + '-' + rc(r, hex, 40),
  'gitlab-ci-job-token': (r) => 'glcbt' + '-' + rc(r, base62, 3) + '_' + rc(r, base64url, 20),
  'gitlab-feed-token': (r) => 'glft' + '-' + rc(r, base64url, 20),
  'gitlab-mail-token': (r) => 'glimt' + '-' + rc(r, base64url, 25),
  'gitlab-agent-token': (r) => 'glagent' + '-' + rc(r, base64url, 50),
  'gitlab-oauth-secret': (r) => 'gloas' + '-' + rc(r, base64url, 64),
  'gitlab-scim-token': (r) => 'glsoat' + '-' + rc(r, base64url, 20),
  'gitlab-feature-flag-token': (r) => 'glffct' + '-' + rc(r, base64url, 20),
  'gitlab-runner-registration-token': (r) => 'GR134' + '8941' + rc(r, base64url, 20),
  'slack-bot-token': (r) => 'xox' + 'b-' + rc(r, digits, 11) + '-' + rc(r, digits, 13) + '-' + rc(r, base62, 24),
  'slack-legacy-bot-token': (r) => 'xox' + 'b-' + rc(r, digits, 12) + '-' + mixedChars(r, base62, 24),
  'slack-user-token': (r) => 'xox' + 'p-' + rc(r, digits, 11) + '-' + rc(r, digits, 12) + '-' + rc(r, digits, 13) + '-' + rc(r, hex, 32),
  'slack-legacy-token': (r) => 'xox' + 's-' + rc(r, digits, 10) + '-' + rc(r, digits, 10) + '-' + rc(r, digits, 10) + '-' + rc(r, hex, 10),
  'slack-workspace-token': (r) => 'xox' + 'a-2-' + rc(r, digits, 9) + '-' + rc(r, digits, 11) + '-' + rc(r, digits, 13) + '-' + mixedChars(r, hex, 18),
  'slack-app-token': (r) => 'xa' + 'pp-1-' + rc(r, upperAlnum, 11) + '-' + rc(r, digits, 13) + '-' + rc(r, hex, 64),
  'slack-config-token': (r) => 'xoxe.' + 'xoxp-1-' + rc(r, base62, 164),
  'slack-config-refresh-token': (r) => 'xox' + 'e-1-' + rc(r, base62, 146),
  'slack-webhook-url': (r) => 'https://hooks.slack.com/services/T' + rc(r, upperAlnum, 10) + '/B' + rc(r, upperAlnum, 10) + '/' + rc(r, base62, 24),
  'stripe-live-secret-key': (r) => 'sk' + '_live_' + rc(r, base62, 99),
  'stripe-test-secret-key': (r) => 'sk' + '_test_' + rc(r, base62, 24),
  'stripe-live-restricted-key': (r) => 'rk' + '_live_' + rc(r, base62, 99),
  'stripe-test-restricted-key': (r) => 'rk' + '_test_' + rc(r, base62, 24),
  'stripe-webhook-secret': (r) => 'whsec' + '_' + rc(r, base62, 32),
  'aws-access-key-id': (r) => 'AK' + 'IA' + rc(r, base32, 16),
  'aws-temporary-access-key-id': (r) => 'AS' + 'IA' + rc(r, base32, 16),
  'aws-bedrock-api-key': (r) => 'AB' + 'SK' + base64urlOf('BedrockAPIKey-').slice(0, 18) + rc(r, base64, 110),
  'aws-bedrock-short-term-api-key': (r) =>
    'bedrock-' + 'api-key-' + Buffer.from('bedrock.amazonaws.com/?Action=CallWithBearerToken&X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=' + rc(r, upperAlnum, 20) + '&X-Amz-Signature=' + rc(r, hex, 64) + '&Version=1').toString('base64'),
  'google-api-key': (r) => 'AI' + 'za' + rc(r, base64url, 35),
  'google-oauth-client-secret': (r) => 'GOCSPX' + '-' + rc(r, base64url, 28),
  'google-oauth-access-token': (r) => 'ya29' + '.' + rc(r, base64url, 150),
  'azure-storage-connection-string': (r) =>
    'DefaultEndpointsProtocol=https;AccountName=' + rc(r, lowerAlnum, 12) + ';AccountKey=' + rc(r, base64, 86) + '==',
  'azure-storage-account-key': (r) => rc(r, base64, 76) + '+AS' + 't' + rc(r, base64, 6) + '==',
  'azure-entra-client-secret': (r) => rc(r, base62, 3) + '8Q' + '~' + rc(r, entra, 34),
  'azure-sas-token': (r) =>
    'sv=2022-11-02&ss=b&srt=sco&sp=rl&se=2030-01-01T00:00:00Z&spr=https&' + 'sig=' + encodeURIComponent(rc(r, base64, 43) + '='),
  'npm-access-token': (r) => githubStyle('np' + 'm_', r),
  'pypi-upload-token': (r) => 'pypi' + '-' + base64urlOf('\u0002\u0001\u0008pypi.org').slice(0, 15) + rc(r, base64url, 150),
  'openai-api-key': (r) => 'sk' + '-' + rc(r, base62, 20) + base64urlOf('OpenAI') + rc(r, base62, 20),
  'openai-project-key': (r) => 'sk' + '-proj-' + rc(r, base64url, 74) + base64urlOf('OpenAI') + rc(r, base64url, 74),
  'openai-service-account-key': (r) => 'sk' + '-svcacct-' + rc(r, base64url, 58) + base64urlOf('OpenAI') + rc(r, base64url, 58),
  'openai-admin-key': (r) => 'sk' + '-admin-' + rc(r, base64url, 58) + base64urlOf('OpenAI') + rc(r, base64url, 58),
  'anthropic-api-key': (r) => 'sk' + '-ant-api03-' + rc(r, base64url, 93) + 'AA',
  'anthropic-admin-key': (r) => 'sk' + '-ant-admin01-' + rc(r, base64url, 93) + 'AA',
  'groq-api-key': (r) => 'gs' + 'k_' + rc(r, base62, 52),
  'huggingface-access-token': (r) => 'hf' + '_' + rc(r, letters, 34),
  'huggingface-org-token': (r) => 'api_' + 'org_' + rc(r, letters, 34),
  'twilio-api-key-sid': (r) => 'S' + 'K' + rc(r, hex, 32),
  'sendgrid-api-key': (r) => 'SG' + '.' + rc(r, base64url, 22) + '.' + rc(r, base64url, 43),
  'mailgun-api-key': (r) => 'ke' + 'y-' + rc(r, hex, 32),
  'shopify-access-token': (r) => 'shp' + 'at_' + rc(r, hex, 32),
  'shopify-custom-app-token': (r) => 'shp' + 'ca_' + rc(r, hex, 32),
  'shopify-private-app-token': (r) => 'shp' + 'pa_' + rc(r, hex, 32),
  'shopify-shared-secret': (r) => 'shp' + 'ss_' + rc(r, hex, 32),
  'square-access-token': (r) => 'EA' + 'AA' + rc(r, base64url, 60),
  'square-legacy-access-token': (r) => 'sq0' + 'atp-' + rc(r, base64url, 22),
  'square-oauth-secret': (r) => 'sq0' + 'csp-' + rc(r, base64url, 43),
  'atlassian-api-token': (r) => 'ATA' + 'TT3' + rc(r, base64url, 177) + '=' + rc(r, hex, 8).toUpperCase(),
  'digitalocean-pat': (r) => 'dop' + '_v1_' + rc(r, hex, 64),
  'digitalocean-oauth-token': (r) => 'doo' + '_v1_' + rc(r, hex, 64),
  'digitalocean-refresh-token': (r) => 'dor' + '_v1_' + rc(r, hex, 64),
  'vault-service-token': (r) => 'hv' + 's.' + rc(r, base64url, 100),
  'vault-batch-token': (r) => 'hv' + 'b.' + rc(r, base64url, 200),
  'vault-recovery-token': (r) => 'hv' + 'r.' + rc(r, base64url, 100),
  'terraform-api-token': (r) => rc(r, base62, 14) + '.atlas' + 'v1.' + rc(r, base64url, 67),
  'databricks-token': (r) => 'da' + 'pi' + rc(r, hex, 32),
  'doppler-token': (r) => 'dp' + '.pt.' + rc(r, base62, 43),
  'doppler-service-token': (r) => 'dp' + '.st.' + 'prd.' + rc(r, base62, 40),
  'telegram-bot-token': (r) => rc(r, '123456789', 1) + rc(r, digits, 9) + ':' + 'AA' + rc(r, base64url, 33),
  'cloudflare-global-key': (r) => cloudflareStyle('cf' + 'k_', r),
  'cloudflare-user-token': (r) => cloudflareStyle('cf' + 'ut_', r),
  'cloudflare-account-token': (r) => cloudflareStyle('cf' + 'at_', r),
  'grafana-service-account-token': (r) => 'gl' + 'sa_' + rc(r, base62, 32) + '_' + rc(r, hex, 8),
  'grafana-cloud-token': (r) =>
    'gl' + 'c_' + Buffer.from(JSON.stringify({ o: rc(r, digits, 6), n: 'stack-' + rc(r, digits, 5), k: rc(r, base62, 32), m: { r: 'us' } })).toString('base64'),
  'docker-hub-pat': (r) => 'dckr' + '_pat_' + rc(r, base64url, 27),
  'linear-api-key': (r) => 'lin' + '_api_' + rc(r, base62, 40),
  'notion-token': (r) => 'nt' + 'n_' + rc(r, digits, 11) + rc(r, base62, 35),
  'postman-api-key': (r) => 'PM' + 'AK-' + rc(r, hex, 24) + '-' + rc(r, hex, 34),
  'sentry-user-token': (r) => 'sntry' + 'u_' + rc(r, hex, 64),
  'sentry-org-token': (r) =>
    'sntry' + 's_' + Buffer.from(JSON.stringify({ iat: 1700000000 + Math.floor(r() * 1e6), url: 'https://sentry.io', region_url: 'https://us.sentry.io', org: 'acme' })).toString('base64') + '_' + rc(r, base64, 43),
  'pulumi-access-token': (r) => 'pu' + 'l-' + rc(r, hex, 40),
  'supabase-access-token': (r) => 'sb' + 'p_' + rc(r, hex, 40),
  'onepassword-service-account-token': (r) =>
    'op' + 's_' + base64urlOf(JSON.stringify({ signInAddress: 'my.1password.com', userAuth: { method: 'SRPg-4096', alg: 'PBES2g-HS256', iterations: 650000, salt: rc(r, base64url, 22) }, email: rc(r, lowerAlnum, 13) + '@1passwordserviceaccounts.com', srpX: rc(r, hex, 64), muk: { alg: 'A256GCM', ext: true, k: rc(r, base64url, 43), kty: 'oct' } })),
  'age-secret-key': (r) => 'AGE-' + 'SECRET-KEY-1' + rc(r, bech32, 58),
  'heroku-api-key': (r) => 'HR' + 'KU-AA' + rc(r, base64url, 58),
  'cloudflare-origin-ca-key': (r) => 'v1.0' + '-' + rc(r, hex, 24) + '-' + rc(r, hex, 146),
  'mailchimp-api-key': (r) => rc(r, hex, 32) + '-u' + 's' + rc(r, '123456789', 1) + rc(r, digits, 1),
  'facebook-app-access-token': (r) => rc(r, '123456789', 1) + rc(r, digits, 14) + '|' + mixedChars(r, hex, 32),
  'facebook-page-access-token': (r) => 'EA' + 'AC' + rc(r, base62, 150),
  'flyio-access-token': (r) => 'fo' + '1_' + rc(r, base64url, 43),
  'flyio-macaroon-token': (r) => 'fm' + '2_' + rc(r, base64, 200),
  'sonarqube-token': (r) => 'sq' + 'u_' + rc(r, hex, 40),
  'perplexity-api-key': (r) => 'pp' + 'lx-' + rc(r, base62, 48),
  'onepassword-secret-key': (r) =>
    'A3' + '-' + mixedChars(r, upperAlnum, 6) + '-' + rc(r, upperAlnum, 11) + '-' + rc(r, upperAlnum, 5) + '-' + rc(r, upperAlnum, 5) + '-' + rc(r, upperAlnum, 5),
  'clickhouse-cloud-api-secret': (r) => '4b' + '1d' + rc(r, base62, 38),
  'maxmind-license-key': (r) => rc(r, base62, 6) + '_' + rc(r, base62, 29) + '_mm' + 'k',
  'octopus-deploy-api-key': (r) => 'AP' + 'I-' + mixedChars(r, upperAlnum, 26),
  'scalingo-api-token': (r) => 'tk-' + 'us-' + rc(r, base64url, 48),
  'sourcegraph-access-token': (r) => 'sg' + 'p_' + rc(r, hex, 16) + '_' + rc(r, hex, 40),
  'infracost-api-token': (r) => 'ic' + 'o-' + rc(r, base62, 32),
  'intra42-client-secret': (r) => 's-s4t2' + 'ud-' + rc(r, hex, 64),
  'openshift-user-token': (r) => 'sha256' + '~' + rc(r, base64url, 43),
  'plaid-access-token': (r) => 'access-' + 'sandbox-' + randomUuid(r),
  'adobe-client-secret': (r) => 'p8' + 'e-' + rc(r, base62, 32),
  'airtable-personal-access-token': (r) => 'pa' + 't' + rc(r, base62, 14) + '.' + rc(r, hex, 64),
  'alibaba-access-key-id': (r) => 'LT' + 'AI' + rc(r, base62, 20),
  'artifactory-api-key': (r) => 'AK' + 'Cp' + rc(r, base62, 69),
  'artifactory-reference-token': (r) => 'cmVm' + 'd' + rc(r, base62, 59),
  'authress-access-key': (r) => 'sc' + '_' + rc(r, lowerAlnum, 10) + '.' + rc(r, lowerAlnum, 5) + '.acc_' + rc(r, lowerAlnum, 20) + '.' + rc(r, base64url, 60),
  'clojars-deploy-token': (r) => 'CLOJARS' + '_' + rc(r, lowerAlnum, 60),
  'defined-networking-api-token': (r) => 'dnkey' + '-' + rc(r, base62, 26) + '-' + rc(r, base62, 52),
  'duffel-api-token': (r) => 'duffel' + '_test_' + rc(r, base64url, 43),
  'dynatrace-api-token': (r) => 'dt0c01' + '.' + rc(r, upperAlnum, 24) + '.' + rc(r, base62, 64),
  'easypost-api-key': (r) => 'EZ' + 'AK' + rc(r, base62, 54),
  'flutterwave-secret-key': (r) => 'FLWSECK' + '_TEST-' + rc(r, '0123456789abcdefgh', 32) + '-X',
  'flutterwave-encryption-key': (r) => 'FLWSECK' + '_TEST' + rc(r, hex, 12),
  'frameio-api-token': (r) => 'fio' + '-u-' + rc(r, base64url, 64),
  'gitlab-runner-token-routable': (r) => 'glrt' + '-t1_' + rc(r, base64url, 40) + '.' + '01' + rc(r, lowerAlnum, 7),
  'gitlab-session-cookie': (r) => '_gitlab_' + 'session=' + rc(r, lowerAlnum, 32),
  'grafana-api-key': (r) => alphanumericBase64Json(r, (x) => ({ k: rc(x, base62, 32), n: 'deploy', id: 1 + Math.floor(x() * 9) })),
  'harness-access-token': (r) => 'pa' + 't.' + rc(r, base64url, 22) + '.' + rc(r, base62, 24) + '.' + rc(r, base62, 20),
  'jwt-base64': (r) => Buffer.from(jwtFor(r)).toString('base64'),
  'microsoft-teams-webhook-url': (r) =>
    'https' + '://acme.webhook.office.com/webhookb2/' + randomUuid(r) + '@' + randomUuid(r) + '/IncomingWebhook/' + rc(r, hex, 32) + '/' + randomUuid(r) + '/V2' + rc(r, base64url, 40),
  'mapbox-secret-token': (r) => 'sk' + '.' + base64urlOf(JSON.stringify({ u: 'acme', a: rc(r, base62, 24) })) + '.' + rc(r, base64url, 22),
  'new-relic-user-api-key': (r) => 'NR' + 'AK-' + rc(r, upperAlnum, 27),
  'new-relic-insert-key': (r) => 'NR' + 'II-' + rc(r, base64url, 32),
  'new-relic-license-key': (r) => rc(r, hex, 36) + 'NR' + 'AL',
  'planetscale-token': (r) => 'pscale' + '_tkn_' + rc(r, base64url, 43),
  'prefect-api-key': (r) => 'pn' + 'u_' + rc(r, base62, 36),
  'readme-api-key': (r) => 'rd' + 'me_' + rc(r, lowerAlnum, 70),
  'rubygems-api-key': (r) => 'rubygems' + '_' + rc(r, hex, 48),
  'brevo-api-key': (r) => 'xkey' + 'sib-' + rc(r, hex, 64) + '-' + rc(r, base62, 16),
  'settlemint-token': (r) => 'sm' + '_pat_' + mixedChars(r, base62, 16),
  'shippo-api-token': (r) => 'shippo' + '_live_' + rc(r, hex, 40),
  'typeform-api-token': (r) => 'tf' + 'p_' + rc(r, base64url, 59),
  'langsmith-api-key': (r) => 'lsv2' + '_pt_' + rc(r, lowerAlnum, 32) + '_' + rc(r, lowerAlnum, 10),
  'braintree-access-token': (r) => 'access_token' + '$production$' + rc(r, lowerAlnum, 16) + '$' + rc(r, hex, 32),
  'castai-api-key': (r) => 'castai' + '_v1_' + rc(r, base62, 64) + '_' + rc(r, base62, 8),
  'chief-tools-token': (r) => 'ct' + 'p_' + mixedChars(r, base62, 36),
  'adyen-api-key': (r) => 'AQ' + 'E' + rc(r, lowerAlnum, 8) + '.' + rc(r, base64url, 60),
  'anthropic-oauth-token': (r) => 'sk' + '-ant-oat01-' + rc(r, base64url, 95),
  'claude-code-session-url': (r) => 'https' + '://claude.ai/code/' + 'session_' + mixedChars(r, base62, 24),
  'azure-data-factory-runtime-key': (r) => 'IR' + '@' + randomUuid(r) + '@adf-acme-001@we@' + Buffer.from(Array.from({ length: 32 }, () => Math.floor(r() * 256))).toString('base64'),
  'django-insecure-secret-key': (r) => 'django-' + 'insecure-' + rc(r, 'abcdefghijklmnopqrstuvwxyz0123456789!@#$%^&*(-_=+)', 50),
  jwt: (r) =>
    base64urlOf(JSON.stringify({ alg: 'HS256', typ: 'JWT' })) + '.' + base64urlOf(JSON.stringify({ sub: rc(r, digits, 8), iat: 1700000000 })) + '.' + rc(r, base64url, 43),
  'private-key': (r) => '-----BEGIN ' + 'RSA PRIVATE KEY-----\n' + rc(r, base64, 64) + '\n-----END RSA PRIVATE KEY-----',
  'database-url': (r) => 'postgres' + '://app_user:' + rc(r, base62, 24) + '@db.internal.acme.io:5432',
  'url-credentials': (r) => 'https' + '://deploy:' + rc(r, base62, 20) + '@git.acme.io',
});

/** Every catalog id, in catalog order. */
export const FORMAT_IDS: readonly string[] = Object.freeze(TOKEN_FORMATS.map((format) => format.id));

/** Catalog ids whose finding is only part of the generated text (the PEM BEGIN line, the SAS `sig=`). */
export const PARTIAL_MATCH_IDS: ReadonlySet<string> = new Set(['private-key', 'azure-sas-token']);

/** A format-valid token (right prefix, length, charset, checksum) for `formatId`, deterministic per seed. */
export function fakeToken(formatId: string, seed = 1): string {
  const generate = GENERATORS[formatId];
  if (generate === undefined) throw new Error(`no fake-token generator for catalog id '${formatId}'`);
  return generate(createRandom(seed * 7919 + formatId.length));
}

/** A look-alike of a checksummed format whose checksum fails: one body character changed. */
export function brokenChecksumToken(formatId: string, seed = 1): string {
  const format = TOKEN_FORMATS.find((f) => f.id === formatId);
  if (format?.checksum === undefined) throw new Error(`catalog id '${formatId}' has no checksum`);
  const token = fakeToken(formatId, seed);
  const bodyStart = token.indexOf('_') + 1;
  for (let i = bodyStart + 2; i < token.length - 10; i++) {
    const ch = token.charAt(i);
    const replacement = ch === 'Z' ? 'Y' : ch === 'z' ? 'y' : ch === '9' ? '8' : String.fromCharCode(ch.charCodeAt(0) + 1);
    const broken = token.slice(0, i) + replacement + token.slice(i + 1);
    if (!format.checksum(broken)) return broken;
  }
  throw new Error(`could not break the checksum of '${formatId}'`);
}

/** Catalog ids with a generator (compared with the catalog by the format tests). */
export const GENERATOR_IDS: readonly string[] = Object.freeze(Object.keys(GENERATORS));

/** One generator per keyword-format id: a value of the provider's shape. */
const KEYWORD_GENERATORS: Readonly<Record<string, (r: Random) => string>> = Object.freeze({
  'heroku-api-key-uuid': (r) => randomUuid(r),
  'snyk-api-token': (r) => randomUuid(r),
  'hubspot-api-key': (r) => randomUuid(r).toUpperCase(),
  'messagebird-api-key': (r) => mixedChars(r, base62, 25),
  'sendbird-api-token': (r) => rc(r, hex, 40),
  'squarespace-api-key': (r) => randomUuid(r),
  'kucoin-api-secret': (r) => randomUuid(r),
  'codecov-upload-token': (r) => randomUuid(r),
  'okta-api-token': (r) => '00' + rc(r, base64url, 40),
  'sumologic-access-key': (r) => 's' + 'u' + mixedChars(r, base62, 12),
  'cloudflare-api-key-legacy': (r) => rc(r, hex, 37),
  'facebook-app-secret': (r) => mixedChars(r, hex, 32),
  'twitter-api-credential': (r) => mixedChars(r, base62, 50),
  'twitter-bearer-token': (r) => 'A'.repeat(22) + mixedChars(r, base62, 90),
  'discord-api-token': (r) => rc(r, hex, 64),
  'dropbox-api-token': (r) => mixedChars(r, base62, 15),
  'gitter-access-token': (r) => rc(r, base64url, 40),
  'gocardless-access-token': (r) => 'live' + '_' + rc(r, base64url, 40),
  'intercom-access-token': (r) => rc(r, base64url, 60),
  'jfrog-api-key': (r) => rc(r, base62, 73),
  'kraken-api-key': (r) => rc(r, base64, 86),
  'launchdarkly-access-token': (r) => rc(r, base64url, 40),
  'linear-client-secret': (r) => mixedChars(r, hex, 32),
  'linkedin-client-secret': (r) => mixedChars(r, base62, 16),
  'lob-api-key': (r) => 'live' + '_' + rc(r, hex, 35),
  'mailgun-signing-key': (r) => rc(r, '0123456789abcdefgh', 32) + '-' + rc(r, hex, 8) + '-' + rc(r, hex, 8),
  'mattermost-access-token': (r) => mixedChars(r, lowerAlnum, 26),
  'netlify-access-token': (r) => rc(r, base64url, 43),
  'nytimes-api-key': (r) => rc(r, base64url, 32),
  'privateai-api-key': (r) => mixedChars(r, lowerAlnum, 32),
  'rapidapi-key': (r) => rc(r, base64url, 50),
  'sentry-auth-token-legacy': (r) => rc(r, hex, 64),
  'sonarqube-token-legacy': (r) => rc(r, hex, 40),
  'travis-ci-token': (r) => mixedChars(r, base62, 22),
  'twitch-api-token': (r) => mixedChars(r, lowerAlnum, 30),
  'yandex-credential': (r) => 'AQ' + 'VN' + rc(r, base64url, 36),
  'zendesk-api-token': (r) => mixedChars(r, base62, 40),
  'adafruit-io-key': (r) => rc(r, base64url, 32),
  'airtable-api-key-legacy': (r) => mixedChars(r, base62, 17),
  'algolia-admin-key': (r) => mixedChars(r, lowerAlnum, 32),
  'alibaba-access-key-secret': (r) => mixedChars(r, base62, 30),
  'asana-client-secret': (r) => mixedChars(r, lowerAlnum, 32),
  'atlassian-api-token-legacy': (r) => mixedChars(r, base62, 24),
  'beamer-api-key': (r) => 'b' + '_' + rc(r, base64url, 44),
  'bitbucket-client-secret': (r) => rc(r, base64url, 64),
  'bittrex-api-key': (r) => mixedChars(r, lowerAlnum, 32),
  'cisco-meraki-api-key': (r) => rc(r, hex, 40),
  'cohere-api-key': (r) => mixedChars(r, base62, 40),
  'coinbase-api-key': (r) => rc(r, base64url, 64),
  'confluent-api-secret': (r) => mixedChars(r, base62, 64),
  'contentful-access-token': (r) => rc(r, base64url, 43),
  'datadog-api-key': (r) => mixedChars(r, hex, 32),
  'drone-ci-token': (r) => mixedChars(r, base62, 32),
  'etsy-api-key': (r) => mixedChars(r, lowerAlnum, 24),
  'fastly-api-token': (r) => rc(r, base64url, 32),
  'finicity-credential': (r) => mixedChars(r, hex, 32),
  'finnhub-api-key': (r) => mixedChars(r, lowerAlnum, 20),
  'flickr-api-key': (r) => mixedChars(r, lowerAlnum, 32),
  'freshbooks-access-token': (r) => mixedChars(r, lowerAlnum, 64),
  'looker-client-secret': (r) => mixedChars(r, base62, 24),
  'plaid-secret': (r) => mixedChars(r, lowerAlnum, 30),
  'chargebee-api-key': (r) => 'live' + '_' + mixedChars(r, base62, 32),
  'freemius-secret-key': (r) => 's' + 'k_' + rc(r, base62 + '!#$%&*+<>?@^~', 29),
  'vault-token-legacy': (r) => 's' + '.' + mixedChars(r, base62, 24),
  'sidekiq-credentials': (r) => mixedChars(r, hex, 8) + ':' + mixedChars(r, hex, 8),
});

/** Keyword-format ids with a generator. */
export const KEYWORD_GENERATOR_IDS: readonly string[] = Object.freeze(Object.keys(KEYWORD_GENERATORS));

/** A value of the shape of keyword format `id`, deterministic per seed. */
export function fakeKeywordValue(id: string, seed = 1): string {
  const generate = KEYWORD_GENERATORS[id];
  if (generate === undefined) throw new Error(`no fake-value generator for keyword format '${id}'`);
  return generate(createRandom(seed * 104_729 + id.length));
}

/** A key that names the provider of keyword format `id` and holds its credential (`OKTA_API_TOKEN`). */
export function keywordKey(id: string): string {
  const format = KEYWORD_FORMATS.find((f) => f.id === id);
  if (format === undefined) throw new Error(`no keyword format '${id}'`);
  const provider = (format.keywords[0] ?? '').replaceAll(' ', '_').toUpperCase();
  return format.envName.split('_').includes(provider) ? format.envName : `${provider}_API_KEY`;
}
