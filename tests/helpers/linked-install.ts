/**
 * Installs the packed package into a scratch project the way npm would, without a registry:
 * unpacks the tarball into `node_modules/eslint-plugin-token-hygiene` and links each package
 * it declares in `dependencies` and `peerDependencies` from this checkout's node_modules
 * (a scoped name links its whole scope folder). The list comes from package.json, so a new
 * dependency is installed here as it would be for a user.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');

interface Manifest {
  readonly dependencies?: Readonly<Record<string, string>>;
  readonly peerDependencies?: Readonly<Record<string, string>>;
}

/** The top-level node_modules entries that the package's declared dependencies need. */
export function declaredDependencyFolders(): string[] {
  const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Manifest;
  const names = [...Object.keys(manifest.dependencies ?? {}), ...Object.keys(manifest.peerDependencies ?? {})];
  return [...new Set(names.map((name) => (name.startsWith('@') ? name.slice(0, name.indexOf('/')) : name)))];
}

export interface LinkedInstallOptions {
  /** Top-level node_modules entries to leave out, as a user who has not installed them. */
  readonly without?: readonly string[];
  /** Further entries to link, as packages the user installed themselves. */
  readonly extra?: readonly string[];
  /** Runs the package's lifecycle scripts while packing (the default skips them). */
  readonly runScripts?: boolean;
}

/** Packs the package into `projectDir`, installs it there and returns the tarball's file name. */
export function installPacked(projectDir: string, options: LinkedInstallOptions = {}): string {
  const args = ['pack', '--json', '--pack-destination', projectDir];
  if (options.runScripts !== true) args.push('--ignore-scripts');
  const packed = JSON.parse(execFileSync('npm', args, { cwd: ROOT, encoding: 'utf8' })) as { filename: string }[];
  const tarball = packed[0]?.filename ?? '';
  const installed = path.join(projectDir, 'node_modules', 'eslint-plugin-token-hygiene');
  mkdirSync(installed, { recursive: true });
  execFileSync('tar', ['-xzf', path.join(projectDir, tarball), '-C', installed, '--strip-components=1']);
  const without = new Set(options.without ?? []);
  for (const folder of [...declaredDependencyFolders(), ...(options.extra ?? [])]) {
    if (without.has(folder)) continue;
    const target = path.join(projectDir, 'node_modules', folder);
    if (existsSync(target)) continue;
    mkdirSync(path.dirname(target), { recursive: true });
    symlinkSync(path.join(ROOT, 'node_modules', folder), target, 'dir');
  }
  return tarball;
}
