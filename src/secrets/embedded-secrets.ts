/**
 * Secrets inside other text: a string that holds a config snippet (`KEY=value`, `key: value`,
 * `"key": "value"`, `<password>…</password>`, `<add key="Password" value="…"/>`), a command line
 * (`curl -u user:pass`, `-H 'Authorization: …'`, `--token …`, `docker login -p …`), a connection
 * string (`Password=…;`, `AccountKey=…`), an `.npmrc` line or a Kubernetes Secret manifest. The
 * key names the credential (a token-ish word, an auth header, a provider's name); the value must
 * pass the same checks as a value stored under that name in code (generic.ts), or fit the
 * provider's shape (keyword-formats.ts).
 *
 * Pure string logic: no parser. One left-to-right pass looks at the separators (`=`, `:`, `>`)
 * and the options of command lines; each key is judged once per text and each value read to its
 * closing quote or its end, both within a bounded reach. Nothing here is worse than linear in the
 * length of the text.
 */
import type { ClassifyOptions, SecretFinding, SecretPlace } from './finding.js';
import { findGenericSecret, UNKNOWN_PART } from './generic.js';
import type { KeywordFormat } from './keyword-formats.js';
import { fitKeywordFormat } from './keyword-formats.js';
import { isTokenHeaderName, keywordFormatsFor, mayNameCredential, placeOfName } from './names.js';
import { detached } from './name-memo.js';
import { isPlaceholderPassword, looksLikeDummyToken, nonSecretReason } from './placeholders.js';
import { splitWords } from './words.js';

/** No key=value pair with a secret value is shorter than this. */
const MIN_TEXT_LENGTH = 12;
/**
 * Texts longer than this are data or code (a bundled worker, a base64 blob), not a config snippet
 * or a command line: only the format scan reads them.
 */
const MAX_TEXT_LENGTH = 1 << 18;
/** Where the reader stops to look: separators, the `>` of a tag, a space before the `-` of an option. */
const STOPS = /[:=>]|\s-/g;
/** Longest key read back from a separator. */
const MAX_KEY_LENGTH = 96;
/** Longest value read after a separator; a longer run is data, not one credential. */
const MAX_VALUE_LENGTH = 1024;
/** How far after a `name="…"` attribute its `value="…"` may come. */
const NAME_VALUE_REACH = 240;

/** The longest name of a field in NAME_FIELDS and VALUE_FIELDS. */
const MAX_FIELD_LENGTH = 12;
/** Attributes and fields that name the setting whose value follows (`<add key=…`, `"name": …`). */
const NAME_FIELDS: ReadonlySet<string> = new Set(['key', 'name', 'param', 'parameter', 'property', 'variable', 'setting', 'field']);
/** Attributes and fields that hold the value of the setting named before them. */
const VALUE_FIELDS: ReadonlySet<string> = new Set(['value', 'val', 'defaultvalue', 'default']);

/** Type names written between a name and its `=` (`var apiToken string = …`). */
const TYPE_WORDS: ReadonlySet<string> = new Set(['string', 'String', 'str']);

/** Words of a key that hold a password, for which shorter values count in config text. */
const PASSWORD_WORDS: ReadonlySet<string> = new Set(['password', 'passwd', 'pwd', 'pass', 'passphrase']);
const SHORT_PASSWORD_MIN_LENGTH = 8;

/** Commands whose `-u user:password` option carries credentials. */
const USER_OPTION_COMMANDS = /\b(?:curl|wget)\b/;
/** Commands whose `-p <password>` option carries a password. */
const PASSWORD_OPTION_COMMANDS = /\b(?:login|mysql|mysqladmin|mysqldump|sqlcmd|mongo|mongosh)\b/;

const MYSQL_COMMAND = /\bmysql(?:admin|dump)?\b/;

