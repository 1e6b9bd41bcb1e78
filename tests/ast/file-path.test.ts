import { describe, expect, it } from 'vitest';
import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { displayFileName, displayPath, getBaseName, isFileModuleSpecifier, resolveFilePath, resolveFilePaths } from '../../src/ast/file-path.js';
import { HOLE, shapeText } from '../../src/ast/static-string.js';
import { runProbe } from './probe.js';

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

/** The shape text of the file named by the first argument of `probe(...)`. */
function filePathOf(code: string): string | undefined {
  let result: { value: string | undefined } | undefined;
  runProbe(code, (context: Context) => ({
    CallExpression: (call: TSESTree.CallExpression) => {
      const [argument] = call.arguments;
      if (call.callee.type === AST_NODE_TYPES.Identifier && call.callee.name === 'probe' && argument) {
        const shape = resolveFilePath(argument, context.sourceCode);
        result = { value: shape ? shapeText(shape) : undefined };
      }
    },
  }));
  if (!result) throw new Error('no probe(...) call in the code');
  return result.value;
}

describe('resolveFilePath', () => {
  it('reads a literal path', () => {
    expect(filePathOf("probe('config/api-token.txt');")).toBe('config/api-token.txt');
  });

  it('joins __dirname and segments, with __dirname as a hole', () => {
    expect(filePathOf("import path from 'node:path';\nprobe(path.join(__dirname, '..', 'secrets.json'));")).toBe(`${HOLE}/../secrets.json`);
  });

  it('joins os.homedir() with a dotfile', () => {
    expect(filePathOf("import os from 'os';\nimport { join } from 'path';\nprobe(join(os.homedir(), '.npmrc'));")).toBe(`${HOLE}/.npmrc`);
  });

  it('resolves a URL relative to import.meta.url', () => {
    expect(filePathOf("probe(new URL('./token.txt', import.meta.url));")).toBe(`${HOLE}./token.txt`);
  });

  it('passes through fileURLToPath', () => {
    expect(filePathOf("import { fileURLToPath } from 'node:url';\nprobe(fileURLToPath(new URL('../.token', import.meta.url)));")).toBe(`${HOLE}../.token`);
  });

  it('follows a constant that holds a wrapped path', () => {
    const code = "import url from 'url';\nconst TOKEN_PATH = url.fileURLToPath(new URL('./auth.json', import.meta.url));\nprobe(TOKEN_PATH);";
    expect(filePathOf(code)).toBe(`${HOLE}./auth.json`);
  });

  it('passes through path.normalize, require.resolve and .pathname', () => {
    expect(filePathOf("import path from 'path';\nprobe(path.normalize('./secrets//token.txt'));")).toBe('./secrets//token.txt');
    expect(filePathOf("probe(require.resolve('./credentials.json'));")).toBe('./credentials.json');
    expect(filePathOf("probe(new URL('file:///etc/app/token').pathname);")).toBe('file:///etc/app/token');
  });

  it('does not pass through a local require or an unknown call', () => {
    expect(filePathOf("function load(require) { probe(require.resolve('./token.txt')); }")).toBeUndefined();
    expect(filePathOf("probe(locate('./token.txt'));")).toBeUndefined();
  });

  it('keeps a hole for a template expression', () => {
    expect(filePathOf('probe(`${dir}/api-token.txt`);')).toBe(`${HOLE}/api-token.txt`);
  });
});

/** The shape texts of every file the first argument of `probe(...)` may name. */
function filePathsOf(code: string): string[] {
  let result: string[] | undefined;
  runProbe(code, (context: Context) => ({
    CallExpression: (call: TSESTree.CallExpression) => {
      const [argument] = call.arguments;
      if (call.callee.type === AST_NODE_TYPES.Identifier && call.callee.name === 'probe' && argument) {
        result = resolveFilePaths(argument, context.sourceCode).map(shapeText);
      }
    },
  }));
  if (!result) throw new Error('no probe(...) call in the code');
  return result;
}

describe('resolveFilePaths', () => {
  it('gives both branches of a conditional', () => {
    expect(filePathsOf("probe(production ? '/etc/app/token' : './token.txt');")).toEqual(['/etc/app/token', './token.txt']);
  });

  it('gives the fallback of ?? and ||, leaving unknown sides out', () => {
    expect(filePathsOf("probe(process.env.TOKEN_FILE ?? 'api-token.txt');")).toEqual(['api-token.txt']);
    expect(filePathsOf("probe(file || 'secrets.json');")).toEqual(['secrets.json']);
    expect(filePathsOf("probe(enabled && 'secrets.json');")).toEqual(['secrets.json']);
  });

  it('follows a constant holding a conditional', () => {
    expect(filePathsOf("const file = dev ? 'dev-token.txt' : 'token.txt';\nprobe(file);")).toEqual(['dev-token.txt', 'token.txt']);
  });

  it('gives the single path of anything else', () => {
    expect(filePathsOf("probe('config.json');")).toEqual(['config.json']);
    expect(filePathsOf('probe(file);')).toEqual([]);
  });
});

describe('getBaseName', () => {
  it('takes the last segment without a query', () => {
    expect(getBaseName('./config/token.txt?raw')).toBe('token.txt');
    expect(getBaseName('C:\\app\\secrets.json')).toBe('secrets.json');
    expect(getBaseName('.npmrc')).toBe('.npmrc');
  });
});

describe('isFileModuleSpecifier', () => {
  it.each(['./secrets.json', '../api-token.json', './.npmrc', '../.token?raw', 'pkg/credentials.json', `./${HOLE}.token.json`])(
    'treats %s as a file',
    (specifier) => {
      expect(isFileModuleSpecifier(specifier)).toBe(true);
    },
  );

  it.each(['./token', './secrets', 'secrets', '@scope/token', '.', '..', './config/', `./${HOLE}`])('treats %s as a module', (specifier) => {
    expect(isFileModuleSpecifier(specifier)).toBe(false);
  });
});

describe('displayPath', () => {
  it('shows holes as an ellipsis', () => {
    expect(displayPath(`${HOLE}.token.json`)).toBe('….token.json');
  });
});

describe('displayFileName', () => {
  it('shows the base name', () => {
    expect(displayFileName('./config/settings.json')).toBe('settings.json');
    expect(displayFileName('configPath')).toBe('configPath');
    expect(displayFileName(`${HOLE}/app.json`)).toBe('app.json');
  });

  it('does not echo a long name', () => {
    expect(displayFileName(`./${'Ab3'.repeat(20)}.json`)).toBe('….json');
    expect(displayFileName('x'.repeat(60))).toBe('…');
  });
});
