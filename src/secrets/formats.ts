/**
 * The provider catalog: one frozen entry per kind of token. Facts come from
 * /work/shared/token-formats.md (row numbers in the comments); the regular expressions are ours.
 *
 * Every `pattern` is sticky (`y`): set `lastIndex` to the candidate start and `exec`. It matches
 * the whole token from that start, with look-behind / look-ahead boundaries so a prefix inside a
 * longer identifier run does not match. Callers that need their own state should clone it
 * (`new RegExp(p.source, p.flags)`). Every pattern is linear-time: no nested or overlapping
 * unbounded quantifiers.
 *
 * The catalog deliberately contains no example tokens: tests build them at run time.
 */
import { hasCloudflareChecksum, hasGithubChecksum } from './checksum.js';
import { hasJwtHeader } from './jwt.js';
import { isPlaceholderPassword } from './placeholders.js';

/** Literal text inside a token that has no fixed prefix, `minOffset..maxOffset` characters after its start. */
export interface TokenAnchor {
  readonly marker: string;
  readonly minOffset: number;
  readonly maxOffset: number;
}

export interface TokenFormat {
  /** Kebab-case id, e.g. 'github-classic-pat'. */
  readonly id: string;
  /** Provider, e.g. 'GitHub'. */
  readonly provider: string;
  /** Human kind, e.g. 'GitHub personal access token'. */
  readonly name: string;
  /** Literal prefixes used by the prefilter; [] only for formats found through `anchors`. */
  readonly prefixes: readonly string[];
  /** Sticky pattern matching the whole token from `lastIndex`. */
  readonly pattern: RegExp;
  /** Provider checksum: a valid one is a certain hit, a failed one means not this provider. */
  readonly checksum?: (token: string) => boolean;
  /** Structural check beyond the pattern (JWT header, URL password); false means not this format. */
  readonly validate?: (token: string) => boolean;
  /**
   * What the surrounding text must show for the match to count (the `sv=` beside a SAS `sig=`).
   * Gets the whole text and the match offsets; must look at a bounded neighbourhood only.
   */
  readonly inContext?: (text: string, start: number, end: number) => boolean;
  /** Markers for formats without a literal prefix (their `prefixes` is []). */
  readonly anchors?: readonly TokenAnchor[];
  /**
   * The token can contain a more specific one (a URL with credentials, a connection string):
   * scanning continues inside it, and a specific token found inside replaces it.
   */
  readonly container?: boolean;
  /** Environment variable name suggested for the value, e.g. 'GITHUB_TOKEN'. */
  readonly envName: string;
  /** Shortest possible token, for the length prefilter. */
  readonly minLength: number;
}

function entry(format: TokenFormat): TokenFormat {
  return Object.freeze({
    ...format,
    prefixes: Object.freeze([...format.prefixes]),
    ...(format.anchors === undefined ? {} : { anchors: Object.freeze(format.anchors.map((a) => Object.freeze({ ...a }))) }),
  });
}

/** The password in `scheme://user:password@host` is not a placeholder and not the user name again. */
function hasRealUrlPassword(url: string): boolean {
  const userinfo = url.slice(url.indexOf('://') + 3, url.lastIndexOf('@'));
  const colon = userinfo.indexOf(':');
  const user = userinfo.slice(0, colon);
  const password = userinfo.slice(colon + 1);
  return password !== user && !isPlaceholderPassword(password);
}

/** How far around a SAS `sig=` parameter to look for the rest of its query. */
const SAS_QUERY_REACH = 2048;
const SAS_VERSION = /(?:^|[&?])sv=\d{4}-\d{2}-\d{2}(?:&|$)/;

/** The query around `text[start, end)` (up to whitespace, a quote or a `#`) has an `sv=<date>` parameter. */
function hasSasVersionInQuery(text: string, start: number, end: number): boolean {
  let from = start;
  const lowest = Math.max(0, start - SAS_QUERY_REACH);
  while (from > lowest && !isQueryEnd(text.charCodeAt(from - 1))) from--;
  let to = end;
  const highest = Math.min(text.length, end + SAS_QUERY_REACH);
  while (to < highest && !isQueryEnd(text.charCodeAt(to))) to++;
  return SAS_VERSION.test(text.slice(from, to));
}

/** Whitespace, quotes, `#`, `<` and `>` end a query string. */
function isQueryEnd(code: number): boolean {
  return code <= 32 || code === 34 || code === 35 || code === 39 || code === 60 || code === 62 || code === 96;
}

