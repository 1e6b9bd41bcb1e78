// The two parser setups the bench measures. Every configuration of a track, the floor
// included, parses the same files with the same parser and options: only the rules differ.

/** JavaScript files, with JSX. */
export const JAVASCRIPT_GLOB = Object.freeze(['**/*.{js,mjs,cjs,jsx}']);

/** TypeScript files. */
export const TYPESCRIPT_GLOB = Object.freeze(['**/*.{ts,mts,cts,tsx}']);

/** Every file the corpus and the stress files hold. */
export const SOURCE_GLOB = Object.freeze(['**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}']);

/**
 * `espree`: the setup most users have and the primary track: ESLint's default parser
 * (espree) for JavaScript, @typescript-eslint/parser for TypeScript.
 * `typescript`: @typescript-eslint/parser for every file, as TypeScript-first projects have it.
 */
export const TRACKS = Object.freeze(['espree', 'typescript']);

/** The configurations each track runs when `--only` is not given. */
export const DEFAULT_TRACK_CONFIGS = Object.freeze({
  espree: Object.freeze(['none', 'floor', 'recommended', 'no-secrets', 'sonarjs']),
  typescript: Object.freeze(['floor', 'recommended']),
});

/** One line per track for the report. */
export const TRACK_DESCRIPTIONS = Object.freeze({
  espree: 'espree (ESLint\'s default parser) for .js/.mjs/.cjs/.jsx with JSX on, @typescript-eslint/parser for .ts/.mts/.cts/.tsx: the setup most users have',
  typescript: '@typescript-eslint/parser (no type information) for every file, JSX on: TypeScript-first projects',
});

/**
 * The config objects that set up parsing for a track, placed before every configuration's
 * own objects. The espree track sets no parser for JavaScript: ESLint's default stays, as it
 * does for a user who adds this plugin's `recommended` (whose JavaScript part sets none).
 * @param {string} track one of TRACKS
 * @param {unknown} typescriptParser @typescript-eslint/parser
 * @returns {object[]}
 */
export function parsingConfig(track, typescriptParser) {
  const jsx = { ecmaFeatures: { jsx: true } };
  const shared = [
    { ignores: ['!**/node_modules/'] },
    {
      // The corpus's own `eslint-disable` comments neither hide findings nor name unknown rules.
      files: [...SOURCE_GLOB],
      linterOptions: { noInlineConfig: true, reportUnusedDisableDirectives: 'off', reportUnusedInlineConfigs: 'off' },
    },
  ];
  switch (track) {
    case 'espree': {
      return [
        ...shared,
        { files: [...JAVASCRIPT_GLOB], languageOptions: { parserOptions: jsx } },
        { files: [...TYPESCRIPT_GLOB], languageOptions: { parser: typescriptParser } },
      ];
    }
    case 'typescript': {
      return [...shared, { files: [...SOURCE_GLOB], languageOptions: { parser: typescriptParser, parserOptions: jsx } }];
    }
    default: {
      throw new Error(`unknown track ${track} (known: ${TRACKS.join(', ')})`);
    }
  }
}
