import { describe, expect, it } from 'vitest';
import { roundOrder } from '../../bench/lib/order.mjs';

const runs = [
  { track: 'espree', config: 'floor' },
  { track: 'espree', config: 'recommended' },
  { track: 'typescript', config: 'floor' },
  { track: 'typescript', config: 'recommended' },
];
const names = (list: readonly { track: string; config: string }[]): string[] => list.map((run) => `${run.track} ${run.config}`);

describe('the order of the runs in a round', () => {
  it('runs the listed order in odd rounds and the reverse in even rounds', () => {
    expect(names(roundOrder(runs, 1))).toEqual(['espree floor', 'espree recommended', 'typescript floor', 'typescript recommended']);
    expect(names(roundOrder(runs, 2))).toEqual(['typescript recommended', 'typescript floor', 'espree recommended', 'espree floor']);
    expect(names(roundOrder(runs, 3))).toEqual(names(roundOrder(runs, 1)));
    expect(names(roundOrder(runs, 4))).toEqual(names(roundOrder(runs, 2)));
  });

  it('puts each configuration as often before the floor as after it over an even number of rounds', () => {
    const rounds = [1, 2, 3, 4, 5, 6].map((round) => names(roundOrder(runs, round)));
    const firstCount = rounds.filter((order) => order.indexOf('espree recommended') < order.indexOf('espree floor')).length;
    expect(firstCount).toBe(3);
  });

  it('leaves the given list as it was', () => {
    const before = names(runs);
    roundOrder(runs, 2);
    expect(names(runs)).toEqual(before);
  });

  it('refuses a round that is not a whole number from 1', () => {
    for (const round of [0, -1, 1.5, Number.NaN]) expect(() => roundOrder(runs, round)).toThrow(RangeError);
  });
});
