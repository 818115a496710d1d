import { describe, expect, it } from 'vitest';
import { getEntryTitles, getJobTitles } from '@/lib/content';
import { planEntryTitles } from '@/lib/planner/server/titles';

describe("the plan's first job titles", () => {
  const jobs = [
    { slug: 'coder-i', family: 'coding' },
    { slug: 'medical-biller', family: 'billing' },
    { slug: 'medical-receptionist', family: 'adjacent' },
    { slug: 'charge-entry-specialist', family: 'billing' },
    { slug: 'revenue-cycle-specialist', family: 'both' },
  ] as const;

  it('offers a title in the plan’s own field as a first job, and one outside it as a bridge job, once', () => {
    const titles = planEntryTitles(
      [
        { slug: 'coder-i', title: 'Coder I', boardTitle: 'Coder I', paths: ['coding'] },
        {
          slug: 'medical-receptionist',
          title: 'Medical Receptionist',
          boardTitle: 'Medical Receptionist',
          paths: ['billing', 'coding'],
        },
        {
          slug: 'charge-entry-specialist',
          title: 'Charge Entry Specialist',
          boardTitle: 'Charge Entry Specialist',
          paths: ['billing', 'coding'],
        },
        {
          slug: 'revenue-cycle-specialist',
          title: 'Revenue Cycle Specialist',
          boardTitle: 'Revenue Cycle Specialist',
          paths: ['coding', 'billing'],
        },
      ],
      jobs,
    );
    expect(titles.map(({ slug, path }) => `${slug} ${path}`)).toEqual([
      'coder-i coding',
      'medical-receptionist bridge',
      'charge-entry-specialist billing',
      'charge-entry-specialist bridge',
      'revenue-cycle-specialist coding',
      'revenue-cycle-specialist billing',
    ]);
  });

  it('gives both paths first jobs from the site’s list of titles that hire beginners', () => {
    const titles = planEntryTitles(getEntryTitles('en'), getJobTitles());
    for (const path of ['coding', 'billing', 'bridge'] as const)
      expect(titles.filter((title) => title.path === path).length).toBeGreaterThan(0);
    const listed = new Set(getEntryTitles('en').map((title) => title.slug));
    expect(titles.every((title) => listed.has(title.slug))).toBe(true);
  });
});