const KIND_SECRET_MANIFEST = /\bkind:[\t ]*["']?Secret\b/;

/** What a key calls for, decided once per key text. */
interface KeyVerdict {
  readonly place: SecretPlace;
  readonly formats: readonly KeywordFormat[];
  readonly header: boolean;
  readonly password: boolean;
}

const NOT_A_KEY: KeyVerdict = Object.freeze({ place: 'anywhere', formats: [], header: false, password: false });
const KEY_CACHE_LIMIT = 2048;
const keyVerdicts = new Map<string, KeyVerdict>();

function judgeKey(key: string): KeyVerdict {
  const known = keyVerdicts.get(key);
  if (known !== undefined) return known;
  const place = placeOfName(key);
  const formats = keywordFormatsFor(key);
  const verdict: KeyVerdict =
    place === 'anywhere' && formats.length === 0
      ? NOT_A_KEY
      : { place, formats, header: isTokenHeaderName(key), password: splitWords(key).some((word) => PASSWORD_WORDS.has(word)) };
  if (keyVerdicts.size >= KEY_CACHE_LIMIT) keyVerdicts.clear();
  // A key is cut from a string of the file: kept as is, it would keep the file's source alive.
  keyVerdicts.set(detached(key), verdict);
  return verdict;
}

/** A value read from the text: `text.slice(start, end)`. */
interface Span {
  readonly start: number;
  readonly end: number;
}

/**
 * Secrets that `text` labels with a credential key, in order, without overlaps. Values that hold
 * a provider token are left to the format scan, which finds them anywhere.
 */
export function findEmbeddedSecrets(text: string, options: ClassifyOptions = {}): SecretFinding[] {
  if (text.length < MIN_TEXT_LENGTH || text.length > MAX_TEXT_LENGTH) return [];
  const reader = new Reader(text, options);
  reader.read();
  return reader.findings();
}

class Reader {
  private readonly found: SecretFinding[] = [];
  /** A credential named by a `name`/`key` field, waiting for its `value` field. */
  private pendingName: { verdict: KeyVerdict; until: number } | undefined;

  constructor(
    private readonly text: string,
    private readonly options: ClassifyOptions,
  ) {}

  read(): void {
    const { text } = this;
    STOPS.lastIndex = 0;
    for (let stop = STOPS.exec(text); stop !== null; stop = STOPS.exec(text)) {
      const i = stop[0].length === 2 ? stop.index + 1 : stop.index;
      const code = text.charCodeAt(i);
      let next = i;
      if (code === 61 /* = */) next = this.atEquals(i);
      else if (code === 58 /* : */) next = this.atColon(i);
      else if (code === 62 /* > */) this.atTagEnd(i);
      else next = this.atOption(i);
      STOPS.lastIndex = next + 1;
    }
    if (KIND_SECRET_MANIFEST.test(text)) this.readSecretManifest();
  }

  findings(): SecretFinding[] {
    if (this.found.length < 2) return this.found;
    const sorted = this.found.sort((a, b) => a.start - b.start);
    const kept: SecretFinding[] = [];
    for (const finding of sorted) {
      const last = kept.at(-1);
      if (last === undefined || finding.start >= last.end) kept.push(finding);
    }
    return kept;
  }

  /** `key=value`, `key := value`, `key ?= value`, `key += value`, `key => value`; not `==`, `!=`, `<=`, `>=`. */
  private atEquals(i: number): number {
    const { text } = this;
    const next = text.charCodeAt(i + 1);
    if (next === 61) return skipRun(text, i, 61);
    const previous = text.charCodeAt(i - 1);
    if (previous === 33 || previous === 60 || previous === 61) return i;
    // `>=` compares; `=>` (Perl, PHP, Ruby) separates.
    if (previous === 62) return i;
    let keyEnd = i;
    // `?=` and `+=` (Make), `.=` (PHP).
    if (previous === 63 || previous === 43 || previous === 46) keyEnd = i - 1;
    const valueFrom = next === 62 ? i + 2 : i + 1;
    this.pair(keyEnd, valueFrom);
    return i;
  }

  /** `key: value`, `key := value`, `KEY ::= value`; not `std::x`, `https://`. */
  private atColon(i: number): number {
    const { text } = this;
    const runEnd = skipRun(text, i, 58);
    const after = text.charCodeAt(runEnd + 1);
    if (after === 61) {
      this.pair(i, runEnd + 2);
      return runEnd + 1;
    }
    if (runEnd > i) return runEnd;
    // YAML and headers put a space after the colon, JSON a quote before it; a bare `a:b` is a
    // scheme, a specifier or a time (`github:acme/repo`, `npm:pkg@1`, `https://`, `12:30`).
    if (!isSpaceCode(after) && !isQuoteCode(after) && !isKeyCloserCode(text.charCodeAt(i - 1))) return i;
    this.pair(i, i + 1);
    return i;
  }

  /** `<password>value</password>`: an element whose name is a credential key. */
  private atTagEnd(i: number): void {
    const { text } = this;
    let start = i;
    while (start > 0 && i - start < MAX_KEY_LENGTH && isKeyCode(text.charCodeAt(start - 1))) start--;
    if (start === i || text.charCodeAt(start - 1) !== 60 /* < */ || !mayNameCredential(text, start, i)) return;
    const verdict = judgeKey(text.slice(start, i));
    if (verdict === NOT_A_KEY) return;
    let from = i + 1;
    while (from < text.length && isSpaceCode(text.charCodeAt(from))) from++;
    let to = from;
    while (to < text.length && to - from < MAX_VALUE_LENGTH && text.charCodeAt(to) !== 60) to++;
    while (to > from && isSpaceCode(text.charCodeAt(to - 1))) to--;
    if (to < text.length && text.charCodeAt(to) !== 60 && !isSpaceCode(text.charCodeAt(to))) return;
    this.judge(verdict, { start: from, end: to });
  }

  /**
   * Command-line options: `--token xyz`, `--password=xyz` (the `=` form is a pair), `-u user:pass`
   * after curl, `-p secret` after a login command. Returns where reading goes on.
   */
  private atOption(i: number): number {
    const { text } = this;
    const long = text.charCodeAt(i + 1) === 45;
    const nameStart = long ? i + 2 : i + 1;
    let nameEnd = nameStart;
    while (nameEnd < text.length && nameEnd - i < MAX_KEY_LENGTH && isKeyCode(text.charCodeAt(nameEnd))) nameEnd++;
    if (nameEnd === nameStart || text.charCodeAt(nameEnd) === 61 /* = */) return nameEnd - 1;
    const first = text.charCodeAt(nameStart);
    if (first === 117 /* u */ && (long ? text.startsWith('user', nameStart) && nameEnd - nameStart === 4 : nameEnd - nameStart === 1)) {
      if (USER_OPTION_COMMANDS.test(lineBefore(text, i))) this.userOption(nameEnd);
      return nameEnd - 1;
    }
    if (!long && first === 112 /* p */) {
      // `-p secret`, and mysql's `-psecret`.
      const line = lineBefore(text, i);
      const attached = nameEnd - nameStart > 1;
      if (PASSWORD_OPTION_COMMANDS.test(line) && (!attached || MYSQL_COMMAND.test(line))) {
        const span = this.optionValue(attached ? nameStart + 1 : nameEnd);
        if (span !== undefined) this.judge(PASSWORD_OPTION, span);
      }
      return nameEnd - 1;
    }
    if (!long || !isSpaceAt(text, nameEnd) || !mayNameCredential(text, nameStart, nameEnd)) return nameEnd - 1;
    const verdict = judgeKey(text.slice(nameStart, nameEnd));
    if (verdict === NOT_A_KEY) return nameEnd - 1;
    const span = this.optionValue(nameEnd);
    if (span !== undefined) this.judge(verdict, span);
    return nameEnd - 1;
  }

  /** `-u user:password`: the pair is reported whole, as Basic credentials. */
  private userOption(from: number): void {
    const span = this.optionValue(from);
    if (span === undefined) return;
    const value = this.text.slice(span.start, span.end);
    const colon = value.indexOf(':');
    if (colon <= 0) return;
    const user = value.slice(0, colon);
    const password = value.slice(colon + 1);
    if (!isRealShortPassword(password) || password === user) return;
    this.add({ kind: 'HTTP Basic credentials', formatId: 'basic-auth', envName: 'BASIC_AUTH_CREDENTIALS', ...span, value });
  }

  /** The word after an option: spaces, then a quoted string or a run up to the next space. */
  private optionValue(from: number): Span | undefined {
    const { text } = this;
    let start = from;
    while (start < text.length && (text.charCodeAt(start) === 32 || text.charCodeAt(start) === 9)) start++;
    if (start >= text.length || text.charCodeAt(start) === 45 /* - */) return undefined;
    return readValue(text, start, false);
  }

  /** A separator at `keyEnd`, the value starting at or after `valueFrom`. */
  private pair(keyEnd: number, valueFrom: number): void {
    const { text } = this;
    let end = keyEnd;
    // `"key" :`, `\"key\":`, `key =`
    for (let skipped = 0; end > 0 && skipped < 4 && isKeyCloserCode(text.charCodeAt(end - 1)); skipped++) end--;
    let start = end;
    while (start > 0 && end - start < MAX_KEY_LENGTH && isKeyCode(text.charCodeAt(start - 1))) start--;
    if (start === end) return;
    if (TYPE_WORDS.has(text.slice(start, end)) && isSpaceAt(text, start - 1)) {
      // Go and Kotlin put the type between the name and the `=`: `var apiToken string = "…"`.
      end = start - 1;
      while (end > 0 && isSpaceCode(text.charCodeAt(end - 1))) end--;
      start = end;
      while (start > 0 && end - start < MAX_KEY_LENGTH && isKeyCode(text.charCodeAt(start - 1))) start--;
      if (start === end) return;
    }
    const short = end - start <= MAX_FIELD_LENGTH ? text.slice(start, end).toLowerCase() : '';
    if (VALUE_FIELDS.has(short)) {
      const pending = this.pendingName;
      this.pendingName = undefined;
      if (pending !== undefined && keyEnd <= pending.until) {
        const span = readValueAfter(text, valueFrom, pending.verdict.header);
        if (span !== undefined) this.judge(pending.verdict, span);
      }
      return;
    }
    if (NAME_FIELDS.has(short)) {
      const span = readValueAfter(text, valueFrom, false);
      if (span === undefined || !mayNameCredential(text, span.start, span.end)) return;
      const verdict = judgeKey(text.slice(span.start, span.end));
      this.pendingName = verdict === NOT_A_KEY ? undefined : { verdict, until: span.end + NAME_VALUE_REACH };
      return;
    }
    if (!mayNameCredential(text, start, end)) return;
    const verdict = judgeKey(text.slice(start, end));
    if (verdict === NOT_A_KEY) return;
    const span = readValueAfter(text, valueFrom, verdict.header);
    if (span !== undefined) this.judge(verdict, span);
  }

  /** Reports the value when it fits the key's provider shape or passes the checks of its place. */
  private judge(verdict: KeyVerdict, span: Span): void {
    const value = this.text.slice(span.start, span.end);
    if (value.length === 0 || value.includes(UNKNOWN_PART)) return;
    const format = fitKeywordFormat(verdict.formats, value);
    if (format !== undefined) {
      this.add({ kind: format.name, formatId: format.id, envName: format.envName, ...span, value });
      return;
    }
    if (verdict.place === 'anywhere') return;
    const generic = findGenericSecret(value, this.options);
    if (generic !== undefined) {
      this.add({ ...generic, start: span.start + generic.start, end: span.start + generic.end });
      return;
    }
    if (verdict.password && isRealShortPassword(value)) {
      this.add({ kind: 'password', formatId: 'password', envName: 'PASSWORD', ...span, value });
    }
  }

  /** `kind: Secret` manifests: every entry under `data:` (base64) and `stringData:` is a secret value. */
  private readSecretManifest(): void {
    const { text } = this;
    const lines = text.split(/\r\n|\n|\r/);
    let offset = 0;
    let block: { indent: number; encoded: boolean } | undefined;
    for (const line of lines) {
      const indent = line.length - line.trimStart().length;
      const trimmed = line.trim();
      if (block !== undefined && trimmed !== '' && indent <= block.indent) block = undefined;
      if (block === undefined) {
        if (trimmed === 'data:' || trimmed === 'stringData:') block = { indent, encoded: trimmed === 'data:' };
      } else if (trimmed !== '' && !trimmed.startsWith('#')) {
        this.manifestEntry(line, offset, block.encoded);
      }
      offset += line.length + lineBreakLength(text, offset + line.length);
    }
  }

  private manifestEntry(line: string, lineOffset: number, encoded: boolean): void {
    const colon = line.indexOf(':');
    if (colon < 0) return;
    const span = readValueAfter(line, colon + 1, false);
    if (span === undefined) return;
    const value = line.slice(span.start, span.end);
    const plain = encoded ? decodeBase64Text(value) : value;
    if (plain === undefined || !isRealShortPassword(plain, true)) return;
    this.add({ kind: 'Kubernetes Secret value', formatId: 'kubernetes-secret', envName: 'SECRET_VALUE', start: lineOffset + span.start, end: lineOffset + span.end, value });
  }

  private add(finding: SecretFinding): void {
    this.found.push(finding);
  }
}

/** The verdict for the value of a password option (`docker login -p`). */
const PASSWORD_OPTION: KeyVerdict = Object.freeze({ place: 'token-name', formats: [], header: false, password: true });

/**
 * The value after a separator: spaces, an optional YAML block indicator (`|`, `>`) and line
 * break, then a quoted string or a bare run.
 */
function readValueAfter(text: string, from: number, header: boolean): Span | undefined {
  let start = from;
  while (start < text.length && (text.charCodeAt(start) === 32 || text.charCodeAt(start) === 9)) start++;
  const indicator = text.charCodeAt(start);
  if (indicator === 124 /* | */ || indicator === 62 /* > */) {
    let next = start + 1;
    while (next < text.length && (text.charCodeAt(next) === 45 || text.charCodeAt(next) === 43)) next++;
    if (next < text.length && text.charCodeAt(next) !== 10 && text.charCodeAt(next) !== 13) return undefined;
    start = next;
    while (start < text.length && isSpaceCode(text.charCodeAt(start))) start++;
  }
  if (start >= text.length) return undefined;
  return readValue(text, start, header);
}

/**
 * A quoted value up to its closing quote (a `\"` opening is closed by `\"`), or a bare run up to
 * a space, a quote or a delimiter (`;`, `,`, `&`, a closing bracket). A header value (`Bearer x`)
 * runs on to the end of its line or its quote.
 */
function readValue(text: string, start: number, header: boolean): Span | undefined {
  let open = text.charCodeAt(start);
  let from = start;
  if (open === 92 /* \ */ && isQuoteCode(text.charCodeAt(start + 1))) {
    open = text.charCodeAt(start + 1);
    from = start + 2;
    const end = findClosing(text, from, open, true);
    return end === undefined ? undefined : { start: from, end };
  }
  if (isQuoteCode(open)) {
    from = start + 1;
    const end = findClosing(text, from, open, false);
    return end === undefined ? undefined : { start: from, end };
  }
  let end = start;
  while (end < text.length && end - start < MAX_VALUE_LENGTH && !endsBareValue(text.charCodeAt(end), header)) end++;
  if (end - start >= MAX_VALUE_LENGTH) return undefined;
  while (header && end > start && isSpaceCode(text.charCodeAt(end - 1))) end--;
  return end > start ? { start, end } : undefined;
}

function findClosing(text: string, from: number, quote: number, escaped: boolean): number | undefined {
  for (let i = from; i < text.length && i - from <= MAX_VALUE_LENGTH; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || code === 13) return undefined;
    if (escaped) {
      if (code === 92 && text.charCodeAt(i + 1) === quote) return i;
    } else if (code === quote) {
      return i;
    } else if (code === 92) {
      i++;
    }
  }
  return undefined;
}

