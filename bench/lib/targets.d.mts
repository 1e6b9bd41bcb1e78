export interface TargetLimits {
  wallRatio: number;
  rssRatio: number;
  ruleShare: number;
  stressRatio: number;
  findingsPer100k: number;
  importRatio?: number;
}
export declare const TARGETS: Readonly<Record<'espree' | 'typescript', Readonly<TargetLimits>>>;
export interface TargetInput {
  wallRatio: number;
  rssRatio: number;
  ruleShares: { rule: string; share: number }[] | undefined;
  stress: { name: string; ratio: number }[] | undefined;
  findingsPer100k: number;
  importRatio?: number;
  typescriptUnloaded?: boolean;
}
export declare function evaluateTargets(
  input: TargetInput,
  limits: Readonly<TargetLimits>,
): { target: string; measured: string; verdict: 'PASS' | 'MISS' | 'n/a' }[];
