// What the unit and the static test configs share.
import { fileURLToPath } from 'node:url';
import type { ViteUserConfig as UserConfig } from 'vitest/config';

const root = fileURLToPath(new URL('.', import.meta.url));

export const resolve: UserConfig['resolve'] = {
  // Vitest does not read tsconfig paths.
  alias: [
    { find: 'contentlayer/generated', replacement: `${root}.contentlayer/generated/index.mjs` },
    { find: /^@\//, replacement: root },
  ],
};

/** The console reporter, and in CI a JSON report too, which .ci/run sums up. */
export function reporters(jsonFile: string): NonNullable<UserConfig['test']>['reporters'] {
  return process.env.CI ? ['default', ['json', { outputFile: jsonFile }]] : ['default'];
}
