// Lint rules for actorgraph: ESLint's and typescript-eslint's recommended sets.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  // `generated/` folders hold `npm run codegen` output, checked against the SDL by a unit test.
  { ignores: ['node_modules/', 'dist/', '.data/', 'neo4j-launcher/target/', 'test-results/', '**/generated/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      // Unused names are already errors in tsconfig (noUnusedLocals, noUnusedParameters).
      '@typescript-eslint/no-unused-vars': 'off',
    },
  },
  {
    // Tests read untyped JSON answers and reach into the page (window.cy); `any` is honest there.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
