import { describe, expect, it } from 'vitest';
import { CONFIG_NAMES, DEFAULT_IMPORT_RUNS, DEFAULT_LINES, parseArgs, QUICK_LINES } from '../../bench/lib/args.mjs';

describe('bench options', () => {
  it('runs both tracks over 3 rounds by default: every configuration on espree, the floor and recommended on typescript', () => {
    const options = parseArgs([]);
    expect(options).toMatchObject({ rounds: 3, lines: DEFAULT_LINES, quick: false, stress: true, timing: true, fixedGc: true, importTime: true, importRuns: DEFAULT_IMPORT_RUNS });
    expect(options.tracks).toEqual(['espree', 'typescript']);
    expect(options.configs).toEqual({ espree: [...CONFIG_NAMES], typescript: ['floor', 'recommended'] });
  });

  it('reads the options of a smoke run and always keeps the floor', () => {
    const options = parseArgs(['--rounds', '2', '--only', 'recommended', '--no-stress', '--quick', '--no-import']);
    expect(options).toMatchObject({ rounds: 2, lines: QUICK_LINES, quick: true, stress: false, importTime: false });
    expect(options.configs).toEqual({ espree: ['floor', 'recommended'], typescript: ['floor', 'recommended'] });
  });

  it('runs one track when asked, with --only applied to it', () => {
    expect(parseArgs(['--track', 'espree']).configs).toEqual({ espree: [...CONFIG_NAMES] });
    const typescript = parseArgs(['--track=typescript', '--only', 'no-secrets,recommended']);
    expect(typescript.tracks).toEqual(['typescript']);
    expect(typescript.configs).toEqual({ typescript: ['floor', 'recommended', 'no-secrets'] });
    expect(parseArgs(['--track', 'both']).tracks).toEqual(['espree', 'typescript']);
  });

  it('skips the memory pass with a fixed collection schedule on --no-fixed-gc, and only that', () => {
    const options = parseArgs(['--no-fixed-gc']);
    expect(options).toMatchObject({ fixedGc: false, timing: true, stress: true, importTime: true });
  });

  it('accepts --name=value', () => {
    expect(parseArgs(['--rounds=5']).rounds).toBe(5);
    expect(parseArgs(['--import-runs=3']).importRuns).toBe(3);
  });

  it('refuses unknown options, tracks and configurations, and a corpus below 500,000 lines', () => {
    expect(() => parseArgs(['--fast'])).toThrow(/unknown option/u);
    expect(() => parseArgs(['--only', 'gitleaks'])).toThrow(/unknown configuration/u);
    expect(() => parseArgs(['--track', 'babel'])).toThrow(/unknown track babel/u);
    expect(() => parseArgs(['--lines', '1000'])).toThrow(/at least 500000/u);
    expect(() => parseArgs(['--rounds', '0'])).toThrow(/positive integer/u);
    expect(() => parseArgs(['--import-runs', 'many'])).toThrow(/positive integer/u);
  });

  it('asks for help', () => {
    expect(parseArgs(['--help']).help).toBe(true);
  });
});
