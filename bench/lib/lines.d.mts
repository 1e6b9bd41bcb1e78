export declare const SOURCE_EXTENSIONS: readonly string[];
export declare const MAX_FILE_BYTES: number;
export declare const MAX_MEAN_LINE_LENGTH: number;
export declare function countLines(text: string): number;
export declare function excludedByName(path: string): string | undefined;
export declare function excludedBySize(bytes: number, lines: number): string | undefined;
