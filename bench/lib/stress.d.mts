export interface StressItem {
  kind: string;
  size: number;
  name: string;
  describe: string;
}
export declare function seededRandom(seed: number): () => number;
export declare function randomChars(random: () => number, length: number, alphabet?: string): string;
export declare function bigStringLiteral(bytes: number): string;
export declare function manyShortStrings(count: number): string;
export declare function mixedBlock(index: number): string[];
export declare function mixedCalls(lines: number): string;
export declare function helperPair(index: number): string[];
export declare function helperCalls(count: number): string;
export declare function minifiedBundle(bundle: string, copies: number): string;
export declare function stressPlan(scale: number): StressItem[];
export declare function stressSource(item: { kind: string; size: number }, scale: number, bundle: string): string;
