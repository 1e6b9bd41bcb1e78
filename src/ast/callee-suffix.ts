import type { TSESTree } from '@typescript-eslint/utils';
import { getCalleeName } from './calls.js';

/**
 * Does a call's callee end with one of the given dotted names? `'audit.record'` matches
 * `audit.record(x)` and `this.audit.record(x)`; `'sendToSentry'` matches `sendToSentry(x)`
 * and `errors.sendToSentry(x)`. For rule options that name extra sinks by how the code
 * calls them.
 */
export function matchesCalleeSuffix(call: TSESTree.CallExpression | TSESTree.NewExpression, names: readonly string[]): boolean {
  if (names.length === 0) return false;
  const segments = getCalleeName(call).split('.');
  return names.some((name) => {
    const wanted = name.split('.');
    if (wanted.length > segments.length) return false;
    const offset = segments.length - wanted.length;
    return wanted.every((part, index) => segments[offset + index] === part);
  });
}
