/**
 * Questions asked about the same short texts again and again (a name's words, whether it
 * names a credential, what a string literal holds), answered once per text: a file names the
 * same few identifiers in many places, files repeat the same strings, and every rule asks.
 */

/** How much a memo keeps: texts up to `maxLength` characters, at most `maxEntries` of them. */
export interface MemoLimits {
  readonly maxLength: number;
  readonly maxEntries: number;
}

/** Names remembered per question, at most: past it the memo starts afresh. Longer texts are no identifiers. */
const NAME_LIMITS: MemoLimits = { maxLength: 64, maxEntries: 10_000 };

/**
 * `answer`, remembered per text (bounded: longer texts are answered each time, and past
 * `maxEntries` the memo starts afresh). An answer is never `undefined`, and is shared, so keep
 * it immutable.
 */
export function memoByText<T extends object | boolean>(answer: (text: string) => T, limits: MemoLimits): (text: string) => T {
  const known = new Map<string, T>();
  return (text) => {
    if (text.length > limits.maxLength) return answer(text);
    let value = known.get(text);
    if (value === undefined) {
      if (known.size >= limits.maxEntries) known.clear();
      value = answer(text);
      known.set(text, value);
    }
    return value;
  };
}

/** `answer`, remembered per name (up to 64 characters, 10,000 names). */
export function memoByName<T extends object | boolean>(answer: (name: string) => T): (name: string) => T {
  return memoByText(answer, NAME_LIMITS);
}
