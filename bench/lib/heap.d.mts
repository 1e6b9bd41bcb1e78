export declare function createPeakTracker(read: () => number): { sample: () => number; readonly peak: number; readonly samples: number };
export declare function afterEachCall(target: Record<string, any>, method: string, after: () => void): () => void;
export declare function toMb(bytes: number): number;
