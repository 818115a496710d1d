// /first-job/ and the entry-friendly titles, from the real content: every section cites a source,
// every job link goes to a job title page, and getEntryTitles keeps the shape the planner reads.
import { describe, expect, it } from 'vitest';
import { getEntryTitles, getJobTitle, getJobTitleSlugs } from '@/lib/content';
import { getFinderCatalog } from '@/lib/finder/server';
import { getFirstJobPage, pathsLabel } from '@/lib/first-job';
import { routes } from '@/lib/routes';

const page = getFirstJobPage('en');
const jobHrefs = new Set(getJobTitleSlugs().map((slug) => routes.job(slug)));

describe('getFirstJobPage', () => {
  it('cites at least one source in every section, each on the sources page', () => {
    for (const section of page.sections) {
      const citations = section.blocks.flatMap((block) => block.citations);
      expect(citations.length, section.id).toBeGreaterThan(0);
      for (const citation of citations) expect(citation.href).toMatch(/^\/sources\/#[a-z0-9-]+$/);
    }
  });

  it('cites a source for every block that states a fact, and tags each block', () => {
    for (const block of page.sections.flatMap((section) => section.blocks)) {
      expect(block.evidence.label).not.toBe('');
      if (!['advice', 'unknown'].includes(block.evidence.kind)) {
        expect(block.citations.length, block.text.text).toBeGreaterThan(0);
      }
    }
  });

  it('links every bridge job and entry title to its job title page', () => {
    const bridges = page.sections.flatMap((section) => section.bridgeJobs);
    expect(bridges.length).toBeGreaterThanOrEqual(5);
    const entries = page.sections.flatMap((section) => section.entryTitles);
    for (const link of [...bridges, ...entries])
      expect(jobHrefs.has(link.href), link.href).toBe(true);
  });

  it('lists the entry titles in one section, and links the plan and the remote-work answer', () => {
    expect(page.sections.filter((section) => section.entryTitles.length > 0)).toHaveLength(1);
    const hrefs = page.sections.flatMap((section) => section.links.map((link) => link.href));
    expect(hrefs).toContain(routes.plan());
    expect(hrefs).toContain(routes.answer('remote-work'));
  });

  it('links each glossary term once on the page', () => {
    const texts = page.sections.flatMap((section) => [
      ...section.blocks.flatMap((block) => [block.text, ...block.items]),
      ...section.bridgeJobs.map((job) => job.text),
    ]);
    const slugs = texts.flatMap((text) => text.segments.flatMap((segment) => segment.slug ?? []));
    expect(slugs.length).toBeGreaterThan(0);
    expect(new Set(slugs).size).toBe(slugs.length);
  });
});

describe('getEntryTitles', () => {
  const titles = getEntryTitles('en');

  it('gives exactly the planner shape, resolved from entry-level job titles', () => {
    expect(titles.length).toBeGreaterThanOrEqual(8);
    for (const entry of titles) {
      expect(Object.keys(entry).sort()).toEqual([
        'beginners',
        'boardTitle',
        'firstStep',
        'paths',
        'slug',
        'title',
      ]);
      const job = getJobTitle(entry.slug);
      expect(entry.title).toBe(job.name);
      expect(entry.boardTitle).toBe(job.name);
      expect(job.level).toBe('entry');
      expect(entry.paths.length).toBeGreaterThan(0);
    }
  });

  it('starts both paths, with titles that often hire beginners on each', () => {
    for (const path of ['coding', 'billing'] as const) {
      const often = titles.filter(
        (entry) => entry.paths.includes(path) && entry.beginners === 'often',
      );
      expect(often.length, path).toBeGreaterThan(0);
    }
  });

  it('is what the finder marks "Hires beginners"', () => {
    const marked = getFinderCatalog()
      .entries.filter((entry) => entry.hiresBeginners)
      .map((entry) => entry.slug);
    expect(marked.sort()).toEqual(titles.map((entry) => entry.slug).sort());
  });
});

describe('pathsLabel', () => {
  it('names the paths in order', () => {
    expect(pathsLabel(['billing', 'coding'], 'en')).toBe('A first step into billing or coding');
    expect(pathsLabel(['coding'], 'en')).toBe('A first step into coding');
  });

  it('names them in Spanish', () => {
    expect(pathsLabel(['billing', 'coding'], 'es')).toBe(
      'Un primer paso hacia la facturación o la codificación',
    );
  });
});

describe('getFirstJobPage in Spanish', () => {
  const english = page;
  const spanish = getFirstJobPage('es');

  it('has the same sections, sources, evidence and links, with Spanish words', () => {
    expect(spanish.sections.map((section) => section.id)).toEqual(
      english.sections.map((section) => section.id),
    );
    const shape = (view: typeof page) =>
      view.sections.map((section) => [
        section.blocks.map((block) => [block.evidence.kind, block.citations.length]),
        section.bridgeJobs.map((job) => job.slug),
        section.entryTitles.map((entry) => [entry.slug, entry.beginners, entry.citations.length]),
        section.links.length,
      ]);
    expect(shape(spanish)).toEqual(shape(english));
    expect(spanish.title).toMatch(/^Su primer empleo/);
    expect(spanish.sections[0]?.blocks[0]?.evidence.label).toBe('Fuente oficial');
  });

  it('links the Spanish pages and the Spanish sources page', () => {
    const links = spanish.sections.flatMap((section) => [
      ...section.links.map((link) => link.href),
      ...section.bridgeJobs.map((job) => job.href),
      ...section.entryTitles.map((entry) => entry.href),
    ]);
    for (const href of links) expect(href).toMatch(/^\/es\//);
    for (const citation of spanish.sections.flatMap((s) => s.blocks.flatMap((b) => b.citations)))
      expect(citation.href).toMatch(/^\/es\/sources\/#/);
  });
});
