/**
 * Questions asked about names again and again (their words, whether they name a credential),
 * answered once per name: a file names the same few identifiers in many places, and every
 * rule asks about them.
 */

/** Names remembered per question, at most: past it the memo starts afresh. */
const MAX_NAMES = 10_000;
/** Longer texts are no identifiers: they are answered each time, not remembered. */
const MAX_NAME_LENGTH = 64;

/**
 * A copy of `text` that holds no reference to the string it was cut from. Parsers cut names
 * and string values out of a file's source, and V8 keeps such a cut (13 characters or more)
 * as a view of the whole source: a name kept in a memo that lives as long as the process
 * would keep every file it came from in memory. Appending a character makes a new string
 * that is copied flat when sliced back; this costs a copy of the name, on a memo's miss only.
 */
export function detached(text: string): string {
  return `${text} `.slice(0, -1);
}

/**
 * `answer`, remembered per name (bounded; an answer is never `undefined`, and is shared, so
 * keep it immutable). The name is copied before it is kept and answered (see `detached`), so
 * neither the key nor an answer made of its parts holds on to the file it was read from.
 */
export function memoByName<T extends object | boolean>(answer: (name: string) => T): (name: string) => T {
  const known = new Map<string, T>();
  return (name) => {
    if (name.length > MAX_NAME_LENGTH) return answer(name);
    let value = known.get(name);
    if (value === undefined) {
      if (known.size >= MAX_NAMES) known.clear();
      const copy = detached(name);
      value = answer(copy);
      known.set(copy, value);
    }
    return value;
  };
}
