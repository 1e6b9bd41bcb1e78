// Lints the project itself: typescript-eslint (strict, type-checked), the rule-authoring
// rules of eslint-plugin-eslint-plugin, eslint-plugin-regexp (every regular expression is
// checked for super-linear backtracking), and this plugin's own strict config.
import eslintPlugin from 'eslint-plugin-eslint-plugin';
import regexp from 'eslint-plugin-regexp';
import tseslint from 'typescript-eslint';
import tokenHygiene from './dist/index.js';

export default tseslint.config(
  {
    ignores: ['dist/', 'coverage/', 'examples/', 'bench/corpus/', 'bench/.stress/', 'bench/results/', 'tests/fixtures/'],
  },
  {
    files: ['**/*.ts'],
    extends: [...tseslint.configs.strictTypeChecked],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name='context'][property.name='options']",
          message: "Read options from create()'s second argument, which has the defaults applied.",
        },
      ],
    },
  },
  {
    // Shared analysis reads the SourceCode. Each file's rule contexts have a hidden class of
    // their own whose prototype holds the file's tree; optimized code that reads a context
    // keeps that tree alive into the next file (see iterateTrackedCalls).
    files: ['src/*/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name='context'][property.name='options']",
          message: "Read options from create()'s second argument, which has the defaults applied.",
        },
        {
          selector: "TSTypeReference[typeName.right.name='RuleContext'], TSTypeReference[typeName.name='RuleContext']",
          message: 'Shared analysis takes the SourceCode, not the rule context: optimized code that reads a context keeps its file’s syntax tree alive.',
        },
      ],
    },
  },
  {
    files: ['rules/*.ts'],
    extends: [eslintPlugin.configs['rules-recommended']],
    rules: {
      'eslint-plugin/require-meta-docs-description': ['error', { pattern: '^(Enforce|Require|Disallow) .+[^. ]$' }],
      'eslint-plugin/require-meta-schema-description': 'error',
      'eslint-plugin/require-meta-default-options': 'error',
      'eslint-plugin/no-meta-schema-default': 'error',
      'eslint-plugin/prefer-placeholders': 'error',
      'eslint-plugin/report-message-format': ['error', '^[A-Z].*\\.$'],
      'eslint-plugin/meta-property-ordering': [
        'error',
        ['type', 'docs', 'fixable', 'hasSuggestions', 'deprecated', 'replacedBy', 'schema', 'defaultOptions', 'messages', 'languages'],
      ],
    },
  },
  {
    files: ['tests/rules/*.ts'],
    extends: [eslintPlugin.configs['tests-recommended']],
    rules: {
      'eslint-plugin/require-test-error-positions': 'off',
    },
  },
  {
    files: ['**/*.{ts,mjs,js}'],
    extends: [regexp.configs['flat/recommended']],
    rules: {
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
      // Token formats read best as the providers document them: explicit character
      // classes and explicit lookarounds at token boundaries.
      'regexp/use-ignore-case': 'off',
      'regexp/prefer-predefined-assertion': 'off',
    },
  },
  {
    files: ['src/**/*.ts', 'rules/**/*.ts', 'bench/**/*.mjs'],
    extends: [tokenHygiene.configs.strict],
  },
  // The project's own JSON and credential files, as a user's would be read (every other
  // config object here is scoped to code files, as data-files needs).
  ...tokenHygiene.configs['data-files'],
  {
    files: ['**/*.mjs', '**/*.js'],
    extends: [tseslint.configs.disableTypeChecked],
  },
);
