/**
 * An npm registry on 127.0.0.1 that knows exactly the packages of this checkout's
 * package-lock.json, so that `npm install` resolves version ranges in a temporary project
 * with npm's own resolver and no network.
 *
 * Each package document lists the versions the lockfile holds, with the dependencies the
 * lockfile records for them. A tarball is served from npm's cache (which `npm ci` filled),
 * found by its integrity. Versions the cache lacks are packed from their installed folder in
 * node_modules and served with that tarball's integrity; versions neither cached nor installed
 * (another platform's binaries) are left out.
 */
import { execFile } from 'node:child_process';
import { createReadStream, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const MAX_OUTPUT = 64 * 1024 * 1024;

interface LockEntry {
  readonly name?: string;
  readonly version?: string;
  readonly resolved?: string;
  readonly integrity?: string;
  readonly link?: boolean;
  readonly dependencies?: Record<string, string>;
  readonly optionalDependencies?: Record<string, string>;
  readonly peerDependencies?: Record<string, string>;
  readonly peerDependenciesMeta?: Record<string, unknown>;
  readonly bin?: Record<string, string>;
  readonly engines?: Record<string, string>;
  readonly os?: readonly string[];
  readonly cpu?: readonly string[];
  readonly license?: string;
}

interface StoredVersion {
  readonly name: string;
  readonly version: string;
  /** Folder of the installed copy, relative to the checkout. */
  readonly location: string;
  readonly entry: LockEntry;
}

interface Tarball {
  readonly file: string;
  readonly integrity: string;
}

export interface LocalRegistry {
  readonly url: string;
  /** The versions of `name` the registry serves. */
  readonly versionsOf: (name: string) => readonly string[];
  /**
   * Runs npm in `cwd` against this registry only: a fresh npm cache, no user `.npmrc`, no npm
   * settings inherited from the environment, no install scripts.
   */
  readonly npm: (cwd: string, args: readonly string[]) => Promise<{ stdout: string; stderr: string }>;
  readonly close: () => Promise<void>;
}

const LOCATION_NAME = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)$/u;

/** Every registry package of the lockfile, one entry per name and version. */
function readLockfile(root: string): StoredVersion[] {
  const lock = JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, LockEntry>;
  };
  const seen = new Map<string, StoredVersion>();
  for (const [location, entry] of Object.entries(lock.packages)) {
    const folderName = LOCATION_NAME.exec(location)?.[1];
    if (folderName === undefined || entry.link === true || entry.version === undefined) continue;
    // Registry packages only (this lockfile records no `resolved` URL for them).
    if (entry.integrity === undefined || (entry.resolved !== undefined && !entry.resolved.startsWith('https://'))) continue;
    const name = entry.name ?? folderName;
    const key = `${name}@${entry.version}`;
    if (!seen.has(key)) seen.set(key, { name, version: entry.version, location, entry });
  }
  return [...seen.values()];
}

/** Where npm's cache (cacache) keeps the content of `integrity`, if it has it. */
function cachedContent(cacheDir: string, integrity: string): string | undefined {
  const [algorithm, digest] = integrity.split(' ')[0]?.split('-', 2) ?? [];
  if (algorithm === undefined || digest === undefined) return undefined;
  const hex = Buffer.from(digest, 'base64').toString('hex');
  const file = path.join(cacheDir, '_cacache', 'content-v2', algorithm, hex.slice(0, 2), hex.slice(2, 4), hex.slice(4));
  return existsSync(file) ? file : undefined;
}

/** The environment minus every npm setting a surrounding `npm test` passes down. */
function withoutNpmSettings(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/iu.test(key)));
}

