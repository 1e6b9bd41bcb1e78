import path from 'node:path';
import type { ParseFailure } from './results.js';
import type { SkippedFile, SkipReason } from './scan-plan.js';

/** How many names a note lists before it says "and N more". */
const NAMES_SHOWN = 5;

const KINDS_READ = 'JavaScript, TypeScript, JSON and key=value credential files';

/** "N files that …", said for the files of one reason. */
function filesSkipped(reason: SkipReason, count: number): string {
  const files = plural(count, 'file');
  switch (reason) {
    case 'not-read':
      return `${files} the command does not read (it reads ${KINDS_READ})`;
    case 'git-ignored':
      return `${files} that git ignores (--no-gitignore scans them)`;
    case 'node-modules':
      return `${files} in node_modules, which is never scanned`;
    case 'gitignore-or-pattern':
      return `${files} that .gitignore or an --ignore-pattern excludes (--no-gitignore scans what .gitignore excludes)`;
    case 'ignore-pattern':
      return `${files} that an --ignore-pattern excludes`;
  }
}

function nameList(names: readonly string[]): string {
  const shown = names.slice(0, NAMES_SHOWN).join(', ');
  return names.length > NAMES_SHOWN ? `${shown} and ${String(names.length - NAMES_SHOWN)} more` : shown;
}

function plural(count: number, word: string): string {
  return `${String(count)} ${word}${count === 1 ? '' : 's'}`;
}

/** One line per reason for the files named on the command line that were not scanned. */
export function describeSkipped(skipped: readonly SkippedFile[]): string[] {
  const byReason = new Map<SkipReason, string[]>();
  for (const file of skipped) byReason.set(file.reason, [...(byReason.get(file.reason) ?? []), file.given]);
  return [...byReason].map(
    ([reason, names]) => `token-hygiene: skipped ${filesSkipped(reason, names.length)}: ${nameList(names)}`,
  );
}

/** The files the parser could not read, with where and why, relative to the current folder. */
export function describeParseFailures(failures: readonly ParseFailure[], cwd: string): string[] {
  if (failures.length === 0) return [];
  const sorted = [...failures].sort((a, b) => a.filePath.localeCompare(b.filePath));
  return [
    `token-hygiene: could not parse ${plural(failures.length, 'file')}, not scanned:`,
    ...sorted.map(
      (failure) => `  ${path.relative(cwd, failure.filePath)}:${String(failure.line)}:${String(failure.column)} ${failure.message}`,
    ),
  ];
}

export function describeNothingScanned(paths: readonly string[]): string {
  return `token-hygiene: no file to scan in ${paths.join(' ')} (the command reads ${KINDS_READ})`;
}
