import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { ApiGroup, ApiSpec, TrackedCall } from '../calls.js';
import { defineApiGroup } from '../calls.js';
import type { ArgumentLocation } from './decryption.js';
import { DECRYPTION_SPECS, getArgumentAt } from './decryption.js';

/**
 * The places a secret goes, as one table: the key, password or passphrase argument of every
 * decryption, encryption, MAC and token-signing, and key-derivation API the project knows,
 * and the credential argument of SDK constructors and factories. A value given there is a
 * secret whatever it is called, so `no-hardcoded-token` reads a literal there as a credential
 * and `no-exposed-decryption-key` reads the decryption entries (decryption.ts) for P2.
 */

/** What the API does with the secret. */
export type SecretUse = 'decryption' | 'encryption' | 'signing' | 'key-derivation' | 'credential';

export interface SecretArgumentSpec extends ApiSpec {
  /** Where the secret is (on the factory call for an instance method). */
  readonly secret: ArgumentLocation;
  readonly use: SecretUse;
}

type Input = Omit<SecretArgumentSpec, 'kind'> & { readonly kind?: SecretArgumentSpec['kind'] };

function entry(input: Input): SecretArgumentSpec {
  return Object.freeze({ kind: 'call', ...input, path: Object.freeze([...input.path]) });
}

const arg = (argument: number): ArgumentLocation => Object.freeze({ argument });
const option = (argument: number, property: string): ArgumentLocation => Object.freeze({ argument, property });

/** The crypto-js ciphers and MACs: `CryptoJS.AES.encrypt(message, key)`, `CryptoJS.HmacSHA256(message, key)`. */
const CRYPTO_JS_CIPHERS = ['AES', 'DES', 'TripleDES', 'Rabbit', 'RabbitLegacy', 'RC4', 'RC4Drop', 'Blowfish'] as const;
const CRYPTO_JS_MACS = ['HmacMD5', 'HmacSHA1', 'HmacSHA224', 'HmacSHA256', 'HmacSHA3', 'HmacSHA384', 'HmacSHA512', 'HmacRIPEMD160'] as const;

const ENCRYPTION: readonly SecretArgumentSpec[] = [
  entry({ id: 'crypto.createCipheriv', module: 'crypto', path: ['createCipheriv'], secret: arg(1), use: 'encryption' }),
  entry({ id: 'crypto.createCipher', module: 'crypto', path: ['createCipher'], secret: arg(1), use: 'encryption' }),
  entry({ id: 'crypto.createSecretKey', module: 'crypto', path: ['createSecretKey'], secret: arg(0), use: 'encryption' }),
  ...CRYPTO_JS_CIPHERS.map((cipher) => entry({ id: `crypto-js.${cipher}.encrypt`, module: 'crypto-js', path: [cipher, 'encrypt'], secret: arg(1), use: 'encryption' })),
  entry({ id: 'crypto-js/aes.encrypt', module: 'crypto-js/aes', path: ['encrypt'], secret: arg(1), use: 'encryption' }),
  // WebCrypto keys are made from raw bytes by importKey('raw', keyData, ...).
  ...[['crypto', 'subtle'], ['crypto', 'webcrypto', 'subtle']].flatMap((root) => [
    entry({ id: `${root.join('.')}.importKey`, module: 'crypto', path: [...root.slice(1), 'importKey'], secret: arg(1), use: 'encryption' }),
  ]),
  entry({ id: 'global.crypto.subtle.importKey', path: ['crypto', 'subtle', 'importKey'], secret: arg(1), use: 'encryption' }),
  entry({ id: 'node-forge.cipher.createCipher', module: 'node-forge', path: ['cipher', 'createCipher'], secret: arg(1), use: 'encryption' }),
  ...['ecb', 'cbc', 'cfb', 'ofb', 'ctr'].map((mode) =>
    entry({ id: `aes-js.ModeOfOperation.${mode}`, module: 'aes-js', path: ['ModeOfOperation', mode], kind: 'construct', secret: arg(0), use: 'encryption' }),
  ),
  entry({ id: 'aes-js.AES', module: 'aes-js', path: ['AES'], kind: 'construct', secret: arg(0), use: 'encryption' }),
  entry({ id: 'tweetnacl.secretbox', module: 'tweetnacl', path: ['secretbox'], secret: arg(2), use: 'encryption' }),
  ...['libsodium-wrappers', 'libsodium-wrappers-sumo'].map((module) =>
    entry({ id: `${module}.crypto_secretbox_easy`, module, path: ['crypto_secretbox_easy'], secret: arg(2), use: 'encryption' }),
  ),
  entry({ id: 'openpgp.encrypt', module: 'openpgp', path: ['encrypt'], secret: option(0, 'passwords'), use: 'encryption' }),
];

