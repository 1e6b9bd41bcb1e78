/**
 * Provider formats that only count where the key names the provider: the value alone (32 hex
 * digits, a UUID, 40 letters and digits) is too plain to be recognised anywhere, but under
 * `okta_token`, `HEROKU_API_KEY` or `cloudflare:` it is that provider's credential. Published
 * scanners read these the same way (gitleaks anchors such rules on a keyword near the value).
 *
 * One frozen entry per kind: the words a key must hold (`keywords`, lower case; a keyword of two
 * words matches them written apart or together), the whole value's shape, and the source of the
 * facts. Every `value` pattern is anchored and linear-time. Names that describe rather than hold a
 * credential (`heroku_app_id`, `okta_domain`) are left out by the caller (names.ts).
 */
import { looksLikeDummyToken } from './placeholders.js';

export interface KeywordFormat {
  /** Kebab-case id, e.g. 'okta-api-token'. */
  readonly id: string;
  readonly provider: string;
  /** Human kind, e.g. 'Okta API token'. */
  readonly name: string;
  /** Words (or two-word phrases) of a key name that name the provider, in lower case. */
  readonly keywords: readonly string[];
  /** The whole value, anchored at both ends. */
  readonly value: RegExp;
  /** Leading characters the dummy check skips (a fixed run such as Twitter's `AAAA…`). */
  readonly fixedLead?: number;
  /** Where the facts come from. */
  readonly source: string;
  readonly envName: string;
}

function entry(format: KeywordFormat): KeywordFormat {
  return Object.freeze({ ...format, keywords: Object.freeze([...format.keywords]) });
}

const gitleaks = (rule: string): string => `gitleaks rule ${rule}`;