/** Whitespace, quotes, `\`, and `;` `,` `&` `)` `]` `}` `<` end a bare value; a header value ends at a line break or a quote. */
function endsBareValue(code: number, header: boolean): boolean {
  if (code === 10 || code === 13 || isQuoteCode(code) || code === 92) return true;
  if (header) return false;
  return code <= 32 || code === 59 || code === 44 || code === 38 || code === 41 || code === 93 || code === 125 || code === 60;
}

/**
 * A password shorter than a generic secret may be: 8 to 64 characters with a digit, three of
 * the four kinds (lower, upper, digit, symbol), no placeholder or default, no template, nothing
 * that reads as code. With `anyMix` (the values of a Secret manifest, known to be secrets) two
 * kinds suffice and no digit is needed.
 */
function isRealShortPassword(value: string, anyMix = false): boolean {
  if (value.length < SHORT_PASSWORD_MIN_LENGTH || value.length > 64 || isPlaceholderPassword(value)) return false;
  // Code read as a value (`U(r.password`, `Object.assign(n`): calls, brackets, member chains.
  if (CODE_PUNCTUATION.test(value) || MEMBER_CHAIN.test(value) || (!anyMix && !/\d/.test(value))) return false;
  const reason = nonSecretReason(value);
  if (reason !== undefined && reason !== 'code' && reason !== 'identifier' && reason !== 'hex-digest') return false;
  let kinds = 0;
  if (/[a-z]/.test(value)) kinds++;
  if (/[A-Z]/.test(value)) kinds++;
  if (/\d/.test(value)) kinds++;
  if (/[^\dA-Za-z]/.test(value)) kinds++;
  return kinds >= (anyMix ? 2 : 3) && !looksLikeDummyToken(value);
}

