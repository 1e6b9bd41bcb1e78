export declare const TARGETS: Readonly<{
  wallRatio: number;
  rssRatio: number;
  ruleShare: number;
  stressRatio: number;
  findingsPer100k: number;
}>;
export interface TargetInput {
  wallRatio: number;
  rssRatio: number;
  ruleShares: { rule: string; share: number }[] | undefined;
  stress: { name: string; ratio: number }[] | undefined;
  findingsPer100k: number;
}
export declare function evaluateTargets(
  input: TargetInput,
): { target: string; measured: string; verdict: 'PASS' | 'MISS' | 'n/a' }[];
