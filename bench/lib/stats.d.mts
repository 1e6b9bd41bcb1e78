export declare function median(values: readonly number[]): number;
export declare function ratio(value: number | undefined, base: number | undefined): number;
export declare function per100kLines(findings: number, lines: number): number;
export declare function formatNumber(value: number, digits?: number): string;
export declare function formatRatio(value: number): string;
export declare function formatCount(value: number): string;
