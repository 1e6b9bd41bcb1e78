import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { allRules } from '../src/all-rules.js';
import { REPOSITORY_URL } from '../src/create-rule.js';

// The registry page, `npm repo`, `npm bugs` and the docs links the rules print all lead to
// one repository.
const root = path.resolve(import.meta.dirname, '..');
const packageJson = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  repository?: { type?: string; url?: string };
  homepage?: string;
  bugs?: { url?: string };
};

describe('the links of package.json', () => {
  it('name the repository the rule docs link to', () => {
    expect(packageJson.repository).toEqual({ type: 'git', url: `git+${REPOSITORY_URL}.git` });
  });

  it('send the homepage to the README and bug reports to the issues of that repository', () => {
    expect(packageJson.homepage).toBe(`${REPOSITORY_URL}#readme`);
    expect(packageJson.bugs).toEqual({ url: `${REPOSITORY_URL}/issues` });
  });

  it.each(Object.entries(allRules))('hold the docs URL of %s', (name, rule) => {
    expect(rule.meta.docs?.url).toBe(`${REPOSITORY_URL}/blob/main/docs/rules/${name}.md`);
  });

  it('agree with the configs link of the generated rule list', () => {
    expect(readFileSync(path.join(root, '.eslint-doc-generatorrc.js'), 'utf8')).toContain(`urlConfigs: '${REPOSITORY_URL}#configs'`);
  });
});
