import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ESLint, type Linter } from 'eslint';
import { gitignoreToPatterns } from '../gitignore.js';
import { listGitFiles } from './git-files.js';
import type { Target, TargetGroup } from './targets.js';

/** Why a file named on the command line is not scanned. */
export type SkipReason = 'not-read' | 'git-ignored' | 'gitignore-or-pattern' | 'ignore-pattern' | 'node-modules';

export interface SkippedFile {
  readonly given: string;
  readonly reason: SkipReason;
}

/** One `lintFiles` call: absolute files and folders, in the ESLint instance of their group. */
export interface PlannedLint {
  readonly eslint: ESLint;
  readonly patterns: readonly string[];
  /** How many files it lints, or undefined when ESLint walks folders. */
  readonly fileCount: number | undefined;
}

export interface ScanPlan {
  readonly lints: readonly PlannedLint[];
  readonly skipped: readonly SkippedFile[];
  /** Files to lint in all, when known in advance. */
  readonly total: number | undefined;
}

export interface ScanSettings {
  /** The plugin's configs for this run (code and data files). */
  readonly configs: readonly Linter.Config[];
  /** Configs the command adds for itself (the progress counter). */
  readonly extraConfigs: readonly Linter.Config[];
  readonly ignorePatterns: readonly string[];
  /** Apply git's ignores (in a work tree) or the folder's `.gitignore` (outside one). */
  readonly gitignore: boolean;
}

function readGitignore(folder: string): string[] {
  try {
    return gitignoreToPatterns(readFileSync(path.join(folder, '.gitignore'), 'utf8'));
  } catch {
    return [];
  }
}

function createEslint(base: string, settings: ScanSettings, ignores: readonly string[]): ESLint {
  return new ESLint({
    cwd: base,
    overrideConfigFile: true,
    overrideConfig: [
      ...settings.configs,
      ...settings.extraConfigs,
      { name: 'token-hygiene/command/ignores', ignores: ['**/.git/', ...ignores] },
    ],
    // Files named on the command line that no config reads, or that are ignored, are
    // reported by the command in its own words (see describeSkipped).
    warnIgnored: false,
    errorOnUnmatchedPattern: false,
  });
}

function isInNodeModules(base: string, file: string): boolean {
  return path.relative(base, file).split(path.sep).includes('node_modules');
}

async function hasConfig(eslint: ESLint, file: string): Promise<boolean> {
  return (await eslint.calculateConfigForFile(file)) !== undefined;
}

/** Lints what one group of targets holds, and sorts out the named files it skips. */
class GroupPlanner {
  private readonly eslint: ESLint;
  private plainEslint: ESLint | undefined;
  /** The folder's `.gitignore` is among the ignores (outside a git work tree). */
  private readonly usesGitignore: boolean;
  readonly skipped: SkippedFile[] = [];

  constructor(
    private readonly group: TargetGroup,
    private readonly settings: ScanSettings,
  ) {
    this.usesGitignore = settings.gitignore && !group.git;
    const gitignore = this.usesGitignore ? readGitignore(group.base) : [];
    this.eslint = createEslint(group.base, settings, [...gitignore, ...settings.ignorePatterns]);
  }

  /** Why ESLint does not lint a named file that exists and that git does not ignore. */
  private async reasonFor(file: string): Promise<SkipReason> {
    if (isInNodeModules(this.group.base, file)) return 'node-modules';
    this.plainEslint ??= createEslint(this.group.base, this.settings, []);
    if (!(await hasConfig(this.plainEslint, file))) return 'not-read';
    return this.usesGitignore ? 'gitignore-or-pattern' : 'ignore-pattern';
  }

  private async keepNamedFile(target: Target, files: string[]): Promise<void> {
    if (await hasConfig(this.eslint, target.absolute)) files.push(target.absolute);
    else this.skipped.push({ given: target.given, reason: await this.reasonFor(target.absolute) });
  }

  async plan(): Promise<PlannedLint> {
    return this.group.git ? this.planFromGit() : this.planFromFolders();
  }

  /** Folders are walked by ESLint, with the `.gitignore` patterns among its ignores. */
  private async planFromFolders(): Promise<PlannedLint> {
    const patterns: string[] = [];
    let walksFolders = false;
    const seen = new Set<string>();
    for (const target of this.group.targets) {
      if (seen.has(target.absolute)) continue;
      seen.add(target.absolute);
      if (target.isDirectory) {
        patterns.push(target.absolute);
        walksFolders = true;
      } else {
        await this.keepNamedFile(target, patterns);
      }
    }
    return { eslint: this.eslint, patterns, fileCount: walksFolders ? undefined : patterns.length };
  }

  /** Files are listed by git, then kept when a config reads them and no pattern ignores them. */
  private async planFromGit(): Promise<PlannedLint> {
    const byRoot = new Map<string, Target[]>();
    for (const target of this.group.targets) {
      const root = target.gitRoot ?? this.group.base;
      byRoot.set(root, [...(byRoot.get(root) ?? []), target]);
    }
    const files: string[] = [];
    const seen = new Set<string>();
    for (const [root, targets] of byRoot) {
      const listed = new Set(listGitFiles(root, targets.map((target) => target.absolute)));
      for (const target of targets) {
        if (target.isDirectory || seen.has(target.absolute)) continue;
        seen.add(target.absolute);
        if (listed.has(target.absolute)) await this.keepNamedFile(target, files);
        else this.skipped.push({ given: target.given, reason: 'git-ignored' });
      }
      for (const file of listed) {
        if (seen.has(file)) continue;
        seen.add(file);
        if (await hasConfig(this.eslint, file)) files.push(file);
      }
    }
    return { eslint: this.eslint, patterns: files, fileCount: files.length };
  }
}

/**
 * Decides what each group lints, before anything is linted: the files git lists (in a work
 * tree) or the folders ESLint walks (outside one), and the named files that are skipped, with
 * the reason.
 */
export async function planScan(groups: readonly TargetGroup[], settings: ScanSettings): Promise<ScanPlan> {
  const lints: PlannedLint[] = [];
  const skipped: SkippedFile[] = [];
  let total: number | undefined = 0;
  for (const group of groups) {
    const planner = new GroupPlanner(group, settings);
    const lint = await planner.plan();
    skipped.push(...planner.skipped);
    if (lint.patterns.length > 0) lints.push(lint);
    total = total === undefined || lint.fileCount === undefined ? undefined : total + lint.fileCount;
  }
  return { lints, skipped, total };
}