const SIGNING: readonly SecretArgumentSpec[] = [
  entry({ id: 'crypto.createHmac', module: 'crypto', path: ['createHmac'], secret: arg(1), use: 'signing' }),
  ...CRYPTO_JS_MACS.map((mac) => entry({ id: `crypto-js.${mac}`, module: 'crypto-js', path: [mac], secret: arg(1), use: 'signing' })),
  entry({ id: 'jsonwebtoken.sign', module: 'jsonwebtoken', path: ['sign'], secret: arg(1), use: 'signing' }),
  entry({ id: 'jsonwebtoken.verify', module: 'jsonwebtoken', path: ['verify'], secret: arg(1), use: 'signing' }),
  entry({ id: 'jose.jwtVerify', module: 'jose', path: ['jwtVerify'], secret: arg(1), use: 'signing' }),
  entry({ id: 'jose.compactVerify', module: 'jose', path: ['compactVerify'], secret: arg(1), use: 'signing' }),
];

const KEY_DERIVATION: readonly SecretArgumentSpec[] = [
  ...['scrypt', 'scryptSync', 'pbkdf2', 'pbkdf2Sync'].map((name) => entry({ id: `crypto.${name}`, module: 'crypto', path: [name], secret: arg(0), use: 'key-derivation' })),
  ...['hkdf', 'hkdfSync'].map((name) => entry({ id: `crypto.${name}`, module: 'crypto', path: [name], secret: arg(1), use: 'key-derivation' })),
  ...['PBKDF2', 'EvpKDF'].map((name) => entry({ id: `crypto-js.${name}`, module: 'crypto-js', path: [name], secret: arg(0), use: 'key-derivation' })),
  ...['deriveKey', 'deriveBits'].map((name) =>
    entry({ id: `global.crypto.subtle.${name}`, path: ['crypto', 'subtle', name], secret: arg(1), use: 'key-derivation' }),
  ),
];