/** A tarball for every stored version: from npm's cache, else packed from node_modules. */
async function findTarballs(root: string, work: string, stored: readonly StoredVersion[]): Promise<Map<StoredVersion, Tarball>> {
  // The cache npm uses here, as the surrounding environment configures it.
  const { stdout } = await run('npm', ['config', 'get', 'cache'], { cwd: root });
  const cacheDir = stdout.trim();
  const tarballs = new Map<StoredVersion, Tarball>();
  const toPack: StoredVersion[] = [];
  for (const version of stored) {
    const integrity = version.entry.integrity ?? '';
    const cached = cachedContent(cacheDir, integrity);
    if (cached !== undefined) tarballs.set(version, { file: cached, integrity });
    else if (existsSync(path.join(root, version.location, 'package.json'))) toPack.push(version);
  }
  if (toPack.length > 0) {
    const folders = toPack.map((version) => path.join(root, version.location));
    const packed = await run('npm', ['pack', ...folders, '--ignore-scripts', '--json', '--pack-destination', work], {
      cwd: work,
      env: withoutNpmSettings(),
      maxBuffer: MAX_OUTPUT,
    });
    const results = JSON.parse(packed.stdout) as { filename: string; integrity: string }[];
    toPack.forEach((version, index) => {
      const result = results[index];
      if (result !== undefined) tarballs.set(version, { file: path.join(work, result.filename), integrity: result.integrity });
    });
  }
  return tarballs;
}

export async function startLocalRegistry(root: string): Promise<LocalRegistry> {
  const work = mkdtempSync(path.join(tmpdir(), 'token-hygiene-registry-'));
  const tarballs = await findTarballs(root, work, readLockfile(root));
  const byName = new Map<string, StoredVersion[]>();
  const byTarballPath = new Map<string, Tarball>();
  for (const version of tarballs.keys()) byName.set(version.name, [...(byName.get(version.name) ?? []), version]);
  const tarballPath = (version: StoredVersion): string => `/-/tarball/${encodeURIComponent(`${version.name}@${version.version}`)}`;
  for (const [version, tarball] of tarballs) byTarballPath.set(tarballPath(version), tarball);

  function packument(base: string, versions: readonly StoredVersion[]): object {
    return {
      name: versions[0]?.name,
      versions: Object.fromEntries(
        versions.map((version) => {
          const { entry } = version;
          const tarball = tarballs.get(version);
          const manifest = {
            name: version.name,
            version: version.version,
            dependencies: entry.dependencies,
            optionalDependencies: entry.optionalDependencies,
            peerDependencies: entry.peerDependencies,
            peerDependenciesMeta: entry.peerDependenciesMeta,
            bin: entry.bin,
            engines: entry.engines,
            os: entry.os,
            cpu: entry.cpu,
            license: entry.license,
            dist: { tarball: `${base}${tarballPath(version)}`, integrity: tarball?.integrity },
          };
          return [version.version, manifest];
        }),
      ),
    };
  }

  const server = createServer((request, response) => {
    const base = `http://${request.headers.host ?? ''}`;
    const pathname = new URL(request.url ?? '/', base).pathname;
    const tarball = byTarballPath.get(pathname);
    if (tarball !== undefined) {
      response.writeHead(200, { 'content-type': 'application/octet-stream' });
      createReadStream(tarball.file).pipe(response);
      return;
    }
    // Package documents: `/name`, `/@scope%2fname`.
    const versions = byName.get(decodeURIComponent(pathname.slice(1)));
    if (versions === undefined) {
      response.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"not found"}');
      return;
    }
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(packument(base, versions)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${String((server.address() as AddressInfo).port)}/`;
  const npmCache = path.join(work, 'npm-cache');
  const userConfig = path.join(work, 'npmrc');
  writeFileSync(userConfig, '');
  const env = { ...withoutNpmSettings(), NO_UPDATE_NOTIFIER: '1' };

  return {
    url,
    versionsOf: (name) => (byName.get(name) ?? []).map((version) => version.version),
    npm: (cwd, args) =>
      run(
        'npm',
        [...args, '--registry', url, '--cache', npmCache, '--userconfig', userConfig, '--ignore-scripts', '--no-audit', '--no-fund', '--no-update-notifier'],
        { cwd, env, maxBuffer: MAX_OUTPUT },
      ),
    close: async () => {
      const closed = new Promise<void>((resolve) => {
        server.close(() => {
          resolve();
        });
      });
      server.closeAllConnections();
      await closed;
      rmSync(work, { recursive: true, force: true });
    },
  };
}
