import { describe, expect, it } from 'vitest';
import { CONFIG_NAMES, DEFAULT_LINES, parseArgs, QUICK_LINES } from '../../bench/lib/args.mjs';

describe('bench options', () => {
  it('runs every configuration over 3 rounds by default', () => {
    const options = parseArgs([]);
    expect(options).toMatchObject({ rounds: 3, only: [...CONFIG_NAMES], lines: DEFAULT_LINES, quick: false, stress: true, timing: true });
  });

  it('reads the options of a smoke run and always keeps the floor', () => {
    const options = parseArgs(['--rounds', '2', '--only', 'recommended', '--no-stress', '--quick']);
    expect(options).toMatchObject({ rounds: 2, only: ['floor', 'recommended'], lines: QUICK_LINES, quick: true, stress: false });
  });

  it('accepts --name=value', () => {
    expect(parseArgs(['--rounds=5']).rounds).toBe(5);
  });

  it('refuses unknown options, unknown configurations and a corpus below 500,000 lines', () => {
    expect(() => parseArgs(['--fast'])).toThrow(/unknown option/u);
    expect(() => parseArgs(['--only', 'gitleaks'])).toThrow(/unknown configuration/u);
    expect(() => parseArgs(['--lines', '1000'])).toThrow(/at least 500000/u);
    expect(() => parseArgs(['--rounds', '0'])).toThrow(/positive integer/u);
  });

  it('asks for help', () => {
    expect(parseArgs(['--help']).help).toBe(true);
  });
});
