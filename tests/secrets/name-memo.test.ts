import { describe, expect, it } from 'vitest';
import { memoByName } from '../../src/secrets/name-memo.js';

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
});
