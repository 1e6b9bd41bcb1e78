export declare function parseTimingTable(stdout: string): { rule: string; ms: number }[];
