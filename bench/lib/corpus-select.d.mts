export interface CorpusEntry {
  path: string;
  lines: number;
  bytes: number;
}
export declare function packageOf(path: string): string;
export declare function perPackageCap(packageLines: readonly number[], targetLines: number): number;
export declare function selectCorpus(
  entries: readonly CorpusEntry[],
  targetLines: number,
  options?: { strict?: boolean },
): { files: CorpusEntry[]; cap: number; lines: number; packages: Map<string, number> };
