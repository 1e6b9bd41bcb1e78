import type { JSONSchema4 } from '@typescript-eslint/utils/json-schema';
import type { ClassifyOptions } from './secrets/classify.js';
import type { Charset } from './secrets/entropy.js';

/** Options every rule that recognises token values shares, as users write them. */
export interface SecretOptionsInput {
  readonly allowedValues?: readonly string[];
  readonly allowedPatterns?: readonly string[];
  readonly additionalPatterns?: readonly { readonly name: string; readonly pattern: string }[];
  readonly tokenNames?: readonly string[];
  readonly minEntropy?: Partial<Record<Charset, number>>;
}

/** The same options, compiled once for the shared analysis. */
export interface SecretOptions {
  readonly classify: ClassifyOptions;
  readonly tokenNames: readonly string[];
}

const entropyBound = (charset: string): JSONSchema4 => ({
  type: 'number',
  minimum: 0,
  maximum: 8,
  description: `Minimum Shannon entropy (bits per character) of a generic ${charset} secret.`,
});

/** JSON-schema properties of the shared options, for rules to spread into their schema. */
export const SECRET_OPTION_SCHEMA: Readonly<Record<keyof SecretOptionsInput, JSONSchema4>> = Object.freeze({
  allowedValues: {
    type: 'array',
    items: { type: 'string' },
    uniqueItems: true,
    description: 'Exact values that are never reported (documented fakes, public test keys).',
  },
  allowedPatterns: {
    type: 'array',
    items: { type: 'string', minLength: 1 },
    uniqueItems: true,
    description: 'Regular expressions (source text, `u` flag): values they match are never reported.',
  },
  additionalPatterns: {
    type: 'array',
    description: 'Extra token formats to report anywhere, each with a name for the message.',
    items: {
      type: 'object',
      additionalProperties: false,
      required: ['name', 'pattern'],
      properties: {
        name: { type: 'string', minLength: 1, description: 'The kind of token, shown in the message.' },
        pattern: { type: 'string', minLength: 1, description: 'A regular expression (source text, `u` flag) matching the token.' },
      },
    },
  },
  tokenNames: {
    type: 'array',
    items: { type: 'string', minLength: 1 },
    uniqueItems: true,
    description: 'Extra words that make a name token-ish (matched against the words of camelCase, snake_case and kebab-case names).',
  },
  minEntropy: {
    type: 'object',
    additionalProperties: false,
    description: 'Overrides of the entropy thresholds for generic secrets, per character set.',
    properties: {
      hex: entropyBound('hexadecimal'),
      base32: entropyBound('base32'),
      base62: entropyBound('base62'),
      base64: entropyBound('base64'),
    },
  },
});

function compilePattern(ruleName: string, option: string, source: string): RegExp {
  try {
    return new RegExp(source, 'u');
  } catch (error) {
    throw new Error(
      `token-hygiene/${ruleName}: option ${option} has an invalid regular expression ${JSON.stringify(source)}: ${(error as Error).message}`,
      { cause: error },
    );
  }
}

const cache = new Map<string, SecretOptions>();
/** The same options object comes back for every file (createRule merges each value once). */
const byInput = new WeakMap<SecretOptionsInput, SecretOptions>();
const CACHE_LIMIT = 64;

/**
 * Compiles the shared options once per distinct configuration (rules are created once
 * per file, so the compiled form is cached). Invalid regular expressions throw an error
 * that names the rule and the option.
 */
export function compileSecretOptions(ruleName: string, input: SecretOptionsInput): SecretOptions {
  const known = byInput.get(input);
  if (known !== undefined) return known;
  const key = `${ruleName}\u0000${JSON.stringify(input)}`;
  const cached = cache.get(key);
  if (cached !== undefined) {
    byInput.set(input, cached);
    return cached;
  }
  const compiled: SecretOptions = {
    classify: {
      allowedValues: input.allowedValues ?? [],
      allowedPatterns: (input.allowedPatterns ?? []).map((source, index) =>
        compilePattern(ruleName, `allowedPatterns[${index}]`, source),
      ),
      additionalPatterns: (input.additionalPatterns ?? []).map(({ name, pattern }, index) => ({
        name,
        pattern: compilePattern(ruleName, `additionalPatterns[${index}].pattern`, pattern),
      })),
      minEntropy: input.minEntropy ?? {},
    },
    tokenNames: input.tokenNames ?? [],
  };
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, compiled);
  byInput.set(input, compiled);
  return compiled;
}
