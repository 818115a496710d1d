import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  KB,
  baselineBytesFrom,
  brotliSize,
  budgetBytes,
  budgetTable,
  loadedScripts,
  measurePage,
  overBudget,
  pageKind,
  runtimeData,
} from '@/lib/site-checks';

const FIXTURES = join(__dirname, '../fixtures/js-budget');
const page = readFileSync(join(FIXTURES, 'next-page.html'), 'utf8');

describe('pageKind', () => {
  it('makes /jobs/ the finder, but not the job-title pages under it', () => {
    expect(pageKind('/jobs/')).toBe('finder');
    expect(pageKind('/jobs/medical-coder/')).toBe('content');
    expect(pageKind('/es/jobs/')).toBe('finder');
    expect(pageKind('/es/jobs/medical-coder/')).toBe('content');
  });

  it("makes the quiz, its result page and the counselors' class summary quiz pages", () => {
    expect(pageKind('/quiz/')).toBe('quiz');
    expect(pageKind('/quiz/result/')).toBe('quiz');
    expect(pageKind('/counselors/')).toBe('quiz');
    expect(pageKind('/counselors/handout/')).toBe('content');
    expect(pageKind('/quizzes/')).toBe('content');
  });

  it('makes the plan form and its result plan pages', () => {
    expect(pageKind('/plan/')).toBe('plan');
    expect(pageKind('/plan/result/')).toBe('plan');
  });

  it('gives a Spanish twin the kind of its English page', () => {
    expect(pageKind('/es/plan/result/')).toBe('plan');
    expect(pageKind('/es/jobs/')).toBe('finder');
    expect(pageKind('/es/compare/')).toBe('content');
  });

  it('makes every other page a content page', () => {
    for (const route of ['/', '/compare/', '/roles/coder/', '/certifications/cpc/', '/404/'])
      expect(pageKind(route)).toBe('content');
  });
});

describe('budgets', () => {
  it('add 10, 20, 50 and 17 KB of 1024 bytes to the baseline', () => {
    expect(budgetBytes('content', 100_000)).toBe(100_000 + 10 * 1024);
    expect(budgetBytes('quiz', 100_000)).toBe(100_000 + 20 * 1024);
    expect(budgetBytes('finder', 100_000)).toBe(100_000 + 50 * 1024);
    expect(budgetBytes('plan', 100_000)).toBe(100_000 + 17 * 1024);
    expect(KB).toBe(1024);
  });

  it("count the finder's index, fetched at run time, and nothing for other pages", () => {
    expect(runtimeData('finder')).toEqual(['/jobs/finder-index.json']);
    expect(runtimeData('finder', 'es')).toEqual(['/jobs/finder-index.es.json']);
    expect(runtimeData('quiz')).toEqual([]);
    expect(runtimeData('content')).toEqual([]);
  });
});

describe('loadedScripts', () => {
  it('lists each <script src> once, resolves relative ones and skips nomodule polyfills', () => {
    expect(loadedScripts('/roles/coder/', page)).toEqual([
      '/_next/static/chunks/main.js',
      '/_next/static/chunks/page.js',
      '/roles/coder/page-local.js',
    ]);
  });

  it('refuses a script from another origin', () => {
    const html = '<head><script src="https://cdn.example/x.js"></script></head>';
    expect(() => loadedScripts('/', html)).toThrow('loads a script from elsewhere');
    expect(() => loadedScripts('/', '<script src="//cdn.example/x.js"></script>')).toThrow();
  });
});

describe('measurePage', () => {
  const sizes: Record<string, number> = {
    '/_next/static/chunks/main.js': 100_000,
    '/_next/static/chunks/page.js': 5_000,
    '/roles/coder/page-local.js': 1_000,
    '/jobs/page-local.js': 1_000,
    '/jobs/finder-index.json': 20_000,
  };
  const sizeOf = (path: string) => {
    const size = sizes[path];
    if (size === undefined) throw new Error(`no such file: ${path}`);
    return size;
  };

  it('sums the script files, reports inline scripts apart, and leaves JSON-LD out', () => {
    const row = measurePage('/roles/coder/', page, 100_000, sizeOf);
    expect(row).toMatchObject({
      kind: 'content',
      scriptBytes: 106_000,
      dataBytes: 0,
      totalBytes: 106_000,
      budgetBytes: 100_000 + 10 * 1024,
      headroomBytes: 100_000 + 10 * 1024 - 106_000,
    });
    const inline = [
      "\n      document.documentElement.classList.add('js');\n    ",
      '\n      (self.__next_f = self.__next_f || []).push([0]);\n    ',
    ].join('\n');
    expect(row.inlineBytes).toBe(brotliSize(inline));
    expect(overBudget(row)).toBeNull();
  });

  it("adds the finder's index to the finder page", () => {
    const row = measurePage('/jobs/', page, 100_000, sizeOf);
    expect(row).toMatchObject({ kind: 'finder', scriptBytes: 106_000, dataBytes: 20_000 });
    expect(row.totalBytes).toBe(126_000);
  });

  it('fails a page over budget with its figure and the budget', () => {
    const row = measurePage('/compare/', page, 90_000, (path) =>
      path.endsWith('main.js') ? 100_000 : 500,
    );
    expect(overBudget(row)).toBe(
      '/compare/ loads 101000 bytes of JavaScript (brotli) over its content budget of 100240 bytes by 760',
    );
  });
});

describe('budgetTable', () => {
  it('prints one aligned line per page in KB', () => {
    const row = measurePage('/', page, 100_000, () => 1024);
    expect(budgetTable([row]).split('\n')).toEqual([
      'route  kind     JS brotli KB  of it data  budget KB  headroom KB  inline KB',
      `/      content           3.0         0.0      107.7        104.7  ${(row.inlineBytes / 1024).toFixed(1).padStart(9)}`,
    ]);
  });
});

describe('baselineBytesFrom', () => {
  it('reads the recorded baseline', () => {
    const baseline: unknown = JSON.parse(readFileSync(join(FIXTURES, 'baseline.json'), 'utf8'));
    expect(baselineBytesFrom(baseline)).toBe(115_085);
  });

  it('rejects a baseline without a positive whole number of bytes', () => {
    for (const bad of [null, {}, { scriptBytesBrotli: '115085' }, { scriptBytesBrotli: -1 }])
      expect(() => baselineBytesFrom(bad)).toThrow('scriptBytesBrotli');
  });
});
