/** Identifier words: the one splitting every name-reading module shares. */

/**
 * Splits an identifier into lowercase words: camelCase, PascalCase, snake_case, SCREAMING_CASE,
 * kebab-case and dots. Acronyms stay together (`APIKey` -> api, key; `apiKEY` -> api, key), and
 * digits stay with the word they follow (`oauth2Token` -> oauth2, token).
 */
export function splitWords(name: string): string[] {
  const words: string[] = [];
  let current = '';
  const flush = (): void => {
    if (current !== '') words.push(current.toLowerCase());
    current = '';
  };
  for (let i = 0; i < name.length; i++) {
    const ch = name.charAt(i);
    if (!isAlphanumeric(ch)) {
      flush();
      continue;
    }
    const prev = name.charAt(i - 1);
    const next = name.charAt(i + 1);
    if (current !== '' && isUpper(ch)) {
      // lower/digit -> Upper starts a word; in an acronym run, the last capital before a
      // lowercase letter starts the next word (APIKey -> API | Key).
      if (isLower(prev) || isDigit(prev) || (isUpper(prev) && isLower(next))) flush();
    }
    current += ch;
  }
  flush();
  return words;
}

function isUpper(ch: string): boolean {
  return ch >= 'A' && ch <= 'Z';
}
function isLower(ch: string): boolean {
  return ch >= 'a' && ch <= 'z';
}
function isDigit(ch: string): boolean {
  return ch >= '0' && ch <= '9';
}
function isAlphanumeric(ch: string): boolean {
  return isUpper(ch) || isLower(ch) || isDigit(ch);
}