/** SDK clients and credentials that take a key, a token or a connection string. */
const CREDENTIALS: readonly SecretArgumentSpec[] = [
  entry({ id: 'stripe', module: 'stripe', path: [], kind: 'both', secret: arg(0), use: 'credential' }),
  entry({ id: 'stripe.Stripe', module: 'stripe', path: ['Stripe'], kind: 'both', secret: arg(0), use: 'credential' }),
  entry({ id: 'twilio', module: 'twilio', path: [], kind: 'both', secret: arg(1), use: 'credential' }),
  entry({ id: 'twilio.Twilio', module: 'twilio', path: ['Twilio'], kind: 'construct', secret: arg(1), use: 'credential' }),
  entry({ id: '@sendgrid/mail.setApiKey', module: '@sendgrid/mail', path: ['setApiKey'], secret: arg(0), use: 'credential' }),
  entry({ id: '@sendgrid/client.setApiKey', module: '@sendgrid/client', path: ['setApiKey'], secret: arg(0), use: 'credential' }),
  entry({ id: '@slack/web-api.WebClient', module: '@slack/web-api', path: ['WebClient'], kind: 'construct', secret: arg(0), use: 'credential' }),
  entry({ id: '@octokit/rest.Octokit', module: '@octokit/rest', path: ['Octokit'], kind: 'construct', secret: option(0, 'auth'), use: 'credential' }),
  entry({ id: 'octokit.Octokit', module: 'octokit', path: ['Octokit'], kind: 'construct', secret: option(0, 'auth'), use: 'credential' }),
  entry({ id: 'openai.OpenAI', module: 'openai', path: [], kind: 'construct', secret: option(0, 'apiKey'), use: 'credential' }),
  entry({ id: '@anthropic-ai/sdk', module: '@anthropic-ai/sdk', path: [], kind: 'construct', secret: option(0, 'apiKey'), use: 'credential' }),
  entry({ id: '@azure/storage-blob.StorageSharedKeyCredential', module: '@azure/storage-blob', path: ['StorageSharedKeyCredential'], kind: 'construct', secret: arg(1), use: 'credential' }),
  entry({ id: '@azure/data-tables.AzureNamedKeyCredential', module: '@azure/data-tables', path: ['AzureNamedKeyCredential'], kind: 'construct', secret: arg(1), use: 'credential' }),
  entry({ id: '@azure/core-auth.AzureKeyCredential', module: '@azure/core-auth', path: ['AzureKeyCredential'], kind: 'construct', secret: arg(0), use: 'credential' }),
  entry({ id: '@azure/identity.ClientSecretCredential', module: '@azure/identity', path: ['ClientSecretCredential'], kind: 'construct', secret: arg(2), use: 'credential' }),
  ...['BlobServiceClient', 'QueueServiceClient', 'ShareServiceClient'].map((client) =>
    entry({
      id: `@azure/storage.${client}.fromConnectionString`,
      module: client === 'BlobServiceClient' ? '@azure/storage-blob' : client === 'QueueServiceClient' ? '@azure/storage-queue' : '@azure/storage-file-share',
      path: [client, 'fromConnectionString'],
      secret: arg(0),
      use: 'credential',
    }),
  ),
  entry({ id: '@azure/service-bus.ServiceBusClient', module: '@azure/service-bus', path: ['ServiceBusClient'], kind: 'construct', secret: arg(0), use: 'credential' }),
  entry({ id: '@azure/event-hubs.EventHubProducerClient', module: '@azure/event-hubs', path: ['EventHubProducerClient'], kind: 'construct', secret: arg(0), use: 'credential' }),
];

export const SECRET_ARGUMENT_SPECS: readonly SecretArgumentSpec[] = Object.freeze([
  ...DECRYPTION_SPECS.map((spec) => Object.freeze({ ...spec, secret: spec.key, use: 'decryption' as const })),
  ...ENCRYPTION,
  ...SIGNING,
  ...KEY_DERIVATION,
  ...CREDENTIALS,
]);

/** Every API that takes a secret, compiled once for call tracking. */
export const SECRET_ARGUMENT_APIS: ApiGroup = defineApiGroup(SECRET_ARGUMENT_SPECS);

const specsById: ReadonlyMap<string, SecretArgumentSpec> = new Map(SECRET_ARGUMENT_SPECS.map((spec) => [spec.id, spec]));

/** The spec a tracked call matched (by `TrackedCall.api`). */
export function getSecretArgumentSpec(api: string): SecretArgumentSpec | undefined {
  return specsById.get(api);
}

/** The expression a tracked call takes its secret from (on the factory call for an instance method). */
export function getSecretArgument(call: TrackedCall, spec: SecretArgumentSpec, scope: TSESLint.Scope.Scope): TSESTree.Node | undefined {
  return getArgumentAt(call.factory ?? call.node, spec.secret, scope);
}

/**
 * Key derivations by the name of the function, with the index of the password each
 * stretches: the same entries as the table, for code that recognises a derivation by name
 * (a promisified `scrypt`, a call on an unknown receiver).
 */
export const KEY_DERIVATION_PASSWORDS: ReadonlyMap<string, number> = new Map(
  KEY_DERIVATION.map((spec) => [spec.path[spec.path.length - 1] as string, spec.secret.argument]),
);
