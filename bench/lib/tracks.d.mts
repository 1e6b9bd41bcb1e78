export declare const JAVASCRIPT_GLOB: readonly string[];
export declare const TYPESCRIPT_GLOB: readonly string[];
export declare const SOURCE_GLOB: readonly string[];
export type Track = 'espree' | 'typescript';
export declare const TRACKS: readonly Track[];
export declare const DEFAULT_TRACK_CONFIGS: Readonly<Record<Track, readonly string[]>>;
export declare const TRACK_DESCRIPTIONS: Readonly<Record<Track, string>>;
export declare function parsingConfig(track: string, typescriptParser: unknown): Record<string, unknown>[];
