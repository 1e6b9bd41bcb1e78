import type { FileProblem } from '@eslint/core';
import type { DirectiveType, RulesConfig, SourceLocation } from '@eslint/plugin-kit';
import { ConfigCommentParser, Directive, TextSourceCodeBase, VisitNodeStep } from '@eslint/plugin-kit';
import type { Comment, KeyValueDocument, KeyValueNode } from './ast.js';
import { VISITOR_KEYS } from './ast.js';
import type { Dialect } from './dialect.js';

/** The options a key-value file is linted with. */
export type KeyValueLanguageOptions = { dialect?: Dialect };

const commentParser = new ConfigCommentParser();

const DIRECTIVE_TYPES: Readonly<Record<string, DirectiveType>> = Object.freeze({
  'eslint-disable': 'disable',
  'eslint-enable': 'enable',
  'eslint-disable-line': 'disable-line',
  'eslint-disable-next-line': 'disable-next-line',
});

/** A comment whose text starts with an ESLint directive: `eslint-disable …`, `eslint …`. */
const INLINE_CONFIG = /^\s*eslint(?:-enable|-disable(?:-line|-next-line)?)?(?:\s|$)/u;

interface InlineConfig {
  config: { rules: RulesConfig };
  loc: SourceLocation;
}

/** One step of the traversal: entering or leaving a node. */
class KeyValueVisitStep extends VisitNodeStep {
  override target: KeyValueNode;

  constructor(target: KeyValueNode, phase: 1 | 2, parent: KeyValueNode | undefined) {
    super({ target, phase, args: [target, parent] });
    this.target = target;
  }
}

/** The source code of a key=value file, as ESLint and the rules see it. */
export class KeyValueSourceCode extends TextSourceCodeBase<{
  LangOptions: KeyValueLanguageOptions;
  RootNode: KeyValueDocument;
  SyntaxElementWithLoc: KeyValueNode | Comment;
  ConfigNode: Comment;
}> {
  override ast: KeyValueDocument;
  /** The file's comments, in source order. */
  readonly comments: readonly Comment[];
  #steps: KeyValueVisitStep[] | undefined;
  readonly #parents = new WeakMap<KeyValueNode, KeyValueNode>();
  #inlineConfigComments: Comment[] | undefined;

  constructor({ text, ast }: { text: string; ast: KeyValueDocument }) {
    super({ text, ast, lineEndingPattern: /\r\n|[\r\n]/u });
    this.ast = ast;
    this.comments = ast.comments;
  }

  /** Enter and leave steps for every node, in document order (computed once). */
  override traverse(): Iterable<KeyValueVisitStep> {
    if (this.#steps !== undefined) return this.#steps.values();
    const steps: KeyValueVisitStep[] = [];
    const visit = (node: KeyValueNode, parent: KeyValueNode | undefined): void => {
      if (parent !== undefined) this.#parents.set(node, parent);
      steps.push(new KeyValueVisitStep(node, 1, parent));
      for (const key of VISITOR_KEYS[node.type]) {
        const child: unknown = (node as unknown as Record<string, unknown>)[key];
        const children = Array.isArray(child) ? (child as unknown[]) : [child];
        for (const item of children) {
          if (item !== null && item !== undefined) visit(item as KeyValueNode, node);
        }
      }
      steps.push(new KeyValueVisitStep(node, 2, parent));
    };
    visit(this.ast, undefined);
    this.#steps = steps;
    return steps.values();
  }

  override getParent(node: KeyValueNode | Comment): KeyValueNode | undefined {
    if (node.type === 'Comment') return undefined;
    if (this.#steps === undefined) this.traverse();
    return this.#parents.get(node);
  }

  /** The comments that carry ESLint directives, written with the file's own comment marker. */
  getInlineConfigNodes(): Comment[] {
    this.#inlineConfigComments ??= this.comments.filter((comment) => INLINE_CONFIG.test(comment.value));
    return this.#inlineConfigComments;
  }

  getDisableDirectives(): { problems: FileProblem[]; directives: Directive[] } {
    const problems: FileProblem[] = [];
    const directives: Directive[] = [];
    for (const comment of this.getInlineConfigNodes()) {
      const parsed = commentParser.parseDirective(comment.value);
      const type = parsed === undefined ? undefined : DIRECTIVE_TYPES[parsed.label];
      if (parsed === undefined || type === undefined) continue;
      directives.push(new Directive({ type, node: comment, value: parsed.value, justification: parsed.justification }));
    }
    return { problems, directives };
  }

  applyInlineConfig(): { configs: InlineConfig[]; problems: FileProblem[] } {
    const configs: InlineConfig[] = [];
    const problems: FileProblem[] = [];
    for (const comment of this.getInlineConfigNodes()) {
      const parsed = commentParser.parseDirective(comment.value);
      if (parsed?.label !== 'eslint') continue;
      const result = commentParser.parseJSONLikeConfig(parsed.value);
      if (result.ok) configs.push({ config: { rules: result.config }, loc: comment.loc });
      else problems.push({ ruleId: null, message: result.error.message, loc: comment.loc });
    }
    return { configs, problems };
  }
}
