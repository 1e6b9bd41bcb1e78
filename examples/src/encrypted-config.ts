import { createDecipheriv } from 'node:crypto';
import { readFileSync } from 'node:fs';

interface EncryptedConfig {
  iv: string;
  tag: string;
  data: string;
}

function readEncryptedConfig(file: string): EncryptedConfig {
  return JSON.parse(readFileSync(file, 'utf8')) as EncryptedConfig;
}

function decrypt(config: EncryptedConfig, key: Buffer): string {
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(config.iv, 'base64'));
  decipher.setAuthTag(Buffer.from(config.tag, 'base64'));
  return decipher.update(config.data, 'base64', 'utf8') + decipher.final('utf8');
}

// Poor practice (P2): the config file is encrypted, but its key is in the code.
export function tokenFromConfigWithBundledKey(file: string): string {
  const config = readEncryptedConfig(file);
  const decipher = createDecipheriv('aes-256-gcm', Buffer.from('a3f1c9e27b4d8e6f0a1b2c3d4e5f6a7b', 'utf8'), Buffer.from(config.iv, 'base64'));
  decipher.setAuthTag(Buffer.from(config.tag, 'base64'));
  return decipher.update(config.data, 'base64', 'utf8') + decipher.final('utf8');
}

// Good practice (G2): the key comes from the environment of the service account.
export function tokenFromConfig(file: string): string {
  const key = Buffer.from(process.env.CONFIG_KEY ?? '', 'base64');
  return decrypt(readEncryptedConfig(file), key);
}
