export declare const FIXED_GC_FLAGS: readonly string[];
export interface FixedGcRun {
  config: string;
  heapPeakMb: number;
  maxRssKb: number;
  heapAfterGcMb: number;
}
export declare function summarizeFixedGc(runs: readonly FixedGcRun[]): {
  config: string;
  heapPeakMb: number;
  heapRatio: number;
  maxRssMb: number;
  rssRatio: number;
  heapAfterGcMb: number;
}[];
