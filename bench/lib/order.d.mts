export declare function roundOrder<T>(runs: readonly T[], round: number): T[];
