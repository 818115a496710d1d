// The layering rules that lint enforces: only lib/content reads the generated content, and every
// link goes through the site's own Link. Checked on small snippets linted as if they sat in a file.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function restrictedImports(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === 'no-restricted-imports')
    .map((message) => message.message);
}

const READS_CONTENT =
  "import { allRoles } from 'contentlayer/generated';\nexport const n = allRoles.length;\n";

describe('lint layering rules', () => {
  it.each([
    'lib/outlook/view.ts',
    'scripts/validate-content.ts',
    'components/roles/x.tsx',
    'app/page.tsx',
    'tests/unit/x.test.ts',
  ])('stops %s from reading the generated content', async (file) => {
    expect(await restrictedImports(READS_CONTENT, file)).toEqual([
      expect.stringContaining('Only lib/content reads the generated content'),
    ]);
  });

  it('lets lib/content read it', async () => {
    expect(await restrictedImports(READS_CONTENT, 'lib/content/roles.ts')).toEqual([]);
  });

  it('stops next/link outside components/ui/link.tsx', async () => {
    const code = "import Link from 'next/link';\nexport const L = Link;\n";
    expect(await restrictedImports(code, 'components/roles/x.tsx')).toEqual([
      expect.stringContaining('Use Link from @/components/ui/link'),
    ]);
    expect(await restrictedImports(code, 'components/ui/link.tsx')).toEqual([]);
  });
}, 60_000);
