import type { ClassifyOptions } from './finding.js';

/**
 * Below this length no token format (16+ characters), generic secret (16+) or Basic
 * credential (`Basic ` and 8 characters) can match: a shorter string is answered at once,
 * before any other work. Additional patterns from the options may match anything, so they
 * turn the floor off.
 */
export const MIN_SECRET_LENGTH = 14;

/** The length under which a string cannot hold a secret; additional patterns may match anything. */
export function minSecretLength(options: ClassifyOptions): number {
  return options.additionalPatterns !== undefined && options.additionalPatterns.length > 0 ? 1 : MIN_SECRET_LENGTH;
}
