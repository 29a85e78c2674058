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
  // The client's layers: graph/ is the pure model, view/ draws it and alone holds
  // Cytoscape, ui/ renders panels from the view model and acts through the explorer's commands.
  {
    files: ['client/src/graph/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/ui/**', '**/view/**', '**/explorer/**'],
              message: 'graph/ is the model: it uses neither ui/ nor view/ nor the explorer.',
            },
            // Element definitions are plain data, so graph/ may name their type, never the library.
            {
              group: ['cytoscape', 'cytoscape-*'],
              allowTypeImports: true,
              message: 'Only view/ holds Cytoscape; graph/ may import its types only.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['client/src/ui/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['cytoscape', 'cytoscape-*'],
              message: 'Panels never touch Cytoscape: read the view model, ask through the commands.',
            },
            {
              group: ['**/view/**'],
              message: 'Panels do not reach into the drawing: use the commands (fit, zoom, export PNG, ...).',
            },
            {
              group: ['**/explorer/explorer.ts', '**/explorer/url-history.ts'],
              message: 'Panels get the ExplorerCommands interface (explorer/commands.ts), not the orchestrator.',
            },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[property.name='cy']",
          message: 'Panels never touch the Cytoscape instance; only view/ holds it.',
        },
      ],
    },
  },
  {
    // Tests read untyped JSON answers and reach into the page (window.cy); `any` is honest there.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
