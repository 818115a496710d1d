// The compare page and its data as built: a plain GET form that works without JavaScript, one small
// file per title that the page can read, and a "compare with" link list and form on each job page.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getJobTitleSlugs } from '@/lib/content';
import { isCompareTitle } from '@/lib/job-compare';
import { routes } from '@/lib/routes';
import { parseHtml } from '@/lib/site-checks';
import { builtSite, OUT_DIR } from './built-site';

const { pages } = builtSite();
const slugs = getJobTitleSlugs();
/** Gzipped, each file is about a third of this; the page fetches two. */
const MAX_FILE_BYTES = 4096;

describe('the compare page', () => {
  const page = parseHtml(pages.get(routes.jobCompare()) ?? '');

  it('has its pickers as a GET form of its own address, two labelled selects of every title', () => {
    const form = page.querySelector(`main form[method="get"][action="${routes.jobCompare()}"]`);
    expect(form).not.toBeNull();
    for (const side of ['a', 'b']) {
      const select = form?.querySelector(`select[name="${side}"]`);
      expect(page.querySelector(`label[for="${select?.id}"]`)?.textContent).toMatch(/job title/);
      const values = [...(select?.querySelectorAll('option[value]') ?? [])]
        .map((option) => option.getAttribute('value'))
        .filter(Boolean);
      expect(new Set(values)).toEqual(new Set(slugs));
    }
  });

  it('says, without JavaScript, that comparing needs it, and links the job titles', () => {
    const noscript = page.querySelector('main noscript');
    expect(noscript?.textContent).toContain('Comparing needs JavaScript');
    expect(noscript?.innerHTML).toContain(`href="${routes.jobs()}"`);
  });
});

describe('the compare files', () => {
  for (const slug of slugs) {
    it(`${slug}: a small file the page accepts`, () => {
      const text = readFileSync(join(OUT_DIR, routes.jobCompareData(slug)), 'utf8');
      expect(isCompareTitle(JSON.parse(text), slug)).toBe(true);
      expect(Buffer.byteLength(text)).toBeLessThan(MAX_FILE_BYTES);
    });
  }
});

describe('each job page', () => {
  for (const slug of slugs) {
    it(`${slug}: offers compares as links, one of them with a title to choose`, () => {
      // Only the section is parsed: a whole job page takes a DOM parser ten times as long.
      const html = pages.get(routes.job(slug)) ?? '';
      const section = parseHtml(
        /<section[^>]*aria-labelledby="compare-heading"[\s\S]*?<\/section>/.exec(html)?.[0] ?? '',
      );
      const seconds = [...section.querySelectorAll('a[href]')].map((link) => {
        const url = new URL(link.getAttribute('href') ?? '', 'http://site.invalid');
        expect(url.pathname).toBe(routes.jobCompare());
        expect(url.searchParams.get('a')).toBe(slug);
        return url.searchParams.get('b');
      });
      expect(seconds).toContain(null);
      for (const second of seconds.filter((value) => value !== null)) {
        expect(slugs).toContain(second);
        expect(second).not.toBe(slug);
      }
    });
  }
});
