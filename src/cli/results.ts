import type { ESLint, Linter } from 'eslint';
import { NAMESPACE } from '../package-info.js';

/** A file the parser could not read: it was not scanned. */
export interface ParseFailure {
  readonly filePath: string;
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

export interface SortedResults {
  /** One result per scanned file, with this plugin's findings only. */
  readonly results: ESLint.LintResult[];
  readonly parseFailures: ParseFailure[];
  /** Findings of this plugin's rules (errors and warnings). */
  readonly findingCount: number;
}

/** ESLint's parser service words every parse failure so. */
const PARSE_ERROR_PREFIX = 'Parsing error:';

function isOurs(message: Linter.LintMessage): boolean {
  return message.ruleId?.startsWith(`${NAMESPACE}/`) === true;
}

function isParseFailure(message: Linter.LintMessage): boolean {
  return message.fatal === true && message.message.startsWith(PARSE_ERROR_PREFIX);
}

/** The message as the report shows it: no fix, since the command applies none. */
function withoutFix(message: Linter.LintMessage): Linter.LintMessage {
  const { fix: _fix, ...rest } = message;
  return rest;
}

/**
 * Keeps what the command stands for and nothing else. A file's `eslint-disable` and
 * `/* eslint rule: off *\/` comments may name rules of plugins the command does not load:
 * ESLint reports those as unknown rules, and ESLint's notes on directives and inline config
 * concern the project's own ESLint setup, so only this plugin's messages stay. Files that could
 * not be parsed are taken out of the report and listed apart. Sources and fixes are dropped:
 * reports must not embed source code, and the command has no `--fix`.
 */
export function sortResults(results: readonly ESLint.LintResult[]): SortedResults {
  const kept: ESLint.LintResult[] = [];
  const parseFailures: ParseFailure[] = [];
  let findingCount = 0;
  for (const result of results) {
    const failure = result.messages.find(isParseFailure);
    if (failure !== undefined) {
      parseFailures.push({ filePath: result.filePath, line: failure.line, column: failure.column, message: failure.message });
      continue;
    }
    const { source: _source, output: _output, ...rest } = result;
    const messages = result.messages.filter(isOurs).map(withoutFix);
    const errorCount = messages.filter((message) => message.severity === 2).length;
    const warningCount = messages.length - errorCount;
    findingCount += messages.length;
    kept.push({
      ...rest,
      messages,
      suppressedMessages: result.suppressedMessages.filter(isOurs),
      errorCount,
      warningCount,
      fatalErrorCount: 0,
      fixableErrorCount: 0,
      fixableWarningCount: 0,
    });
  }
  return { results: kept, parseFailures, findingCount };
}
