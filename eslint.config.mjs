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
              message:
                'Only lib/content reads the generated content: import from @/lib/content instead.',
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
    // The data layer is the only reader of generated content; everything else, the build-time
    // content check and the unit tests included, goes through it.
    files: ['lib/content/**/*.ts'],
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
