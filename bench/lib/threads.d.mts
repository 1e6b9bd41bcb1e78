export declare const CLOCK_TICKS_PER_SECOND: number;
export declare function parseTaskStat(text: string): { name: string; cpuMs: number } | undefined;
export declare function readThreadCpu(taskDir?: string): Map<string, number> | undefined;
export declare function splitThreadCpu(
  before: ReadonlyMap<string, number> | undefined,
  after: ReadonlyMap<string, number> | undefined,
  mainId: string,
): { mainMs: number; otherMs: number } | undefined;
