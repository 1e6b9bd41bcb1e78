// The targets the bench reports against. Do not change them to make a run pass.

export const TARGETS = Object.freeze({
  wallRatio: 1.1,
  rssRatio: 1.1,
  ruleShare: 0.02,
  stressRatio: 1.2,
  findingsPer100k: 1,
});

/**
 * @typedef {object} TargetInput
 * @property {number} wallRatio recommended / floor wall time on the corpus (median)
 * @property {number} rssRatio recommended / floor max RSS (median)
 * @property {{ rule: string, share: number }[] | undefined} ruleShares recommended's rules, share of wall time
 * @property {{ name: string, ratio: number }[] | undefined} stress recommended / floor per stress file
 * @property {number} findingsPer100k recommended's findings per 100k lines
 */

/**
 * PASS / MISS / n/a for each target.
 * @param {TargetInput} input
 * @returns {{ target: string, measured: string, verdict: 'PASS' | 'MISS' | 'n/a' }[]}
 */
export function evaluateTargets(input) {
  const verdict = (/** @type {number} */ value, /** @type {number} */ limit) =>
    Number.isFinite(value) ? (value <= limit ? 'PASS' : 'MISS') : 'n/a';
  const rows = [
    { target: `recommended wall time <= ${TARGETS.wallRatio}x floor`, measured: fmt(input.wallRatio, 'x'), verdict: verdict(input.wallRatio, TARGETS.wallRatio) },
    { target: `recommended max RSS within 10% of floor`, measured: fmt(input.rssRatio, 'x'), verdict: verdict(input.rssRatio, TARGETS.rssRatio) },
  ];
  if (input.ruleShares === undefined) {
    rows.push({ target: 'no rule above 2% of wall time (TIMING=all)', measured: 'not measured', verdict: 'n/a' });
  } else {
    const top = [...input.ruleShares].sort((a, b) => b.share - a.share)[0];
    rows.push({
      target: 'no rule above 2% of wall time (TIMING=all)',
      measured: top === undefined ? 'no rule enabled' : `${top.rule} ${(top.share * 100).toFixed(2)}%`,
      verdict: top === undefined ? 'PASS' : verdict(top.share, TARGETS.ruleShare),
    });
  }
  if (input.stress === undefined || input.stress.length === 0) {
    rows.push({ target: `each stress file <= ${TARGETS.stressRatio}x floor`, measured: 'not measured', verdict: 'n/a' });
  } else {
    for (const file of input.stress) {
      rows.push({ target: `stress ${file.name} <= ${TARGETS.stressRatio}x floor`, measured: fmt(file.ratio, 'x'), verdict: verdict(file.ratio, TARGETS.stressRatio) });
    }
  }
  rows.push({
    target: `<= ${TARGETS.findingsPer100k} finding per 100,000 lines`,
    measured: fmt(input.findingsPer100k, ''),
    verdict: verdict(input.findingsPer100k, TARGETS.findingsPer100k),
  });
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
