import { describe, expect, it } from 'vitest';
import { matchesFileNamePatterns } from '../../src/files/token-files.js';

describe('matchesFileNamePatterns', () => {
  it('matches a base-name glob whatever the built-in tables say', () => {
    expect(matchesFileNamePatterns('config/.env.production', { fileNames: ['.env.production'] })).toBe(true);
    expect(matchesFileNamePatterns('own-api.cfg', { fileNames: ['*.cfg'] })).toBe(true);
  });

  it('matches a glob with folders against the end of the path', () => {
    expect(matchesFileNamePatterns('app/conf/ci/deploy.tok', { fileNames: ['conf/**/*.tok'] })).toBe(true);
    expect(matchesFileNamePatterns('app/deploy.tok', { fileNames: ['conf/**/*.tok'] })).toBe(false);
  });

  it('is false without patterns', () => {
    expect(matchesFileNamePatterns('api-token.txt')).toBe(false);
    expect(matchesFileNamePatterns('api-token.txt', { fileNames: [] })).toBe(false);
  });
});