export const TOKEN_FORMATS: readonly TokenFormat[] = Object.freeze([
  // ---- GitHub (rows 1–6) -------------------------------------------------------------
  entry({
    id: 'github-classic-pat',
    provider: 'GitHub',
    name: 'GitHub personal access token',
    prefixes: ['ghp_'],
    pattern: /\bghp_[0-9A-Za-z]{36}\b/y,
    checksum: hasGithubChecksum,
    envName: 'GITHUB_TOKEN',
    minLength: 40,
  }),
  entry({
    id: 'github-oauth-token',
    provider: 'GitHub',
    name: 'GitHub OAuth access token',
    prefixes: ['gho_'],
    pattern: /\bgho_[0-9A-Za-z]{36}\b/y,
    checksum: hasGithubChecksum,
    envName: 'GITHUB_TOKEN',
    minLength: 40,
  }),
  entry({
    id: 'github-app-user-token',
    provider: 'GitHub',
    name: 'GitHub App user-to-server token',
    prefixes: ['ghu_'],
    pattern: /\bghu_[0-9A-Za-z]{36}\b/y,
    checksum: hasGithubChecksum,
    envName: 'GITHUB_TOKEN',
    minLength: 40,
  }),
  entry({
    id: 'github-app-installation-token',
    provider: 'GitHub',
    name: 'GitHub App installation token',
    prefixes: ['ghs_'],
    pattern: /\bghs_[0-9A-Za-z]{36}\b/y,
    checksum: hasGithubChecksum,
    envName: 'GITHUB_TOKEN',
    minLength: 40,
  }),
  entry({
    id: 'github-refresh-token',
    provider: 'GitHub',
    name: 'GitHub refresh token',
    prefixes: ['ghr_'],
    pattern: /\bghr_[0-9A-Za-z]{36}\b/y,
    checksum: hasGithubChecksum,
    envName: 'GITHUB_REFRESH_TOKEN',
    minLength: 40,
  }),
  entry({
    id: 'github-fine-grained-pat',
    provider: 'GitHub',
    name: 'GitHub fine-grained personal access token',
    prefixes: ['github_pat_'],
    pattern: /\bgithub_pat_[0-9A-Za-z]{22}_[0-9A-Za-z]{59}\b/y,
    envName: 'GITHUB_TOKEN',
    minLength: 93,
  }),
  // ---- GitLab (rows 7–9) -------------------------------------------------------------
  entry({
    id: 'gitlab-pat',
    provider: 'GitLab',
    name: 'GitLab personal access token',
    prefixes: ['glpat-'],
    pattern: /(?<![\w-])glpat-[\w-]{20}(?![\w.-])/y,
    envName: 'GITLAB_TOKEN',
    minLength: 26,
  }),
  entry({
    id: 'gitlab-pat-routable',
    provider: 'GitLab',
    name: 'GitLab personal access token',
    prefixes: ['glpat-'],
    pattern: /(?<![\w-])glpat-[\w-]{27,300}\.[0-9a-z]{9}(?![\w-])/y,
    envName: 'GITLAB_TOKEN',
    minLength: 43,
  }),
  entry({
    id: 'gitlab-deploy-token',
    provider: 'GitLab',
    name: 'GitLab deploy token',
    prefixes: ['gldt-'],
    pattern: /(?<![\w-])gldt-[\w-]{20}(?![\w-])/y,
    envName: 'GITLAB_DEPLOY_TOKEN',
    minLength: 25,
  }),
  entry({
    id: 'gitlab-runner-token',
    provider: 'GitLab',
    name: 'GitLab runner authentication token',
    prefixes: ['glrt-'],
    pattern: /(?<![\w-])glrt-[\w-]{20}(?![\w-])/y,
    envName: 'GITLAB_RUNNER_TOKEN',
    minLength: 25,
  }),
  entry({
    id: 'gitlab-trigger-token',
    provider: 'GitLab',
    name: 'GitLab pipeline trigger token',
    prefixes: ['glptt-'],
    pattern: /(?<![\w-])glptt-[0-9a-f]{40}(?![\w-])/y,
    envName: 'GITLAB_TRIGGER_TOKEN',
    minLength: 46,
  }),
  entry({
    id: 'gitlab-ci-job-token',
    provider: 'GitLab',
    name: 'GitLab CI/CD job token',
    prefixes: ['glcbt-'],
    pattern: /(?<![\w-])glcbt-[0-9A-Za-z]{1,5}_[\w-]{20}(?![\w-])/y,
    envName: 'CI_JOB_TOKEN',
    minLength: 28,
  }),
  entry({
    id: 'gitlab-feed-token',
    provider: 'GitLab',
    name: 'GitLab feed token',
    prefixes: ['glft-'],
    pattern: /(?<![\w-])glft-[\w-]{20}(?![\w-])/y,
    envName: 'GITLAB_FEED_TOKEN',
    minLength: 25,
  }),
  entry({
    id: 'gitlab-mail-token',
    provider: 'GitLab',
    name: 'GitLab incoming mail token',
    prefixes: ['glimt-'],
    pattern: /(?<![\w-])glimt-[\w-]{25}(?![\w-])/y,
    envName: 'GITLAB_INCOMING_MAIL_TOKEN',
    minLength: 31,
  }),
  entry({
    id: 'gitlab-agent-token',
    provider: 'GitLab',
    name: 'GitLab agent for Kubernetes token',
    prefixes: ['glagent-'],
    pattern: /(?<![\w-])glagent-[\w-]{50}(?![\w-])/y,
    envName: 'GITLAB_AGENT_TOKEN',
    minLength: 58,
  }),
  entry({
    id: 'gitlab-oauth-secret',
    provider: 'GitLab',
    name: 'GitLab OAuth application secret',
    prefixes: ['gloas-'],
    pattern: /(?<![\w-])gloas-[\w-]{64}(?![\w-])/y,
    envName: 'GITLAB_OAUTH_SECRET',
    minLength: 70,
  }),
  entry({
    id: 'gitlab-scim-token',
    provider: 'GitLab',
    name: 'GitLab SCIM token',
    prefixes: ['glsoat-'],
    pattern: /(?<![\w-])glsoat-[\w-]{20}(?![\w-])/y,
    envName: 'GITLAB_SCIM_TOKEN',
    minLength: 27,
  }),
  entry({
    id: 'gitlab-feature-flag-token',
    provider: 'GitLab',
    name: 'GitLab feature flags client token',
    prefixes: ['glffct-'],
    pattern: /(?<![\w-])glffct-[\w-]{20}(?![\w-])/y,
    envName: 'GITLAB_FEATURE_FLAGS_TOKEN',
    minLength: 27,
  }),
  entry({
    id: 'gitlab-runner-registration-token',
    provider: 'GitLab',
    name: 'GitLab runner registration token',
    prefixes: ['GR1348941'],
    pattern: /(?<![\w-])GR1348941[\w-]{20}(?![\w-])/y,
    envName: 'GITLAB_RUNNER_REGISTRATION_TOKEN',
    minLength: 29,
  }),
  // ---- Slack (rows 10–13) ------------------------------------------------------------
  entry({
    id: 'slack-bot-token',
    provider: 'Slack',
    name: 'Slack bot token',
    prefixes: ['xoxb-'],
    pattern: /(?<![\w-])xoxb-\d{10,13}-\d{10,13}-[0-9A-Za-z]{20,34}(?![\w-])/y,
    envName: 'SLACK_BOT_TOKEN',
    minLength: 47,
  }),
  entry({
    id: 'slack-user-token',
    provider: 'Slack',
    name: 'Slack user token',
    prefixes: ['xoxp-'],
    pattern: /(?<![\w-])xoxp-\d{10,13}-\d{10,13}-\d{10,13}-[0-9A-Za-z]{28,34}(?![\w-])/y,
    envName: 'SLACK_USER_TOKEN',
    minLength: 66,
  }),
  entry({
    id: 'slack-legacy-token',
    provider: 'Slack',
    name: 'Slack legacy token',
    prefixes: ['xoxa-', 'xoxo-', 'xoxr-', 'xoxs-'],
    pattern: /(?<![\w-])xox[aors]-\d{1,13}(?:-\d{1,13}){1,2}-[0-9A-Za-z]{20,64}(?![\w-])/y,
    envName: 'SLACK_TOKEN',
    minLength: 29,
  }),
  entry({
    id: 'slack-app-token',
    provider: 'Slack',
    name: 'Slack app-level token',
    prefixes: ['xapp-'],
    pattern: /(?<![\w-])xapp-\d-[0-9A-Z]{8,14}-\d{10,14}-[0-9a-z]{32,80}(?![\w-])/y,
    envName: 'SLACK_APP_TOKEN',
    minLength: 59,
  }),
  entry({
    id: 'slack-config-token',
    provider: 'Slack',
    name: 'Slack configuration access token',
    prefixes: ['xoxe.xoxb-', 'xoxe.xoxp-'],
    pattern: /(?<![\w.-])xoxe\.xox[bp]-\d-[0-9A-Z]{163,166}(?![\w-])/y,
    envName: 'SLACK_CONFIG_TOKEN',
    minLength: 175,
  }),
  entry({
    id: 'slack-config-refresh-token',
    provider: 'Slack',
    name: 'Slack configuration refresh token',
    prefixes: ['xoxe-'],
    pattern: /(?<![\w.-])xoxe-\d-[0-9A-Z]{146}(?![\w-])/y,
    envName: 'SLACK_CONFIG_REFRESH_TOKEN',
    minLength: 153,
  }),
  entry({
    id: 'slack-webhook-url',
    provider: 'Slack',
    name: 'Slack incoming webhook URL',
    prefixes: ['https://hooks.slack.com/'],
    pattern:
      /(?<![\w+.-])https:\/\/hooks\.slack\.com\/(?:services|workflows|triggers)\/T[0-9A-Z]{6,12}\/[0-9A-Z]{6,12}\/(?:\d{6,20}\/)?[0-9A-Za-z]{24,32}(?![\w-])/y,
    envName: 'SLACK_WEBHOOK_URL',
    minLength: 70,
  }),
  // ---- Stripe (row 14) -----------------------------------------------------------------
  entry({
    id: 'stripe-live-secret-key',
    provider: 'Stripe',
    name: 'Stripe live secret key',
    prefixes: ['sk_live_'],
    pattern: /\bsk_live_[0-9A-Za-z]{24,247}\b/y,
    envName: 'STRIPE_SECRET_KEY',
    minLength: 32,
  }),
  entry({
    id: 'stripe-test-secret-key',
    provider: 'Stripe',
    name: 'Stripe test secret key',
    prefixes: ['sk_test_'],
    pattern: /\bsk_test_[0-9A-Za-z]{24,247}\b/y,
    envName: 'STRIPE_SECRET_KEY',
    minLength: 32,
  }),
  entry({
    id: 'stripe-live-restricted-key',
    provider: 'Stripe',
    name: 'Stripe live restricted key',
    prefixes: ['rk_live_'],
    pattern: /\brk_live_[0-9A-Za-z]{24,247}\b/y,
    envName: 'STRIPE_RESTRICTED_KEY',
    minLength: 32,
  }),
  entry({
    id: 'stripe-test-restricted-key',
    provider: 'Stripe',
    name: 'Stripe test restricted key',
    prefixes: ['rk_test_'],
    pattern: /\brk_test_[0-9A-Za-z]{24,247}\b/y,
    envName: 'STRIPE_RESTRICTED_KEY',
    minLength: 32,
  }),
  entry({
    id: 'stripe-webhook-secret',
    provider: 'Stripe',
    name: 'Stripe webhook signing secret',
    prefixes: ['whsec_'],
    pattern: /\bwhsec_[0-9A-Za-z]{32,64}\b/y,
    envName: 'STRIPE_WEBHOOK_SECRET',
    minLength: 38,
  }),
  // ---- AWS (rows 15, 17) ---------------------------------------------------------------
  entry({
    id: 'aws-access-key-id',
    provider: 'AWS',
    name: 'AWS access key ID',
    prefixes: ['AKIA', 'ABIA', 'ACCA'],
    pattern: /(?<![0-9A-Za-z])(?:AKIA|ABIA|ACCA)[2-7A-Z]{16}(?![0-9A-Za-z])/y,
    envName: 'AWS_ACCESS_KEY_ID',
    minLength: 20,
  }),
  entry({
    id: 'aws-temporary-access-key-id',
    provider: 'AWS',
    name: 'AWS temporary (STS) access key ID',
    prefixes: ['ASIA'],
    pattern: /(?<![0-9A-Za-z])ASIA[2-7A-Z]{16}(?![0-9A-Za-z])/y,
    envName: 'AWS_ACCESS_KEY_ID',
    minLength: 20,
  }),
  entry({
    id: 'aws-bedrock-api-key',
    provider: 'AWS',
    name: 'Amazon Bedrock API key',
    // 'ABSK' then the base64 of "BedrockAPIKey-".
    prefixes: ['ABSKQmVkcm9ja0FQSUtleS'],
    pattern: /(?<![\w+/])ABSKQmVkcm9ja0FQSUtleS[\w+/]{40,300}={0,2}(?![\w+/=])/y,
    envName: 'AWS_BEARER_TOKEN_BEDROCK',
    minLength: 47,
  }),
  // ---- Google (rows 18–20) -------------------------------------------------------------
  entry({
    id: 'google-api-key',
    provider: 'Google',
    name: 'Google API key',
    prefixes: ['AIza'],
    pattern: /(?<![\w-])AIza[\w-]{35}(?![\w-])/y,
    envName: 'GOOGLE_API_KEY',
    minLength: 39,
  }),
  entry({
    id: 'google-oauth-client-secret',
    provider: 'Google',
    name: 'Google OAuth client secret',
    prefixes: ['GOCSPX-'],
    pattern: /(?<![\w-])GOCSPX-[\w-]{28}(?![\w-])/y,
    envName: 'GOOGLE_CLIENT_SECRET',
    minLength: 35,
  }),
  entry({
    id: 'google-oauth-access-token',
    provider: 'Google',
    name: 'Google OAuth access token',
    prefixes: ['ya29.'],
    pattern: /(?<![\w.-])ya29\.[\w-]{30,}(?![\w-])/y,
    envName: 'GOOGLE_ACCESS_TOKEN',
    minLength: 35,
  }),
  // ---- Azure (rows 22–25) --------------------------------------------------------------
  entry({
    id: 'azure-storage-connection-string',
    provider: 'Azure',
    name: 'Azure Storage connection string',
    prefixes: ['DefaultEndpointsProtocol='],
    pattern: /(?<![\w-])DefaultEndpointsProtocol=https?;(?:(?!AccountKey=)\w{1,40}=[^\s;"'`]{0,256};){0,8}AccountKey=[\d+/A-Za-z]{86}==/y,
    container: true,
    envName: 'AZURE_STORAGE_CONNECTION_STRING',
    minLength: 128,
  }),
  entry({
    id: 'azure-storage-account-key',
    provider: 'Azure',
    name: 'Azure Storage account key',
    prefixes: [],
    anchors: [{ marker: '+ASt', minOffset: 76, maxOffset: 76 }],
    pattern: /(?<![\d+/A-Za-z])[\d+/A-Za-z]{76}\+ASt[\d+/A-Za-z]{6}==(?![\d+/=A-Za-z])/y,
    envName: 'AZURE_STORAGE_KEY',
    minLength: 88,
  }),
  entry({
    id: 'azure-entra-client-secret',
    provider: 'Azure',
    name: 'Microsoft Entra ID client secret',
    prefixes: [],
    anchors: [
      { marker: '8Q~', minOffset: 3, maxOffset: 3 },
      { marker: '7Q~', minOffset: 3, maxOffset: 3 },
    ],
    pattern: /(?<![\w.~-])[\w.~-]{3}[78]Q~[\w.~-]{34}(?![\w.~-])/y,
    envName: 'AZURE_CLIENT_SECRET',
    minLength: 40,
  }),
  entry({
    id: 'azure-sas-token',
    provider: 'Azure',
    name: 'Azure shared access signature',
    // The `sig` parameter (URL-encoded base64 HMAC), when the same query also carries `sv=<date>`.
    prefixes: ['sig='],
    pattern: /(?<![\w-])sig=[\d%+/A-Za-z]{43,90}={0,2}(?![\d%+/=A-Za-z])/y,
    inContext: hasSasVersionInQuery,
    envName: 'AZURE_STORAGE_SAS_TOKEN',
    minLength: 47,
  }),
  // ---- package registries (rows 28–29) -----------------------------------------------------
  entry({
    id: 'npm-access-token',
    provider: 'npm',
    name: 'npm access token',
    prefixes: ['npm_'],
    pattern: /\bnpm_[0-9A-Za-z]{36}\b/y,
    checksum: hasGithubChecksum,
    envName: 'NPM_TOKEN',
    minLength: 40,
  }),
  entry({
    id: 'pypi-upload-token',
    provider: 'PyPI',
    name: 'PyPI API token',
    // 'pypi-' then the base64 of the macaroon header naming pypi.org (or test.pypi.org).
    prefixes: ['pypi-AgEIcHlwaS5vcmc', 'pypi-AgENdGVzdC5weXBpLm9yZw'],
    pattern: /(?<![\w-])pypi-(?:AgEIcHlwaS5vcmc|AgENdGVzdC5weXBpLm9yZw)[\w-]{50,}(?![\w-])/y,
    envName: 'PYPI_TOKEN',
    minLength: 70,
  }),
  // ---- AI providers (rows 30–33, 50) -------------------------------------------------------
  entry({
    id: 'openai-api-key',
    provider: 'OpenAI',
    name: 'OpenAI API key',
    // 'T3BlbkFJ' is the base64 of "OpenAI".
    prefixes: ['sk-'],
    pattern: /(?<![\w-])sk-[0-9A-Za-z]{20}T3BlbkFJ[0-9A-Za-z]{20}(?![\w-])/y,
    envName: 'OPENAI_API_KEY',
    minLength: 51,
  }),
  entry({
    id: 'openai-project-key',
    provider: 'OpenAI',
    name: 'OpenAI project API key',
    prefixes: ['sk-proj-'],
    pattern: /(?<![\w-])sk-proj-[\w-]{58,74}T3BlbkFJ[\w-]{58,74}(?![\w-])/y,
    envName: 'OPENAI_API_KEY',
    minLength: 132,
  }),
  entry({
    id: 'openai-service-account-key',
    provider: 'OpenAI',
    name: 'OpenAI service account key',
    prefixes: ['sk-svcacct-'],
    pattern: /(?<![\w-])sk-svcacct-[\w-]{58,74}T3BlbkFJ[\w-]{58,74}(?![\w-])/y,
    envName: 'OPENAI_API_KEY',
    minLength: 135,
  }),
  entry({
    id: 'openai-admin-key',
    provider: 'OpenAI',
    name: 'OpenAI admin key',
    prefixes: ['sk-admin-'],
    pattern: /(?<![\w-])sk-admin-[\w-]{58,74}T3BlbkFJ[\w-]{58,74}(?![\w-])/y,
    envName: 'OPENAI_ADMIN_KEY',
    minLength: 133,
  }),
  entry({
    id: 'anthropic-api-key',
    provider: 'Anthropic',
    name: 'Anthropic API key',
    prefixes: ['sk-ant-api03-', 'sk-ant-api04-'],
    pattern: /(?<![\w-])sk-ant-api0[34]-[\w-]{93}AA(?![\w-])/y,
    envName: 'ANTHROPIC_API_KEY',
    minLength: 108,
  }),
  entry({
    id: 'anthropic-admin-key',
    provider: 'Anthropic',
    name: 'Anthropic admin API key',
    prefixes: ['sk-ant-admin01-'],
    pattern: /(?<![\w-])sk-ant-admin01-[\w-]{93}AA(?![\w-])/y,
    envName: 'ANTHROPIC_ADMIN_KEY',
    minLength: 110,
  }),
  entry({
    id: 'groq-api-key',
    provider: 'Groq',
    name: 'Groq API key',
    prefixes: ['gsk_'],
    pattern: /\bgsk_[0-9A-Za-z]{52}\b/y,
    envName: 'GROQ_API_KEY',
    minLength: 56,
  }),
  entry({
    id: 'huggingface-access-token',
    provider: 'Hugging Face',
    name: 'Hugging Face access token',
    prefixes: ['hf_'],
    pattern: /\bhf_[A-Za-z]{34}\b/y,
    envName: 'HF_TOKEN',
    minLength: 37,
  }),
  entry({
    id: 'huggingface-org-token',
    provider: 'Hugging Face',
    name: 'Hugging Face organization API token',
    prefixes: ['api_org_'],
    pattern: /\bapi_org_[A-Za-z]{34}\b/y,
    envName: 'HF_TOKEN',
    minLength: 42,
  }),
  // ---- messaging and payments (rows 34–38) ---------------------------------------------------
  entry({
    id: 'twilio-api-key-sid',
    provider: 'Twilio',
    name: 'Twilio API key SID',
    prefixes: ['SK'],
    pattern: /(?<![0-9A-Za-z])SK[0-9a-f]{32}(?![0-9A-Za-z])/y,
    envName: 'TWILIO_API_KEY',
    minLength: 34,
  }),
  entry({
    id: 'sendgrid-api-key',
    provider: 'SendGrid',
    name: 'SendGrid API key',
    prefixes: ['SG.'],
    pattern: /(?<![\w.-])SG\.[\w-]{22}\.[\w-]{43}(?![\w.-])/y,
    envName: 'SENDGRID_API_KEY',
    minLength: 69,
  }),
  entry({
    id: 'mailgun-api-key',
    provider: 'Mailgun',
    name: 'Mailgun API key',
    prefixes: ['key-'],
    pattern: /(?<![\w-])key-[0-9a-f]{32}(?![\w-])/y,
    envName: 'MAILGUN_API_KEY',
    minLength: 36,
  }),
  entry({
    id: 'shopify-access-token',
    provider: 'Shopify',
    name: 'Shopify Admin API access token',
    prefixes: ['shpat_'],
    pattern: /\bshpat_[0-9a-fA-F]{32}\b/y,
    envName: 'SHOPIFY_ACCESS_TOKEN',
    minLength: 38,
  }),
  entry({
    id: 'shopify-custom-app-token',
    provider: 'Shopify',
    name: 'Shopify custom app access token',
    prefixes: ['shpca_'],
    pattern: /\bshpca_[0-9a-fA-F]{32}\b/y,
    envName: 'SHOPIFY_ACCESS_TOKEN',
    minLength: 38,
  }),
  entry({
    id: 'shopify-private-app-token',
    provider: 'Shopify',
    name: 'Shopify private app password',
    prefixes: ['shppa_'],
    pattern: /\bshppa_[0-9a-fA-F]{32}\b/y,
    envName: 'SHOPIFY_ACCESS_TOKEN',
    minLength: 38,
  }),
  entry({
    id: 'shopify-shared-secret',
    provider: 'Shopify',
    name: 'Shopify app shared secret',
    prefixes: ['shpss_'],
    pattern: /\bshpss_[0-9a-fA-F]{32}\b/y,
    envName: 'SHOPIFY_API_SECRET',
    minLength: 38,
  }),
  entry({
    id: 'square-access-token',
    provider: 'Square',
    name: 'Square access token',
    prefixes: ['EAAA'],
    pattern: /(?<![\w-])EAAA[\w-]{60}(?![\w-])/y,
    envName: 'SQUARE_ACCESS_TOKEN',
    minLength: 64,
  }),
  entry({
    id: 'square-legacy-access-token',
    provider: 'Square',
    name: 'Square legacy access token',
    prefixes: ['sq0atp-'],
    pattern: /(?<![\w-])sq0atp-[\w-]{22}(?![\w-])/y,
    envName: 'SQUARE_ACCESS_TOKEN',
    minLength: 29,
  }),
  entry({
    id: 'square-oauth-secret',
    provider: 'Square',
    name: 'Square OAuth application secret',
    prefixes: ['sq0csp-'],
    pattern: /(?<![\w-])sq0csp-[\w-]{43}(?![\w-])/y,
    envName: 'SQUARE_APPLICATION_SECRET',
    minLength: 50,
  }),
  // ---- developer platforms (rows 39–45, 48–54) ----------------------------------------------
  entry({
    id: 'atlassian-api-token',
    provider: 'Atlassian',
    name: 'Atlassian API token',
    prefixes: ['ATATT3'],
    pattern: /(?<![\w-])ATATT3[\w=-]{186}(?![\w=-])/y,
    envName: 'ATLASSIAN_API_TOKEN',
    minLength: 192,
  }),
  entry({
    id: 'digitalocean-pat',
    provider: 'DigitalOcean',
    name: 'DigitalOcean personal access token',
    prefixes: ['dop_v1_'],
    pattern: /\bdop_v1_[0-9a-f]{64}\b/y,
    envName: 'DIGITALOCEAN_TOKEN',
    minLength: 71,
  }),
  entry({
    id: 'digitalocean-oauth-token',
    provider: 'DigitalOcean',
    name: 'DigitalOcean OAuth token',
    prefixes: ['doo_v1_'],
    pattern: /\bdoo_v1_[0-9a-f]{64}\b/y,
    envName: 'DIGITALOCEAN_TOKEN',
    minLength: 71,
  }),
  entry({
    id: 'digitalocean-refresh-token',
    provider: 'DigitalOcean',
    name: 'DigitalOcean refresh token',
    prefixes: ['dor_v1_'],
    pattern: /\bdor_v1_[0-9a-f]{64}\b/y,
    envName: 'DIGITALOCEAN_REFRESH_TOKEN',
    minLength: 71,
  }),
  entry({
    id: 'vault-service-token',
    provider: 'HashiCorp Vault',
    name: 'Vault service token',
    prefixes: ['hvs.'],
    pattern: /(?<![\w.-])hvs\.[\w-]{90,120}(?![\w-])/y,
    envName: 'VAULT_TOKEN',
    minLength: 94,
  }),
  entry({
    id: 'vault-batch-token',
    provider: 'HashiCorp Vault',
    name: 'Vault batch token',
    prefixes: ['hvb.'],
    pattern: /(?<![\w.-])hvb\.[\w-]{138,300}(?![\w-])/y,
    envName: 'VAULT_TOKEN',
    minLength: 142,
  }),
  entry({
    id: 'vault-recovery-token',
    provider: 'HashiCorp Vault',
    name: 'Vault recovery token',
    prefixes: ['hvr.'],
    pattern: /(?<![\w.-])hvr\.[\w-]{90,120}(?![\w-])/y,
    envName: 'VAULT_TOKEN',
    minLength: 94,
  }),
  entry({
    id: 'terraform-api-token',
    provider: 'HashiCorp Terraform',
    name: 'HCP Terraform API token',
    prefixes: [],
    anchors: [{ marker: '.atlasv1.', minOffset: 14, maxOffset: 14 }],
    pattern: /(?<![0-9A-Za-z])[0-9A-Za-z]{14}\.atlasv1\.[\w=-]{60,70}(?![\w=-])/y,
    envName: 'TF_API_TOKEN',
    minLength: 83,
  }),
  entry({
    id: 'databricks-token',
    provider: 'Databricks',
    name: 'Databricks personal access token',
    prefixes: ['dapi'],
    pattern: /\bdapi[0-9a-f]{32}(?:-\d)?(?![\w-])/y,
    envName: 'DATABRICKS_TOKEN',
    minLength: 36,
  }),
  entry({
    id: 'doppler-token',
    provider: 'Doppler',
    name: 'Doppler access token',
    prefixes: ['dp.pt.', 'dp.ct.', 'dp.sa.', 'dp.scim.', 'dp.audit.'],
    pattern: /(?<![\w.-])dp\.(?:pt|ct|sa|scim|audit)\.[0-9A-Za-z]{40,44}\b/y,
    envName: 'DOPPLER_TOKEN',
    minLength: 46,
  }),
  entry({
    id: 'doppler-service-token',
    provider: 'Doppler',
    name: 'Doppler service token',
    prefixes: ['dp.st.'],
    pattern: /(?<![\w.-])dp\.st\.(?:[\da-z-]{1,35}\.)?[0-9A-Za-z]{40,44}\b/y,
    envName: 'DOPPLER_TOKEN',
    minLength: 46,
  }),
  entry({
    id: 'telegram-bot-token',
    provider: 'Telegram',
    name: 'Telegram bot token',
    prefixes: [],
    anchors: [{ marker: ':A', minOffset: 8, maxOffset: 10 }],
    pattern: /(?<!\d)\d{8,10}:A[\w-]{34}(?![\w-])/y,
    envName: 'TELEGRAM_BOT_TOKEN',
    minLength: 44,
  }),
  entry({
    id: 'cloudflare-global-key',
    provider: 'Cloudflare',
    name: 'Cloudflare global API key',
    prefixes: ['cfk_'],
    pattern: /\bcfk_[0-9A-Za-z]{40}[0-9a-f]{8}\b/y,
    checksum: hasCloudflareChecksum,
    envName: 'CLOUDFLARE_API_KEY',
    minLength: 52,
  }),
  entry({
    id: 'cloudflare-user-token',
    provider: 'Cloudflare',
    name: 'Cloudflare user API token',
    prefixes: ['cfut_'],
    pattern: /\bcfut_[0-9A-Za-z]{40}[0-9a-f]{8}\b/y,
    checksum: hasCloudflareChecksum,
    envName: 'CLOUDFLARE_API_TOKEN',
    minLength: 53,
  }),
  entry({
    id: 'cloudflare-account-token',
    provider: 'Cloudflare',
    name: 'Cloudflare account API token',
    prefixes: ['cfat_'],
    pattern: /\bcfat_[0-9A-Za-z]{40}[0-9a-f]{8}\b/y,
    checksum: hasCloudflareChecksum,
    envName: 'CLOUDFLARE_API_TOKEN',
    minLength: 53,
  }),
  entry({
    id: 'grafana-service-account-token',
    provider: 'Grafana',
    name: 'Grafana service account token',
    prefixes: ['glsa_'],
    pattern: /\bglsa_[0-9A-Za-z]{32}_[0-9a-f]{8}\b/y,
    envName: 'GRAFANA_SERVICE_ACCOUNT_TOKEN',
    minLength: 46,
  }),
  entry({
    id: 'grafana-cloud-token',
    provider: 'Grafana',
    name: 'Grafana Cloud access policy token',
    // 'eyJ' is the base64 of '{"'.
    prefixes: ['glc_eyJ'],
    pattern: /\bglc_eyJ[\d+/A-Za-z]{30,}={0,2}(?![\d+/=A-Za-z])/y,
    envName: 'GRAFANA_CLOUD_TOKEN',
    minLength: 37,
  }),
  entry({
    id: 'docker-hub-pat',
    provider: 'Docker',
    name: 'Docker Hub personal access token',
    prefixes: ['dckr_pat_'],
    pattern: /\bdckr_pat_[\w-]{27}(?![\w-])/y,
    envName: 'DOCKERHUB_TOKEN',
    minLength: 36,
  }),
  entry({
    id: 'linear-api-key',
    provider: 'Linear',
    name: 'Linear API key',
    prefixes: ['lin_api_'],
    pattern: /\blin_api_[0-9A-Za-z]{40}\b/y,
    envName: 'LINEAR_API_KEY',
    minLength: 48,
  }),
  entry({
    id: 'notion-token',
    provider: 'Notion',
    name: 'Notion integration token',
    prefixes: ['ntn_'],
    pattern: /\bntn_\d{11}[0-9A-Za-z]{35}\b/y,
    envName: 'NOTION_TOKEN',
    minLength: 50,
  }),
  entry({
    id: 'postman-api-key',
    provider: 'Postman',
    name: 'Postman API key',
    prefixes: ['PMAK-'],
    pattern: /(?<![\w-])PMAK-[0-9a-f]{24}-[0-9a-f]{34}(?![\w-])/y,
    envName: 'POSTMAN_API_KEY',
    minLength: 64,
  }),
  entry({
    id: 'sentry-user-token',
    provider: 'Sentry',
    name: 'Sentry user auth token',
    prefixes: ['sntryu_'],
    pattern: /\bsntryu_[0-9a-f]{64}\b/y,
    envName: 'SENTRY_AUTH_TOKEN',
    minLength: 71,
  }),
  entry({
    id: 'sentry-org-token',
    provider: 'Sentry',
    name: 'Sentry organization auth token',
    prefixes: ['sntrys_eyJ'],
    pattern: /\bsntrys_eyJ[\w+/=]{50,}(?![\w+/=])/y,
    envName: 'SENTRY_AUTH_TOKEN',
    minLength: 60,
  }),
  entry({
    id: 'pulumi-access-token',
    provider: 'Pulumi',
    name: 'Pulumi access token',
    prefixes: ['pul-'],
    pattern: /(?<![\w-])pul-[0-9a-f]{40}(?![\w-])/y,
    envName: 'PULUMI_ACCESS_TOKEN',
    minLength: 44,
  }),
  entry({
    id: 'supabase-access-token',
    provider: 'Supabase',
    name: 'Supabase personal access token',
    prefixes: ['sbp_'],
    pattern: /\bsbp_[0-9a-f]{40}\b/y,
    envName: 'SUPABASE_ACCESS_TOKEN',
    minLength: 44,
  }),
  entry({
    id: 'onepassword-service-account-token',
    provider: '1Password',
    name: '1Password service account token',
    prefixes: ['ops_eyJ'],
    pattern: /\bops_eyJ[\w+/=-]{243,}(?![\w+/=-])/y,
    envName: 'OP_SERVICE_ACCOUNT_TOKEN',
    minLength: 250,
  }),
  entry({
    id: 'age-secret-key',
    provider: 'age',
    name: 'age secret key',
    prefixes: ['AGE-SECRET-KEY-1'],
    pattern: /(?<![\w-])AGE-SECRET-KEY-1[02-9AC-HJ-NP-Z]{58}(?![\w-])/y,
    envName: 'AGE_SECRET_KEY',
    minLength: 74,
  }),
  entry({
    id: 'heroku-api-key',
    provider: 'Heroku',
    name: 'Heroku API key',
    prefixes: ['HRKU-AA'],
    pattern: /(?<![\w-])HRKU-AA[\w-]{58}(?![\w-])/y,
    envName: 'HEROKU_API_KEY',
    minLength: 65,
  }),
  // ---- generic structures (rows 55–58) -----------------------------------------------------
  entry({
    id: 'jwt',
    provider: 'JWT',
    name: 'JSON Web Token',
    // 'eyJ' is the base64url of '{"'; the header must decode to JSON with "alg".
    prefixes: ['eyJ'],
    pattern: /(?<![\w-])eyJ[\w-]{8,}\.[\w-]{4,}\.[\w-]{16,}(?![\w-])/y,
    validate: hasJwtHeader,
    envName: 'JWT_TOKEN',
    minLength: 36,
  }),
  entry({
    id: 'private-key',
    provider: 'PEM',
    name: 'private key',
    // Only the BEGIN line, and only when key material follows it (not a bare header constant).
    prefixes: ['-----BEGIN '],
    pattern:
      /-----BEGIN (?:(?:RSA|EC|DSA|OPENSSH|ENCRYPTED|PGP) )?PRIVATE KEY(?: BLOCK)?-----(?=(?:\s|\\[nr])*[\d+/=A-Za-z])/y,
    envName: 'PRIVATE_KEY',
    minLength: 30,
  }),
  entry({
    id: 'database-url',
    provider: 'Database',
    name: 'database connection string with a password',
    prefixes: [
      'postgres://',
      'postgresql://',
      'mysql://',
      'mariadb://',
      'mongodb://',
      'mongodb+srv://',
      'redis://',
      'rediss://',
      'amqp://',
      'amqps://',
      'mssql://',
      'sqlserver://',
    ],
    pattern:
      /(?<![\w+.-])(?:postgres(?:ql)?|mysql|mariadb|mongodb(?:\+srv)?|rediss?|amqps?|mssql|sqlserver):\/\/[^\s:@/?#"'`<>]*:[^\s@/?#"'`<>]+@[\w-]+(?:\.[\w-]+)*(?::\d{1,5})?/y,
    validate: hasRealUrlPassword,
    container: true,
    envName: 'DATABASE_URL',
    minLength: 16,
  }),
  entry({
    id: 'url-credentials',
    provider: 'URL',
    name: 'URL with embedded credentials',
    prefixes: ['http://', 'https://', 'ftp://', 'ftps://', 'sftp://', 'ssh://', 'git://', 'smtp://', 'smtps://', 'ldap://', 'ldaps://', 'ws://', 'wss://', 'imap://', 'imaps://'],
    pattern:
      /(?<![\w+.-])(?:https?|ftps?|sftp|ssh|git|smtps?|ldaps?|wss?|imaps?):\/\/[^\s:@/?#"'`<>]+:[^\s@/?#"'`<>]+@[\w-]+(?:\.[\w-]+)*(?::\d{1,5})?/y,
    validate: hasRealUrlPassword,
    container: true,
    envName: 'SERVICE_URL',
    minLength: 16,
  }),
]);