export const KEYWORD_FORMATS: readonly KeywordFormat[] = Object.freeze([
  // ---- UUID-shaped keys ------------------------------------------------------------------------
  entry({ id: 'heroku-api-key-uuid', provider: 'Heroku', name: 'Heroku API key', keywords: ['heroku'], value: /^[\da-f]{8}(?:-[\da-f]{4}){3}-[\da-f]{12}$/i, source: `devcenter.heroku.com "Heroku CLI authentication"; ${gitleaks('heroku-api-key')}`, envName: 'HEROKU_API_KEY' }),
  entry({ id: 'snyk-api-token', provider: 'Snyk', name: 'Snyk API token', keywords: ['snyk'], value: /^[\da-f]{8}(?:-[\da-f]{4}){3}-[\da-f]{12}$/i, source: `docs.snyk.io "Authenticate the CLI with your account"; ${gitleaks('snyk-api-token')}`, envName: 'SNYK_TOKEN' }),
  entry({ id: 'hubspot-api-key', provider: 'HubSpot', name: 'HubSpot API key', keywords: ['hubspot'], value: /^[\da-f]{8}(?:-[\da-f]{4}){3}-[\da-f]{12}$/i, source: gitleaks('hubspot-api-key'), envName: 'HUBSPOT_API_KEY' }),
  entry({ id: 'messagebird-api-key', provider: 'MessageBird', name: 'MessageBird API key', keywords: ['messagebird', 'message bird'], value: /^(?:[\dA-Za-z]{25}|[\da-f]{8}(?:-[\da-f]{4}){3}-[\da-f]{12})$/, source: gitleaks('messagebird-api-token'), envName: 'MESSAGEBIRD_API_KEY' }),
  entry({ id: 'sendbird-api-token', provider: 'Sendbird', name: 'Sendbird API token', keywords: ['sendbird'], value: /^[\da-f]{40}$/, source: gitleaks('sendbird-access-token'), envName: 'SENDBIRD_API_TOKEN' }),
  entry({ id: 'squarespace-api-key', provider: 'Squarespace', name: 'Squarespace API key', keywords: ['squarespace'], value: /^[\da-f]{8}(?:-[\da-f]{4}){3}-[\da-f]{12}$/i, source: gitleaks('squarespace-access-token'), envName: 'SQUARESPACE_API_KEY' }),
  entry({ id: 'kucoin-api-secret', provider: 'KuCoin', name: 'KuCoin API secret', keywords: ['kucoin'], value: /^(?:[\da-f]{24}|[\da-f]{8}(?:-[\da-f]{4}){3}-[\da-f]{12})$/, source: gitleaks('kucoin-secret-key'), envName: 'KUCOIN_API_SECRET' }),
  entry({ id: 'codecov-upload-token', provider: 'Codecov', name: 'Codecov token', keywords: ['codecov'], value: /^(?:[\da-z]{32}|[\da-f]{8}(?:-[\da-f]{4}){3}-[\da-f]{12})$/, source: `docs.codecov.com "Codecov tokens"; ${gitleaks('codecov-access-token')}`, envName: 'CODECOV_TOKEN' }),
  // ---- hex, letters-and-digits and structured values ---------------------------------------------
  entry({ id: 'okta-api-token', provider: 'Okta', name: 'Okta API token', keywords: ['okta'], value: /^00[\w=-]{40}$/, source: `developer.okta.com "Create an API token"; ${gitleaks('okta-access-token')}`, envName: 'OKTA_API_TOKEN' }),
  entry({ id: 'sumologic-access-key', provider: 'Sumo Logic', name: 'Sumo Logic access key', keywords: ['sumo', 'sumologic', 'sumo logic'], value: /^(?:su[\dA-Za-z]{12}|[\dA-Za-z]{64})$/, source: `help.sumologic.com "Access keys"; ${gitleaks('sumologic-access-token')}`, envName: 'SUMOLOGIC_ACCESS_KEY' }),
  entry({ id: 'cloudflare-api-key-legacy', provider: 'Cloudflare', name: 'Cloudflare API key', keywords: ['cloudflare'], value: /^(?:[\da-f]{37}|[\w-]{40})$/, source: `developers.cloudflare.com "Get Global API key (legacy)"; ${gitleaks('cloudflare-global-api-key')}, ${gitleaks('cloudflare-api-key')}`, envName: 'CLOUDFLARE_API_KEY' }),
  entry({ id: 'facebook-app-secret', provider: 'Facebook', name: 'Facebook app secret', keywords: ['facebook'], value: /^[\da-f]{32}$/, source: gitleaks('facebook-secret'), envName: 'FACEBOOK_APP_SECRET' }),
  entry({ id: 'twitter-api-credential', provider: 'Twitter', name: 'Twitter (X) API credential', keywords: ['twitter'], value: /^(?:[\dA-Za-z]{25}|[\dA-Za-z]{45}|[\dA-Za-z]{50}|\d{15,25}-[\dA-Za-z]{20,40})$/, source: `${gitleaks('twitter-api-key')}, ${gitleaks('twitter-api-secret')}, ${gitleaks('twitter-access-token')}, ${gitleaks('twitter-access-secret')}`, envName: 'TWITTER_API_SECRET' }),
  entry({ id: 'twitter-bearer-token', provider: 'Twitter', name: 'Twitter (X) bearer token', keywords: ['twitter'], value: /^A{22}[\d%A-Za-z]{80,100}$/, fixedLead: 22, source: gitleaks('twitter-bearer-token'), envName: 'TWITTER_BEARER_TOKEN' }),
  entry({ id: 'discord-api-token', provider: 'Discord', name: 'Discord API token', keywords: ['discord'], value: /^(?:[\da-f]{64}|[\w=-]{32})$/, source: `${gitleaks('discord-api-token')}, ${gitleaks('discord-client-secret')}`, envName: 'DISCORD_TOKEN' }),
  entry({ id: 'dropbox-api-token', provider: 'Dropbox', name: 'Dropbox API token', keywords: ['dropbox'], value: /^(?:[\dA-Za-z]{15}|sl\.[\w=-]{135,}|[\dA-Za-z]{11}A{10}[\w=-]{43})$/, source: `${gitleaks('dropbox-api-token')}, ${gitleaks('dropbox-short-lived-api-token')}, ${gitleaks('dropbox-long-lived-api-token')}`, envName: 'DROPBOX_TOKEN' }),
  entry({ id: 'gitter-access-token', provider: 'Gitter', name: 'Gitter access token', keywords: ['gitter'], value: /^[\w-]{40}$/, source: gitleaks('gitter-access-token'), envName: 'GITTER_TOKEN' }),
  entry({ id: 'gocardless-access-token', provider: 'GoCardless', name: 'GoCardless access token', keywords: ['gocardless'], value: /^live_[\w=-]{40}$/, source: gitleaks('gocardless-api-token'), envName: 'GOCARDLESS_ACCESS_TOKEN' }),
  entry({ id: 'intercom-access-token', provider: 'Intercom', name: 'Intercom access token', keywords: ['intercom'], value: /^[\w=-]{60}$/, source: gitleaks('intercom-api-key'), envName: 'INTERCOM_ACCESS_TOKEN' }),
  entry({ id: 'jfrog-api-key', provider: 'JFrog', name: 'JFrog API key', keywords: ['jfrog', 'artifactory', 'bintray', 'xray'], value: /^(?:[\dA-Za-z]{73}|[\dA-Za-z]{64})$/, source: `${gitleaks('jfrog-api-key')}, ${gitleaks('jfrog-identity-token')}`, envName: 'JFROG_ACCESS_TOKEN' }),
  entry({ id: 'kraken-api-key', provider: 'Kraken', name: 'Kraken API key', keywords: ['kraken'], value: /^[\w+/=-]{80,90}$/, source: gitleaks('kraken-access-token'), envName: 'KRAKEN_API_KEY' }),
  entry({ id: 'launchdarkly-access-token', provider: 'LaunchDarkly', name: 'LaunchDarkly access token', keywords: ['launchdarkly', 'launch darkly'], value: /^[\w=-]{40}$/, source: gitleaks('launchdarkly-access-token'), envName: 'LAUNCHDARKLY_ACCESS_TOKEN' }),
  entry({ id: 'linear-client-secret', provider: 'Linear', name: 'Linear client secret', keywords: ['linear'], value: /^[\da-f]{32}$/, source: gitleaks('linear-client-secret'), envName: 'LINEAR_CLIENT_SECRET' }),
  entry({ id: 'linkedin-client-secret', provider: 'LinkedIn', name: 'LinkedIn client secret', keywords: ['linkedin', 'linked in'], value: /^[\dA-Za-z]{16}$/, source: gitleaks('linkedin-client-secret'), envName: 'LINKEDIN_CLIENT_SECRET' }),
  entry({ id: 'lob-api-key', provider: 'Lob', name: 'Lob API key', keywords: ['lob'], value: /^(?:live|test)_[\da-f]{35}$/, source: gitleaks('lob-api-key'), envName: 'LOB_API_KEY' }),
  entry({ id: 'mailgun-signing-key', provider: 'Mailgun', name: 'Mailgun webhook signing key', keywords: ['mailgun'], value: /^[\da-h]{32}-[\da-h]{8}-[\da-h]{8}$/, source: gitleaks('mailgun-signing-key'), envName: 'MAILGUN_SIGNING_KEY' }),
  entry({ id: 'mattermost-access-token', provider: 'Mattermost', name: 'Mattermost access token', keywords: ['mattermost'], value: /^[\da-z]{26}$/, source: gitleaks('mattermost-access-token'), envName: 'MATTERMOST_TOKEN' }),
  entry({ id: 'netlify-access-token', provider: 'Netlify', name: 'Netlify access token', keywords: ['netlify'], value: /^[\w=-]{40,46}$/, source: gitleaks('netlify-access-token'), envName: 'NETLIFY_AUTH_TOKEN' }),
  entry({ id: 'nytimes-api-key', provider: 'New York Times', name: 'New York Times API key', keywords: ['nytimes', 'newyorktimes'], value: /^[\w=-]{32}$/, source: gitleaks('nytimes-access-token'), envName: 'NYTIMES_API_KEY' }),
  entry({ id: 'privateai-api-key', provider: 'Private AI', name: 'Private AI API key', keywords: ['privateai', 'private ai'], value: /^[\da-z]{32}$/, source: gitleaks('privateai-api-token'), envName: 'PRIVATEAI_API_KEY' }),
  entry({ id: 'rapidapi-key', provider: 'RapidAPI', name: 'RapidAPI key', keywords: ['rapidapi', 'rapid api'], value: /^[\w-]{50}$/, source: gitleaks('rapidapi-access-token'), envName: 'RAPIDAPI_KEY' }),
  entry({ id: 'sentry-auth-token-legacy', provider: 'Sentry', name: 'Sentry auth token', keywords: ['sentry'], value: /^[\da-f]{64}$/, source: gitleaks('sentry-access-token'), envName: 'SENTRY_AUTH_TOKEN' }),
  entry({ id: 'sonarqube-token-legacy', provider: 'SonarQube', name: 'SonarQube token', keywords: ['sonar', 'sonarqube', 'sonarcloud'], value: /^[\w=-]{40}$/, source: gitleaks('sonar-api-token'), envName: 'SONAR_TOKEN' }),
  entry({ id: 'travis-ci-token', provider: 'Travis CI', name: 'Travis CI token', keywords: ['travis'], value: /^[\dA-Za-z]{22}$/, source: gitleaks('travisci-access-token'), envName: 'TRAVIS_TOKEN' }),
  entry({ id: 'twitch-api-token', provider: 'Twitch', name: 'Twitch API token', keywords: ['twitch'], value: /^[\da-z]{30}$/, source: gitleaks('twitch-api-token'), envName: 'TWITCH_TOKEN' }),
  entry({ id: 'yandex-credential', provider: 'Yandex', name: 'Yandex Cloud credential', keywords: ['yandex'], value: /^(?:t1\.[\w-]{1,120}={0,2}\.[\w-]{86}={0,2}|AQVN[\w-]{35,38}|YC[\w-]{38})$/, source: `${gitleaks('yandex-access-token')}, ${gitleaks('yandex-api-key')}, ${gitleaks('yandex-aws-access-token')}`, envName: 'YC_TOKEN' }),
  entry({ id: 'zendesk-api-token', provider: 'Zendesk', name: 'Zendesk API token', keywords: ['zendesk'], value: /^[\dA-Za-z]{40}$/, source: gitleaks('zendesk-secret-key'), envName: 'ZENDESK_API_TOKEN' }),
  entry({ id: 'adafruit-io-key', provider: 'Adafruit', name: 'Adafruit IO key', keywords: ['adafruit'], value: /^[\w-]{32}$/, source: gitleaks('adafruit-api-key'), envName: 'ADAFRUIT_IO_KEY' }),
  entry({ id: 'airtable-api-key-legacy', provider: 'Airtable', name: 'Airtable API key', keywords: ['airtable'], value: /^[\dA-Za-z]{17}$/, source: gitleaks('airtable-api-key'), envName: 'AIRTABLE_API_KEY' }),
  entry({ id: 'algolia-admin-key', provider: 'Algolia', name: 'Algolia API key', keywords: ['algolia'], value: /^[\da-z]{32}$/, source: gitleaks('algolia-api-key'), envName: 'ALGOLIA_ADMIN_KEY' }),
  entry({ id: 'alibaba-access-key-secret', provider: 'Alibaba Cloud', name: 'Alibaba Cloud AccessKey secret', keywords: ['alibaba', 'aliyun'], value: /^[\dA-Za-z]{30}$/, source: gitleaks('alibaba-secret-key'), envName: 'ALIBABA_CLOUD_ACCESS_KEY_SECRET' }),
  entry({ id: 'asana-client-secret', provider: 'Asana', name: 'Asana client secret', keywords: ['asana'], value: /^[\da-z]{32}$/, source: gitleaks('asana-client-secret'), envName: 'ASANA_CLIENT_SECRET' }),
  entry({ id: 'atlassian-api-token-legacy', provider: 'Atlassian', name: 'Atlassian API token', keywords: ['atlassian', 'confluence', 'jira'], value: /^[\dA-Za-z]{24}$/, source: gitleaks('atlassian-api-token'), envName: 'ATLASSIAN_API_TOKEN' }),
  entry({ id: 'beamer-api-key', provider: 'Beamer', name: 'Beamer API key', keywords: ['beamer'], value: /^b_[\w=-]{44}$/, source: gitleaks('beamer-api-token'), envName: 'BEAMER_API_KEY' }),
  entry({ id: 'bitbucket-client-secret', provider: 'Bitbucket', name: 'Bitbucket client secret', keywords: ['bitbucket'], value: /^[\w=-]{64}$/, source: gitleaks('bitbucket-client-secret'), envName: 'BITBUCKET_CLIENT_SECRET' }),
  entry({ id: 'bittrex-api-key', provider: 'Bittrex', name: 'Bittrex API key', keywords: ['bittrex'], value: /^[\da-z]{32}$/, source: `${gitleaks('bittrex-access-key')}, ${gitleaks('bittrex-secret-key')}`, envName: 'BITTREX_API_KEY' }),
  entry({ id: 'cisco-meraki-api-key', provider: 'Cisco Meraki', name: 'Cisco Meraki API key', keywords: ['meraki'], value: /^[\da-f]{40}$/, source: gitleaks('cisco-meraki-api-key'), envName: 'MERAKI_DASHBOARD_API_KEY' }),
  entry({ id: 'cohere-api-key', provider: 'Cohere', name: 'Cohere API key', keywords: ['cohere'], value: /^[\dA-Za-z]{40}$/, source: gitleaks('cohere-api-token'), envName: 'CO_API_KEY' }),
  entry({ id: 'coinbase-api-key', provider: 'Coinbase', name: 'Coinbase API key', keywords: ['coinbase'], value: /^[\w-]{64}$/, source: gitleaks('coinbase-access-token'), envName: 'COINBASE_API_KEY' }),
  entry({ id: 'confluent-api-secret', provider: 'Confluent', name: 'Confluent API secret', keywords: ['confluent'], value: /^[\dA-Za-z]{64}$/, source: gitleaks('confluent-secret-key'), envName: 'CONFLUENT_CLOUD_API_SECRET' }),
  entry({ id: 'contentful-access-token', provider: 'Contentful', name: 'Contentful access token', keywords: ['contentful'], value: /^[\w=-]{43}$/, source: gitleaks('contentful-delivery-api-token'), envName: 'CONTENTFUL_ACCESS_TOKEN' }),
  entry({ id: 'datadog-api-key', provider: 'Datadog', name: 'Datadog API or application key', keywords: ['datadog'], value: /^(?:[\da-f]{32}|[\da-z]{40})$/, source: `docs.datadoghq.com "API and application keys"; ${gitleaks('datadog-access-token')}`, envName: 'DD_API_KEY' }),
  entry({ id: 'drone-ci-token', provider: 'Drone CI', name: 'Drone CI token', keywords: ['droneci', 'drone'], value: /^[\dA-Za-z]{32}$/, source: gitleaks('droneci-access-token'), envName: 'DRONE_TOKEN' }),
  entry({ id: 'etsy-api-key', provider: 'Etsy', name: 'Etsy API key', keywords: ['etsy'], value: /^[\da-z]{24}$/, source: gitleaks('etsy-access-token'), envName: 'ETSY_API_KEY' }),
  entry({ id: 'fastly-api-token', provider: 'Fastly', name: 'Fastly API token', keywords: ['fastly'], value: /^[\w=-]{32}$/, source: gitleaks('fastly-api-token'), envName: 'FASTLY_API_TOKEN' }),
  entry({ id: 'finicity-credential', provider: 'Finicity', name: 'Finicity API credential', keywords: ['finicity'], value: /^(?:[\da-f]{32}|[\dA-Za-z]{20})$/, source: `${gitleaks('finicity-api-token')}, ${gitleaks('finicity-client-secret')}`, envName: 'FINICITY_APP_KEY' }),
  entry({ id: 'finnhub-api-key', provider: 'Finnhub', name: 'Finnhub API key', keywords: ['finnhub'], value: /^[\da-z]{20}$/, source: gitleaks('finnhub-access-token'), envName: 'FINNHUB_API_KEY' }),
  entry({ id: 'flickr-api-key', provider: 'Flickr', name: 'Flickr API key', keywords: ['flickr'], value: /^[\da-z]{32}$/, source: gitleaks('flickr-access-token'), envName: 'FLICKR_API_KEY' }),
  entry({ id: 'freshbooks-access-token', provider: 'FreshBooks', name: 'FreshBooks access token', keywords: ['freshbooks'], value: /^[\da-z]{64}$/, source: gitleaks('freshbooks-access-token'), envName: 'FRESHBOOKS_ACCESS_TOKEN' }),
  entry({ id: 'looker-client-secret', provider: 'Looker', name: 'Looker client secret', keywords: ['looker', 'lookersdk'], value: /^[\dA-Za-z]{24}$/, source: gitleaks('looker-client-secret'), envName: 'LOOKERSDK_CLIENT_SECRET' }),
  entry({ id: 'plaid-secret', provider: 'Plaid', name: 'Plaid secret', keywords: ['plaid'], value: /^[\da-z]{30}$/, source: gitleaks('plaid-secret-key'), envName: 'PLAID_SECRET' }),
  entry({ id: 'chargebee-api-key', provider: 'Chargebee', name: 'Chargebee API key', keywords: ['chargebee'], value: /^(?:test|live)_[\dA-Za-z]{32,34}$/, source: gitleaks('chargebee-access-token'), envName: 'CHARGEBEE_API_KEY' }),
  entry({ id: 'freemius-secret-key', provider: 'Freemius', name: 'Freemius secret key', keywords: ['freemius', 'secret key'], value: /^sk_[^\s"'`]{29}$/, source: `freemius.com/help "SDK integration" (secret_key); ${gitleaks('freemius-secret-key')}`, envName: 'FREEMIUS_SECRET_KEY' }),
  entry({ id: 'vault-token-legacy', provider: 'HashiCorp Vault', name: 'Vault service token', keywords: ['vault'], value: /^s\.[\dA-Za-z]{24}$/, source: `developer.hashicorp.com/vault "Tokens" (pre-1.10 s. prefix); ${gitleaks('vault-service-token')}`, envName: 'VAULT_TOKEN' }),
  entry({ id: 'sidekiq-credentials', provider: 'Sidekiq', name: 'Sidekiq Enterprise gem credentials', keywords: ['contribsys'], value: /^[\da-f]{8}:[\da-f]{8}$/, source: `github.com/sidekiq/sidekiq wiki "Commercial gems"; ${gitleaks('sidekiq-secret')}`, envName: 'BUNDLE_GEMS__CONTRIBSYS__COM' }),
]);

/** The first of `formats` the whole `value` fits, unless the value is evidently a dummy. */
export function fitKeywordFormat(formats: readonly KeywordFormat[], value: string): KeywordFormat | undefined {
  return formats.find((format) => format.value.test(value) && !looksLikeDummyToken(value.slice(format.fixedLead ?? 0)));
}
