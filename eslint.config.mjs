import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTypescript from 'eslint-config-next/typescript';

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-assertions': ['error', { assertionStyle: 'never' }],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['contentlayer/generated', '**/.contentlayer/**'],
              message: 'Only lib/ reads the generated content: import from @/lib/content instead.',
            },
          ],
          paths: [
            {
              name: 'next/link',
              message:
                'Use Link from @/components/ui/link: it prefetches on intent, not every link in view.',
            },
          ],
        },
      ],
    },
  },
  {
    // The data layer and the build-time content check are the only readers of generated content;
    // unit tests may read it too, to check the content itself.
    files: ['lib/**/*.ts', 'scripts/validate-content.ts', 'tests/unit/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['components/ui/link.tsx'],
    rules: { 'no-restricted-imports': 'off' },
  },
  globalIgnores([
    '.next/**',
    'out/**',
    '.contentlayer/**',
    'node_modules/**',
    'reports/**',
    'next-env.d.ts',
  ]),
]);
