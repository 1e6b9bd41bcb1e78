/**
 * An npm registry on 127.0.0.1 that knows exactly the packages of this checkout's
 * package-lock.json, so that `npm install` resolves version ranges in a temporary project
 * with npm's own resolver and no network.
 *
 * Each package document lists the versions the lockfile holds, with the dependencies the
 * lockfile records for them. A tarball is served from npm's cache (filled by `npm ci`), found
 * by its integrity; when the cache lacks it, the installed folder in node_modules is packed
 * and that tarball is served instead, with its own integrity.
 */
import { execFile } from 'node:child_process';
import { createReadStream, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

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
   * Runs npm in `cwd` against this registry only: a fresh npm cache, no user or project
   * `.npmrc`, no npm settings inherited from the environment, no install scripts.
   */
  readonly npm: (cwd: string, args: readonly string[]) => Promise<{ stdout: string; stderr: string }>;
  readonly close: () => Promise<void>;
}

const LOCATION_NAME = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)$/u;

/** Every registry package in the lockfile, by name and version. */
function readLockfile(root: string): Map<string, Map<string, StoredVersion>> {
  const lock = JSON.parse(readFileSync(path.join(root, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, LockEntry>;
  };
  const byName = new Map<string, Map<string, StoredVersion>>();
  for (const [location, entry] of Object.entries(lock.packages)) {
    const folderName = LOCATION_NAME.exec(location)?.[1];
    if (folderName === undefined || entry.link === true || entry.version === undefined) continue;
    // Registry packages only (this lockfile records no `resolved` URL for them).
    if (entry.integrity === undefined || (entry.resolved !== undefined && !entry.resolved.startsWith('https://'))) continue;
    const name = entry.name ?? folderName;
    const versions = byName.get(name) ?? new Map<string, StoredVersion>();
    if (!versions.has(entry.version)) versions.set(entry.version, { name, version: entry.version, location, entry });
    byName.set(name, versions);
  }
  return byName;
}

/** Where npm's cache (cacache) keeps the content of `integrity`. */
function cachedContent(cacheDir: string, integrity: string): string | undefined {
  const [algorithm, digest] = integrity.split(' ')[0]?.split('-', 2) ?? [];
  if (algorithm === undefined || digest === undefined) return undefined;
  const hex = Buffer.from(digest, 'base64').toString('hex');
  const file = path.join(cacheDir, 'content-v2', algorithm, hex.slice(0, 2), hex.slice(2, 4), hex.slice(4));
  return existsSync(file) ? file : undefined;
}

/** npm's environment minus every npm setting a surrounding `npm test` passes down. */
function cleanEnvironment(): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(process.env).filter(([key]) => !/^npm_/iu.test(key)),
  );
}

export async function startLocalRegistry(root: string): Promise<LocalRegistry> {
  const packages = readLockfile(root);
  const work = mkdtempSync(path.join(tmpdir(), 'token-hygiene-registry-'));
  const env = { ...cleanEnvironment(), NO_UPDATE_NOTIFIER: '1' };
  const { stdout: cacheOut } = await run('npm', ['config', 'get', 'cache'], { cwd: work, env });
  const userCache = path.join(cacheOut.trim(), '_cacache');
  const tarballs = new Map<string, Promise<Tarball | undefined>>();

  /** The tarball of a version, or undefined for one neither cached nor installed (another platform's binary). */
  async function tarballOf(stored: StoredVersion): Promise<Tarball | undefined> {
    const integrity = stored.entry.integrity ?? '';
    const cached = cachedContent(userCache, integrity);
    if (cached !== undefined) return { file: cached, integrity };
    if (!existsSync(path.join(root, stored.location, 'package.json'))) return undefined;
    const { stdout } = await run(
      'npm',
      ['pack', path.join(root, stored.location), '--ignore-scripts', '--json', '--pack-destination', work],
      { cwd: work, env, maxBuffer: 64 * 1024 * 1024 },
    );
    const [packed] = JSON.parse(stdout) as { filename: string; integrity: string }[];
    if (packed === undefined) throw new Error(`npm pack gave nothing for ${stored.location}`);
    return { file: path.join(work, packed.filename), integrity: packed.integrity };
  }

  function tarballKey(stored: StoredVersion): string {
    return `${stored.name}@${stored.version}`;
  }

  function loadTarball(stored: StoredVersion): Promise<Tarball | undefined> {
    const key = tarballKey(stored);
    let tarball = tarballs.get(key);
    if (tarball === undefined) {
      tarball = tarballOf(stored);
      tarballs.set(key, tarball);
    }
    return tarball;
  }

  async function packument(base: string, name: string): Promise<object> {
    const versions: Record<string, object> = {};
    for (const stored of packages.get(name)?.values() ?? []) {
      const { entry } = stored;
      const tarball = await loadTarball(stored);
      if (tarball === undefined) continue;
      versions[stored.version] = {
        name,
        version: stored.version,
        dependencies: entry.dependencies,
        optionalDependencies: entry.optionalDependencies,
        peerDependencies: entry.peerDependencies,
        peerDependenciesMeta: entry.peerDependenciesMeta,
        bin: entry.bin,
        engines: entry.engines,
        os: entry.os,
        cpu: entry.cpu,
        license: entry.license,
        dist: { tarball: `${base}/-/tarball/${encodeURIComponent(tarballKey(stored))}`, integrity: tarball.integrity },
      };
    }
    return { name, versions };
  }

  const byKey = new Map([...packages.values()].flatMap((versions) => [...versions.values()].map((stored) => [tarballKey(stored), stored])));

  const server: Server = createServer((request, response) => {
    const base = `http://${request.headers.host ?? ''}`;
    const pathname = decodeURIComponent(new URL(request.url ?? '/', base).pathname.slice(1));
    const fail = (status: number, message: string): void => {
      response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify({ error: message }));
    };
    if (pathname.startsWith('-/tarball/')) {
      const stored = byKey.get(pathname.slice('-/tarball/'.length));
      if (stored === undefined) {
        fail(404, 'no such tarball');
        return;
      }
      loadTarball(stored).then(
        (tarball) => {
          if (tarball === undefined) {
            fail(404, 'not available here');
            return;
          }
          response.writeHead(200, { 'content-type': 'application/octet-stream' });
          createReadStream(tarball.file).pipe(response);
        },
        (error: unknown) => {
          fail(500, String(error));
        },
      );
      return;
    }
    if (!packages.has(pathname)) {
      fail(404, 'not found');
      return;
    }
    packument(base, pathname).then(
      (document) => response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(document)),
      (error: unknown) => {
        fail(500, String(error));
      },
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${String((server.address() as AddressInfo).port)}/`;
  const npmCache = path.join(work, 'npm-cache');
  const emptyConfig = path.join(work, 'empty-npmrc');

  return {
    url,
    versionsOf: (name) => [...(packages.get(name)?.keys() ?? [])],
    npm: (cwd, args) =>
      run(
        'npm',
        [
          ...args,
          '--registry',
          url,
          '--cache',
          npmCache,
          '--userconfig',
          emptyConfig,
          '--ignore-scripts',
          '--no-audit',
          '--no-fund',
          '--no-update-notifier',
        ],
        { cwd, env, maxBuffer: 64 * 1024 * 1024 },
      ),
    close: async () => {
      const closed = new Promise<void>((resolve) => server.close(() => { resolve(); }));
      server.closeAllConnections();
      await closed;
      rmSync(work, { recursive: true, force: true });
    },
  };
}
