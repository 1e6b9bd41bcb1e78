/**
 * The vocabulary of the secret questions: where a string sits, what the caller allows, and what
 * a finding reports. Types only, so every module of the analysis can speak it without importing
 * another's code.
 */
import type { Charset } from './entropy.js';

/**
 * Where a string sits: anywhere (only provider formats and secrets the text itself labels count),
 * or a token-ish place where a generic high-entropy value counts too (a token-ish name, an
 * Authorization-like header, a credential option of a known API).
 */
export type SecretPlace = 'anywhere' | 'token-name' | 'auth-header' | 'credential-option';

/**
 * Where a string sits, or how to find out: a function is called only when the place decides
 * (the text holds no provider token or labelled secret, and may be a generic one). Most strings
 * never get that far, and finding a string's place costs more than reading the string.
 */
export type SecretPlaceOf = SecretPlace | (() => SecretPlace);

export interface SecretFinding {
  /** Human name, e.g. 'GitHub personal access token' or 'high-entropy secret'. */
  readonly kind: string;
  /** Catalog id, a keyword-format id, 'generic', 'basic-auth' or 'custom' (an additional pattern). */
  readonly formatId: string;
  /** Environment variable name to suggest. */
  readonly envName: string;
  /** Offsets into the input: value === text.slice(start, end). */
  readonly start: number;
  readonly end: number;
  readonly value: string;
}

export interface ClassifyOptions {
  /** Exact values that are never reported (matched against the finding and the whole text). */
  readonly allowedValues?: readonly string[];
  /** Patterns whose matches are never reported (tested against the finding and the whole text). */
  readonly allowedPatterns?: readonly RegExp[];
  /** Extra formats, reported anywhere with formatId 'custom'. */
  readonly additionalPatterns?: readonly { name: string; pattern: RegExp }[];
  /** Per-charset entropy thresholds for generic values (see DEFAULT_MIN_ENTROPY). */
  readonly minEntropy?: Partial<Record<Charset, number>>;
}
