/** Identifier words: the one splitting every name-reading module shares. */
import { memoByName } from './name-memo.js';

/**
 * Splits an identifier into lowercase words: camelCase, PascalCase, snake_case, SCREAMING_CASE,
 * kebab-case and dots. Acronyms stay together (`APIKey` -> api, key; `apiKEY` -> api, key), and
 * digits stay with the word they follow (`oauth2Token` -> oauth2, token).
 */
export function splitWords(name: string): readonly string[] {
  return splitOnce(name);
}

/** The words are frozen: every caller of a name shares them. */
const splitOnce = memoByName((name) => Object.freeze(split(name)));

function split(name: string): string[] {
  // Each word is sliced out of the name once, not built a character at a time: names are
  // split for every string literal's context, so this runs on most nodes of a file.
  const words: string[] = [];
  let start = 0;
  for (let i = 0; i < name.length; i++) {
    const ch = name.charAt(i);
    if (!isAlphanumeric(ch)) {
      if (i > start) words.push(name.slice(start, i).toLowerCase());
      start = i + 1;
      continue;
    }
    if (i > start && isUpper(ch)) {
      // lower/digit -> Upper starts a word; in an acronym run, the last capital before a
      // lowercase letter starts the next word (APIKey -> API | Key).
      const prev = name.charAt(i - 1);
      if (isLower(prev) || isDigit(prev) || (isUpper(prev) && isLower(name.charAt(i + 1)))) {
        words.push(name.slice(start, i).toLowerCase());
        start = i;
      }
    }
  }
  if (name.length > start) words.push(name.slice(start).toLowerCase());
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
