import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ClientCertificateCredential } from '@azure/identity';
import { SecretClient } from '@azure/keyvault-secrets';

// Poor practice (P1): the token sits in a plain-text file inside the app's folder.
export function readTokenFromFile() {
  return readFileSync(path.join(import.meta.dirname, '..', 'api-token.txt'), 'utf8').trim();
}

// Good practice (G1): the token lives in Azure Key Vault; the app proves who it is with
// a client certificate that only the service account can read.
export async function readTokenFromVault() {
  const credential = new ClientCertificateCredential(
    process.env.AZURE_TENANT_ID,
    process.env.AZURE_CLIENT_ID,
    { certificatePath: process.env.AZURE_CLIENT_CERTIFICATE_PATH },
  );
  const client = new SecretClient(process.env.KEY_VAULT_URL, credential);
  const secret = await client.getSecret('own-api-token');
  return secret.value;
}
