import type { ESLint, Linter } from 'eslint';

/** How long a run goes before progress appears, and how often it is redrawn. */
export const PROGRESS_DELAY_MS = 1000;
const PROGRESS_INTERVAL_MS = 100;
const SPINNER = ['|', '/', '-', '\\'] as const;
const CLEAR_LINE = '\r\u001B[K';

export interface ProgressOptions {
  readonly write: (text: string) => void;
  /** Whether stderr is a terminal. */
  readonly isTTY: boolean;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly delayMs?: number;
}

export interface Progress {
  /** Whether anything will be drawn: stderr is a terminal and the run is not in CI. */
  readonly enabled: boolean;
  /** Files are known in advance (git) or not (folders walked by ESLint). */
  setTotal: (total: number | undefined) => void;
  fileStarted: () => void;
  start: () => void;
  /** Clears the line; call before anything else is written. */
  stop: () => void;
}

/** CI systems set `CI`; `CI=false` or `CI=0` is a run outside CI. */
export function isCi(env: Readonly<Record<string, string | undefined>>): boolean {
  const value = env.CI;
  return value !== undefined && value !== '' && value !== 'false' && value !== '0';
}

/**
 * A one-line count of the files linted, redrawn on stderr while a long run goes on: only when
 * stderr is a terminal and the run is not in CI, so piped output and CI logs stay clean.
 */
export function createProgress(options: ProgressOptions): Progress {
  const enabled = options.isTTY && !isCi(options.env);
  let done = 0;
  let total: number | undefined;
  let frame = 0;
  let shown = false;
  let delay: NodeJS.Timeout | undefined;
  let interval: NodeJS.Timeout | undefined;

  const render = (): void => {
    const count = total === undefined ? `${String(done)} files` : `${String(Math.min(done, total))}/${String(total)} files`;
    options.write(`${CLEAR_LINE}token-hygiene: ${SPINNER[frame % SPINNER.length] ?? '|'} scanning, ${count}`);
    frame += 1;
    shown = true;
  };
  const beginDrawing = (): void => {
    render();
    interval = setInterval(render, PROGRESS_INTERVAL_MS);
    interval.unref();
  };

  return {
    enabled,
    setTotal: (value) => {
      total = value;
    },
    fileStarted: () => {
      done += 1;
    },
    start: () => {
      if (!enabled) return;
      const delayMs = options.delayMs ?? PROGRESS_DELAY_MS;
      if (delayMs <= 0) {
        beginDrawing();
        return;
      }
      delay = setTimeout(beginDrawing, delayMs);
      delay.unref();
    },
    stop: () => {
      clearTimeout(delay);
      clearInterval(interval);
      if (shown) options.write(CLEAR_LINE);
      shown = false;
    },
  };
}

/**
 * A config that counts the files ESLint lints, for the progress line: ESLint calls a rule's
 * `create` once per file, whatever the language, and has no other per-file hook. The rule
 * reports nothing, and the command keeps only this plugin's messages anyway.
 */
export function progressCounterConfig(progress: Progress): Linter.Config {
  const counter: ESLint.Plugin = {
    meta: { name: 'token-hygiene-progress' },
    rules: {
      'count-files': {
        meta: { type: 'problem', schema: [], docs: { description: 'Counts the files linted by the token-hygiene command' } },
        create() {
          progress.fileStarted();
          return {};
        },
      },
    },
  };
  return {
    name: 'token-hygiene/command/progress',
    plugins: { 'token-hygiene-progress': counter },
    rules: { 'token-hygiene-progress/count-files': 'error' },
  };
}
