import { describe, expect, it } from 'vitest';
import { findEmbeddedSecrets } from '../../src/secrets/embedded-secrets.js';
import { memoByName } from '../../src/secrets/name-memo.js';
import { heapKeptBy, nameCutFromLargeSource } from '../helpers/retained-heap.js';

describe('memoByName', () => {
  const counting = (): { ask: (name: string) => boolean; asked: Map<string, number> } => {
    const asked = new Map<string, number>();
    const ask = memoByName((name) => {
      asked.set(name, (asked.get(name) ?? 0) + 1);
      return name.length % 2 === 0;
    });
    return { ask, asked };
  };

  it('answers a name once, and gives the same answer again', () => {
    const { ask, asked } = counting();
    expect([ask('apiKey'), ask('apiKey'), ask('token'), ask('apiKey')]).toEqual([true, true, false, true]);
    expect(asked.get('apiKey')).toBe(1);
    expect(asked.get('token')).toBe(1);
  });

  it('does not remember texts longer than a name', () => {
    const { ask, asked } = counting();
    const long = 'a'.repeat(65);
    ask(long);
    ask(long);
    expect(asked.get(long)).toBe(2);
  });

  it('starts afresh past ten thousand names, so it stays bounded', () => {
    const { ask, asked } = counting();
    ask('first');
    for (let index = 0; index < 10_000; index++) ask(`name${index}`);
    ask('first');
    expect(asked.get('first')).toBe(2);
  });

  it('keeps no source alive that a remembered name was cut from', () => {
    const ask = memoByName((name) => name.endsWith('Token'));
    // Sixteen names, each cut out of its own 2 MB source: kept as cut, they would hold 32 MB.
    const kept = heapKeptBy((index) => {
      ask(nameCutFromLargeSource(`serviceAccessToken${index}`));
    });
    expect(ask('serviceAccessToken')).toBe(true);
    expect(kept).toBeLessThan(8_000_000);
  });
});

describe('the key verdicts of self-labelled secrets', () => {
  it('keep no source alive that a key was read from', () => {
    const kept = heapKeptBy((index) => {
      findEmbeddedSecrets(nameCutFromLargeSource(`service_api_token_${index}=abc`));
    });
    expect(kept).toBeLessThan(8_000_000);
  });
});

