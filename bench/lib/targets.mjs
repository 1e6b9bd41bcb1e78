// The targets the bench reports against, per track. Do not change them to make a run pass.

/**
 * @typedef {object} TargetLimits
 * @property {number} wallRatio recommended / floor wall time on the corpus
 * @property {number} rssRatio recommended / floor max RSS
 * @property {number} ruleShare the largest share of wall time one rule may take (TIMING=all)
 * @property {number} stressRatio recommended / floor on each stress file
 * @property {number} findingsPer100k findings of recommended per 100,000 corpus lines
 * @property {number} [importRatio] the plugin's import time / ESLint's import time (espree track only)
 */

/** @type {Readonly<Record<'espree' | 'typescript', Readonly<TargetLimits>>>} */
export const TARGETS = Object.freeze({
  // The setup most users have: the primary targets.
  espree: Object.freeze({ wallRatio: 1.05, rssRatio: 1.1, ruleShare: 0.02, stressRatio: 1.2, findingsPer100k: 1, importRatio: 1.5 }),
  // @typescript-eslint/parser for every file: the targets the bench had before the espree track.
  typescript: Object.freeze({ wallRatio: 1.1, rssRatio: 1.1, ruleShare: 0.02, stressRatio: 1.2, findingsPer100k: 1 }),
});

/**
 * @typedef {object} TargetInput
 * @property {number} wallRatio recommended / floor wall time on the corpus (median)
 * @property {number} rssRatio recommended / floor max RSS (median)
 * @property {{ rule: string, share: number }[] | undefined} ruleShares recommended's rules, share of wall time
 * @property {{ name: string, ratio: number }[] | undefined} stress recommended / floor per stress file
 * @property {number} findingsPer100k recommended's findings per 100k lines
 * @property {number} [importRatio] plugin / ESLint import time (medians of fresh processes)
 * @property {boolean} [typescriptUnloaded] importing the plugin, reading configs.recommended and
 *   linting a .js file left the `typescript` package unloaded (undefined: not measured)
 */

/**
 * PASS / MISS / n/a for each target of a track.
 * @param {TargetInput} input
 * @param {Readonly<TargetLimits>} limits
 * @returns {{ target: string, measured: string, verdict: 'PASS' | 'MISS' | 'n/a' }[]}
 */
export function evaluateTargets(input, limits) {
  const verdict = (/** @type {number} */ value, /** @type {number} */ limit) =>
    Number.isFinite(value) ? (value <= limit ? 'PASS' : 'MISS') : 'n/a';
  /** @type {{ target: string, measured: string, verdict: 'PASS' | 'MISS' | 'n/a' }[]} */
  const rows = [
    { target: `recommended wall time <= ${limits.wallRatio}x floor`, measured: fmt(input.wallRatio, 'x'), verdict: verdict(input.wallRatio, limits.wallRatio) },
    { target: `recommended max RSS <= ${limits.rssRatio}x floor`, measured: fmt(input.rssRatio, 'x'), verdict: verdict(input.rssRatio, limits.rssRatio) },
  ];
  const sharePercent = `${(limits.ruleShare * 100).toFixed(0)}%`;
  if (input.ruleShares === undefined) {
    rows.push({ target: `no rule above ${sharePercent} of wall time (TIMING=all)`, measured: 'not measured', verdict: 'n/a' });
  } else {
    const top = [...input.ruleShares].sort((a, b) => b.share - a.share)[0];
    rows.push({
      target: `no rule above ${sharePercent} of wall time (TIMING=all)`,
      measured: top === undefined ? 'no rule enabled' : `${top.rule} ${(top.share * 100).toFixed(2)}%`,
      verdict: top === undefined ? 'PASS' : verdict(top.share, limits.ruleShare),
    });
  }
  if (input.stress === undefined || input.stress.length === 0) {
    rows.push({ target: `each stress file <= ${limits.stressRatio}x floor`, measured: 'not measured', verdict: 'n/a' });
  } else {
    for (const file of input.stress) {
      rows.push({ target: `stress ${file.name} <= ${limits.stressRatio}x floor`, measured: fmt(file.ratio, 'x'), verdict: verdict(file.ratio, limits.stressRatio) });
    }
  }
  rows.push({
    target: `<= ${limits.findingsPer100k} finding per 100,000 lines`,
    measured: fmt(input.findingsPer100k, ''),
    verdict: verdict(input.findingsPer100k, limits.findingsPer100k),
  });
  if (limits.importRatio !== undefined) {
    const importRatio = input.importRatio ?? Number.NaN;
    rows.push({ target: `plugin import time <= ${limits.importRatio}x ESLint's`, measured: fmt(importRatio, 'x'), verdict: verdict(importRatio, limits.importRatio) });
    const unloaded = input.typescriptUnloaded;
    rows.push({
      target: 'importing the plugin, reading configs.recommended and linting a .js file leave TypeScript unloaded',
      measured: unloaded === undefined ? 'not measured' : unloaded ? 'unloaded' : 'loaded',
      verdict: unloaded === undefined ? 'n/a' : unloaded ? 'PASS' : 'MISS',
    });
  }
  return rows;
}

/**
 * @param {number} value
 * @param {string} unit
 * @returns {string}
 */
function fmt(value, unit) {
  return Number.isFinite(value) ? `${value.toFixed(2)}${unit}` : 'n/a';
}
