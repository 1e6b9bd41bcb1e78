/**
 * Questions asked about names again and again (their words, whether they name a credential),
 * answered once per name: a file names the same few identifiers in many places, and every
 * rule asks about them.
 */

/** Names remembered per question, at most: past it the memo starts afresh. */
const MAX_NAMES = 10_000;
/** Longer texts are no identifiers: they are answered each time, not remembered. */
const MAX_NAME_LENGTH = 64;

/** `answer`, remembered per name (bounded; an answer is never `undefined`, and is shared, so keep it immutable). */
export function memoByName<T extends object | boolean>(answer: (name: string) => T): (name: string) => T {
  const known = new Map<string, T>();
  return (name) => {
    if (name.length > MAX_NAME_LENGTH) return answer(name);
    let value = known.get(name);
    if (value === undefined) {
      if (known.size >= MAX_NAMES) known.clear();
      value = answer(name);
      known.set(name, value);
    }
    return value;
  };
}
