import type { ApiGroup } from '../calls.js';
import { defineApiGroup } from '../calls.js';

/**
 * APIs that take a client (or server) certificate and its private key as options: TLS
 * agents and connections, and the certificate credential of Azure's identity library. A
 * key read from a file into one of these is the good practice of authenticating to a vault
 * with a certificate, not a token kept in a file.
 */
export const CERTIFICATE_CREDENTIAL_APIS: ApiGroup = defineApiGroup([
  { id: 'https.Agent', module: 'https', path: ['Agent'], kind: 'construct' },
  { id: 'https.request', module: 'https', path: ['request'], kind: 'call' },
  { id: 'https.get', module: 'https', path: ['get'], kind: 'call' },
  { id: 'https.createServer', module: 'https', path: ['createServer'], kind: 'call' },
  { id: 'tls.connect', module: 'tls', path: ['connect'], kind: 'call' },
  { id: 'tls.createSecureContext', module: 'tls', path: ['createSecureContext'], kind: 'call' },
  { id: 'tls.createServer', module: 'tls', path: ['createServer'], kind: 'call' },
  { id: 'tls.TLSSocket', module: 'tls', path: ['TLSSocket'], kind: 'construct' },
  { id: 'http2.connect', module: 'http2', path: ['connect'], kind: 'call' },
  { id: 'http2.createSecureServer', module: 'http2', path: ['createSecureServer'], kind: 'call' },
  { id: 'undici.Agent', module: 'undici', path: ['Agent'], kind: 'construct' },
  { id: 'undici.Client', module: 'undici', path: ['Client'], kind: 'construct' },
  { id: 'undici.Pool', module: 'undici', path: ['Pool'], kind: 'construct' },
  { id: 'azure.ClientCertificateCredential', module: '@azure/identity', path: ['ClientCertificateCredential'], kind: 'construct' },
  { id: 'azure.OnBehalfOfCredential', module: '@azure/identity', path: ['OnBehalfOfCredential'], kind: 'construct' },
]);

/** Options that hold a certificate or the private key that goes with it. */
export const CERTIFICATE_OPTION_NAMES: ReadonlySet<string> = new Set(['cert', 'key', 'pfx', 'ca', 'certificate', 'privateKey']);
/** The key half of a certificate pair, and the certificate half: an object with both is a TLS identity. */
export const PRIVATE_KEY_OPTION_NAMES: ReadonlySet<string> = new Set(['key', 'privateKey']);
export const CERTIFICATE_HALF_OPTION_NAMES: ReadonlySet<string> = new Set(['cert', 'certificate']);
/** Options that nest the TLS settings of a client (`{ connect: { key, cert } }`, got's `https`). */
export const TLS_NESTING_OPTION_NAMES: ReadonlySet<string> = new Set(['connect', 'tls', 'https', 'ssl', 'agentOptions']);
