import * as tsParser from '@typescript-eslint/parser';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { classMemberReads, classMemberWrites, enclosingClassOfThis, returnedExpressions } from '../../src/ast/static-string.js';

/**
 * The walks over a class's code and a function's body (bindings.ts): every `this.x` read and
 * write and every `return`, wherever it sits (templates, switch cases, arrow functions, a node
 * type no parser of ESLint's knows), and the lists in source order. Each case runs with espree,
 * ESLint's default parser, and with the TypeScript parser, with no globals declared.
 */

const PARSERS = [
  ['espree', undefined],
  ['typescript-eslint', tsParser],
] as const;

type Context = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;

/** Runs `collect` on the parsed file at `Program:exit`, with `prepare` given the program first. */
function probe<T>(
  code: string,
  parser: (typeof PARSERS)[number][1],
  collect: (program: TSESTree.Program, context: Context) => T,
): T {
  let result: { value: T } | undefined;
  const rule: TSESLint.RuleModule<string, readonly unknown[]> = {
    meta: { type: 'problem', messages: {}, schema: [], defaultOptions: [] },
    create: (context) => ({ 'Program:exit': (program: TSESTree.Program) => void (result = { value: collect(program, context) }) }),
  };
  const config = {
    files: ['**/*.js'],
    plugins: { probe: { rules: { probe: rule } } },
    languageOptions: { ...(parser ? { parser } : {}), ecmaVersion: 'latest', sourceType: 'module', globals: {} },
    rules: { 'probe/probe': 'error' },
  };
  const messages = new Linter({ configType: 'flat' }).verify(code, config as unknown as Linter.Config, { filename: 'probe.js' });
  const fatal = messages.find((message) => message.fatal === true);
  if (fatal) throw new Error(`could not parse: ${fatal.message}`);
  if (!result) throw new Error('the probe did not run');
  return result.value;
}

/** Every `this.<name>` member of the file, in source order. */
function thisMembers(program: TSESTree.Program, name: string): TSESTree.MemberExpression[] {
  const found: TSESTree.MemberExpression[] = [];
  const visit = (node: unknown): void => {
    if (node === null || typeof node !== 'object') return;
    if (Array.isArray(node)) {
      node.forEach(visit);
      return;
    }
    const value = node as TSESTree.Node;
    if (typeof value.type !== 'string') return;
    if (
      value.type === AST_NODE_TYPES.MemberExpression &&
      value.object.type === AST_NODE_TYPES.ThisExpression &&
      value.property.type === AST_NODE_TYPES.Identifier &&
      value.property.name === name
    ) {
      found.push(value);
    }
    for (const [key, child] of Object.entries(value)) if (key !== 'parent') visit(child);
  };
  visit(program.body);
  return found.sort((a, b) => a.range[0] - b.range[0]);
}

const CLIENT = `
export class Client {
  token = process.env.FIRST_TOKEN;
  constructor(options) {
    this.token = options.token;
    this.log = (level) => {
      switch (level) {
        case this.token:
          return \`\${this.token}:\${level}\`;
        default:
          return this.token + level;
      }
    };
  }
  rotate(next) {
    for (const step of [1, 2]) if (step > 1) this.token = next;
    return [this.token].join();
  }
}
`;