const CODE_PUNCTUATION = /[(),;[\]{}]/;
const MEMBER_CHAIN = /^[$A-Z_a-z][\w$]*(?:\.[$A-Z_a-z][\w$]*)+$/;

/** The text a base64 value decodes to, when it is printable; undefined otherwise. */
function decodeBase64Text(value: string): string | undefined {
  if (!/^[\d+/A-Za-z]+={0,2}$/.test(value) || value.length % 4 !== 0) return undefined;
  try {
    const decoded = atob(value);
    return /^[\x20-\x7E]+$/.test(decoded) ? decoded : undefined;
  } catch {
    return undefined;
  }
}

/** Characters of a key: letters, digits, `_`, `-`, `.`, `/`, `@`, `$`. */
function isKeyCode(code: number): boolean {
  return (
    (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) ||
    code === 95 || code === 45 || code === 46 || code === 47 || code === 64 || code === 36
  );
}

/** Between a key and its separator: spaces, quotes, a `\` before a quote. */
function isKeyCloserCode(code: number): boolean {
  return code === 32 || code === 9 || isQuoteCode(code) || code === 92;
}

function isQuoteCode(code: number): boolean {
  return code === 34 || code === 39 || code === 96;
}

function isSpaceCode(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13);
}

function isSpaceAt(text: string, index: number): boolean {
  return index < 0 || isSpaceCode(text.charCodeAt(index));
}

/** The index of the last character in the run of `code` starting at `i`. */
function skipRun(text: string, i: number, code: number): number {
  let end = i;
  while (text.charCodeAt(end + 1) === code) end++;
  return end;
}

/** The text of the line before `i`. */
function lineBefore(text: string, i: number): string {
  const cut = Math.max(text.lastIndexOf('\n', i), text.lastIndexOf('\r', i));
  return text.slice(cut + 1, i);
}

function lineBreakLength(text: string, at: number): number {
  if (text.charCodeAt(at) === 13 && text.charCodeAt(at + 1) === 10) return 2;
  return at < text.length ? 1 : 0;
}
