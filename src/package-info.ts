import { createRequire } from 'node:module';

interface PackageJson {
  readonly name: string;
  readonly version: string;
}

// Read through the package self-reference: the same specifier works from src/ under
// the test runner and from dist/src/ once built.
const packageJson = createRequire(import.meta.url)('eslint-plugin-token-hygiene/package.json') as PackageJson;

export const PACKAGE_NAME: string = packageJson.name;
export const PACKAGE_VERSION: string = packageJson.version;
/** The prefix users write before rule names: `token-hygiene/no-hardcoded-token`. */
export const NAMESPACE = 'token-hygiene';
