import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import { argumentsForParameter } from '../../src/ast/call-sites.js';
import { runProbe } from './probe.js';

/** The source text of the arguments the file's calls give the parameter passed to `probe(...)`. */
function passed(code: string): string[] {
  let found: string[] | undefined;
  runProbe(code, (context) => ({
    CallExpression: (call: TSESTree.CallExpression) => {
      const [argument] = call.arguments;
      if (call.callee.type === AST_NODE_TYPES.Identifier && call.callee.name === 'probe' && argument?.type === AST_NODE_TYPES.Identifier) {
        found = argumentsForParameter(argument, context.sourceCode.getScope(call)).map((entry) => context.sourceCode.getText(entry.node));
      }
    },
  }));
  if (!found) throw new Error('no probe(identifier) call in the code');
  return found;
}

describe('argumentsForParameter', () => {
  it('gives the arguments of every call of a function declaration', () => {
    expect(passed('function log(message) {\n  probe(message);\n}\nlog(a);\nlog(`b ${c}`);')).toEqual(['a', '`b ${c}`']);
  });

  it('gives the arguments of a const arrow function', () => {
    expect(passed('const log = (level, message) => probe(message);\nlog("info", text);')).toEqual(['text']);
  });

  it('gives every argument from a rest parameter on', () => {
    expect(passed('function trace(tag, ...args) {\n  probe(args);\n}\ntrace("t", a, b);')).toEqual(['a', 'b']);
  });

  it('gives the arguments of this.method(...) calls in the class', () => {
    expect(passed('class C {\n  log(message) { probe(message); }\n  run() { this.log(first); }\n  stop() { this.log(second); }\n}')).toEqual(['first', 'second']);
  });

  it('gives nothing for a callback, a missing argument or a plain variable', () => {
    expect(passed('items.forEach((item) => probe(item));')).toEqual([]);
    expect(passed('function log(message) {\n  probe(message);\n}\nlog();')).toEqual([]);
    expect(passed('const message = load();\nprobe(message);')).toEqual([]);
  });
});
