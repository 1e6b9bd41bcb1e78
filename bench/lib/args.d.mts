import type { Track } from './tracks.mjs';

export declare const CONFIG_NAMES: readonly string[];
export declare const HELP: string;
export declare const DEFAULT_LINES: number;
export declare const QUICK_LINES: number;
export declare const MIN_LINES: number;
export declare const DEFAULT_IMPORT_RUNS: number;
export interface BenchOptions {
  rounds: number;
  tracks: Track[];
  configs: Partial<Record<Track, string[]>>;
  lines: number;
  importRuns: number;
  quick: boolean;
  stress: boolean;
  timing: boolean;
  fixedGc: boolean;
  importTime: boolean;
  help: boolean;
}
export declare function parseArgs(argv: readonly string[]): BenchOptions;
export declare function parseOnly(text: string): string[];
export declare function parseTrack(text: string): Track[];
