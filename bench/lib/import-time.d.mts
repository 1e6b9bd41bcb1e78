export declare const IMPORT_SUBJECTS: readonly string[];
export declare function importSchedule(runs: number): string[];
export declare function summarizeImports(runs: readonly { subject: string; ms: number; cpuMs?: number }[]): {
  subjects: Record<string, { medianMs: number; minMs: number; maxMs: number; medianCpuMs: number; runs: number }>;
  pluginRatio: number;
  configsRatio: number;
};
export declare const TYPESCRIPT_STEPS: readonly string[];
export declare function typescriptUnloadedForJavaScript(steps: readonly boolean[]): boolean | undefined;