describe.each(PARSERS)('the class index with %s', (_name, parser) => {
  it('lists every read of this.x, in templates, switch cases and arrow functions, in source order', () => {
    const { reads, expected } = probe(CLIENT, parser, (program) => {
      const members = thisMembers(program, 'token');
      const owner = enclosingClassOfThis(members[0] as TSESTree.MemberExpression);
      if (owner === undefined) throw new Error('no class');
      return { reads: classMemberReads(owner, 'token'), expected: members.filter((member) => member.parent.type !== AST_NODE_TYPES.AssignmentExpression || member.parent.left !== member) };
    });
    expect(reads.length).toBe(4);
    expect(reads).toEqual(expected);
  });

  it('lists the field and each assignment of this.x in source order', () => {
    const values = probe(CLIENT, parser, (program, context) => {
      const [member] = thisMembers(program, 'token');
      return (classMemberWrites(member as TSESTree.MemberExpression) ?? []).map((write) => `${write.kind} ${context.sourceCode.getText(write.value)}`);
    });
    expect(values).toEqual(['field process.env.FIRST_TOKEN', 'assignment options.token', 'assignment next']);
  });

  it('reads the same from a syntax tree that carries no tokens, or marks this as an identifier', () => {
    const lists = (program: TSESTree.Program, context: Context): string[] => {
      const [member] = thisMembers(program, 'token');
      const owner = enclosingClassOfThis(member as TSESTree.MemberExpression);
      if (owner === undefined) throw new Error('no class');
      const reads = classMemberReads(owner, 'token').map((read) => `read ${read.range[0]}`);
      const writes = (classMemberWrites(member as TSESTree.MemberExpression) ?? []).map((write) => `${write.kind} ${context.sourceCode.getText(write.value)}`);
      return [...reads, ...writes];
    };
    const withTokens = probe(CLIENT, parser, lists);
    const withoutTokens = probe(CLIENT, parser, (program, context) => {
      // A parser that hands ESLint no tokens on the tree: the class is walked whole.
      const { tokens } = program;
      delete (program as { tokens?: unknown }).tokens;
      try {
        return lists(program, context);
      } finally {
        program.tokens = tokens;
      }
    });
    expect(withTokens).toEqual(withoutTokens);
    expect(withTokens.filter((entry) => entry.startsWith('read')).length).toBe(4);
    const withIdentifierTokens = probe(CLIENT, parser, (program, context) => {
      // A parser that marks `this` as an identifier token rather than a keyword.
      for (const token of program.tokens ?? []) {
        if (token.value === 'this') Object.assign(token, { type: 'Identifier' });
      }
      return lists(program, context);
    });
    expect(withIdentifierTokens).toEqual(withTokens);
  });

  it('finds this.x deep in a large class, and leaves the code of plain functions and nested classes out', () => {
    const quiet = Array.from({ length: 40 }, (_, index) => `  helper${index}(a, b) { const sum = a + b; return [sum, { at: ${index} }].map((x) => x); }`).join('\n');
    const code = `
class Service {
${quiet}
  call(kind) {
    return kind ? request({ headers: { [this.header]: \`Bearer \${String(this.secret)}\` } }) : undefined;
  }
  later() {
    setTimeout(function () { return this.secret; });
    return class Inner { read() { return this.secret; } };
  }
  arrow() {
    return () => [1, 2].find((n) => n > this.secret.length);
  }
}`;
    const reads = probe(code, parser, (program, context) => {
      const [member] = thisMembers(program, 'secret');
      const owner = enclosingClassOfThis(member as TSESTree.MemberExpression);
      if (owner === undefined) throw new Error('no class');
      return classMemberReads(owner, 'secret').map((read) => context.sourceCode.getText(read.parent));
    });
    expect(reads).toEqual(['String(this.secret)', 'this.secret.length']);
  });

  it('finds what a node of a type it does not know holds', () => {
    const reads = probe('class Box { open() { this.secret; return this.secret; } }', parser, (program) => {
      const [first] = thisMembers(program, 'secret');
      const statement = (first as TSESTree.MemberExpression).parent as TSESTree.ExpressionStatement;
      // Another parser's own syntax around the read: a type no visitor keys list.
      const wrapper = { type: 'ExperimentalWrapper', inner: { type: 'ExperimentalPart', value: first }, range: statement.range, parent: statement };
      Object.assign(first as object, { parent: wrapper.inner });
      Object.assign(wrapper.inner, { parent: wrapper });
      Object.assign(statement, { expression: wrapper });
      const owner = enclosingClassOfThis(first as TSESTree.MemberExpression);
      return owner === undefined ? [] : classMemberReads(owner, 'secret');
    });
    expect(reads.length).toBe(2);
  });
});

describe.each(PARSERS)('the returns of a function with %s', (_name, parser) => {
  it('lists every return outside nested functions, in source order', () => {
    const returned = probe(
      `function pick(kind, items) {
        switch (kind) {
          case 'first':
            return items[0];
          default:
            for (const item of items) {
              try { if (item.ready) return item; } catch { return undefined; }
            }
        }
        items.forEach((item) => { return item; });
        return null;
      }`,
      parser,
      (program, context) => returnedExpressions(program.body[0] as TSESTree.FunctionDeclaration).map((node) => context.sourceCode.getText(node)),
    );
    expect(returned).toEqual(['items[0]', 'item', 'undefined', 'null']);
  });
});
