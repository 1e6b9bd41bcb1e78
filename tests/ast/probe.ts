import * as tsParser from '@typescript-eslint/parser';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { Linter } from 'eslint';

type ProbeContext = Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;
type ProbeVisitor = (context: ProbeContext) => TSESLint.RuleListener;

export interface ProbeOptions {
  /** File name; its extension picks the language (`.ts`, `.cjs`, `.mjs`, ...). */
  readonly filename?: string;
  /** `languageOptions.globals`; none by default, as the shipped configs declare none. */
  readonly globals?: Readonly<Record<string, 'readonly' | 'writable' | 'off'>>;
  readonly sourceType?: 'module' | 'commonjs' | 'script';
}

/**
 * Parses `code` with the TypeScript parser through ESLint's `Linter` (flat config, no
 * globals declared) and runs a throw-away rule whose listener comes from `visit`. A parse
 * error fails the test.
 */
export function runProbe(code: string, visit: ProbeVisitor, options: ProbeOptions = {}): void {
  const probeRule: TSESLint.RuleModule<string, readonly unknown[]> = {
    meta: { type: 'problem', messages: {}, schema: [], defaultOptions: [] },
    create: (context) => visit(context),
  };
  const linter = new Linter({ configType: 'flat' });
  const filename = options.filename ?? 'probe.ts';
  const config = {
    files: ['**/*.*'],
    plugins: { probe: { rules: { probe: probeRule } } },
    languageOptions: {
      parser: tsParser,
      globals: options.globals ?? {},
      ...(options.sourceType ? { sourceType: options.sourceType } : {}),
    },
    rules: { 'probe/probe': 'error' },
  };
  const messages = linter.verify(code, config as unknown as Linter.Config, { filename });
  const fatal = messages.find((message) => message.fatal === true);
  if (fatal) {
    throw new Error(`probe could not parse the code: ${fatal.message}`);
  }
}

/** Runs `collect` once on the whole file at `Program:exit` and returns what it returned. */
export function probeProgram<T>(code: string, collect: (context: ProbeContext, program: TSESTree.Program) => T, options?: ProbeOptions): T {
  let result: { value: T } | undefined;
  runProbe(
    code,
    (context) => ({
      'Program:exit': (program: TSESTree.Program) => {
        result = { value: collect(context, program) };
      },
    }),
    options,
  );
  if (!result) {
    throw new Error('probe rule did not run');
  }
  return result.value;
}
