// The order in which a round runs its children.

/**
 * The runs of one round: every configuration of every track, in the listed order in odd
 * rounds and in the reverse order in even rounds (A B, then B A). A configuration that runs
 * after the floor in one round runs before it in the next, so a slow drift of the machine
 * within a round, or any cost of running second, weighs on both sides of a ratio alike.
 * @template T
 * @param {readonly T[]} runs the runs in their listed order
 * @param {number} round 1 for the first round
 * @returns {T[]}
 */
export function roundOrder(runs, round) {
  if (!Number.isInteger(round) || round < 1) throw new RangeError(`round must be a whole number from 1, got ${round}`);
  return round % 2 === 1 ? [...runs] : [...runs].reverse();
}
