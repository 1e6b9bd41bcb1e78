export declare const CONFIG_NAMES: readonly string[];
export declare const HELP: string;
export declare const DEFAULT_LINES: number;
export declare const QUICK_LINES: number;
export declare const MIN_LINES: number;
export interface BenchOptions {
  rounds: number;
  only: string[];
  lines: number;
  quick: boolean;
  stress: boolean;
  timing: boolean;
  help: boolean;
}
export declare function parseArgs(argv: readonly string[]): BenchOptions;
export declare function parseOnly(text: string): string[];
