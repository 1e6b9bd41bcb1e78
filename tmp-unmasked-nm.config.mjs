import p from '/work/main/dist/src/index.js';
export default [
  { ignores: ['!**/node_modules/', '**/*.d.ts', '**/*.min.js', '**/*.map'] },
  { ...p.configs.recommended, rules: { 'token-hygiene/no-unmasked-token': 'error' } },
];
