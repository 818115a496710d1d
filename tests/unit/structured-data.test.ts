import { describe, expect, it } from 'vitest';
import { getRole } from '@/lib/content';
import { jobTitleJsonLd, roleJsonLd, serializeJsonLd, websiteJsonLd } from '@/lib/metadata';

describe('structured data', () => {
  it('describes a role as a schema.org Occupation with its SOC code and newest median pay', () => {
    const data: unknown = JSON.parse(roleJsonLd(getRole('coder')));
    expect(data).toMatchObject({
      '@type': 'Occupation',
      name: getRole('coder').name,
      occupationalCategory: getRole('coder').occupation,
      estimatedSalary: {
        '@type': 'MonetaryAmountDistribution',
        currency: 'USD',
        median: expect.any(Number),
      },
    });
  });

  it('describes a job title and the site', () => {
    const job: unknown = JSON.parse(
      jobTitleJsonLd({
        slug: 'payment-poster',
        name: 'Payment Poster',
        summary: 'Posts payments.',
        occupation: '43-3021',
        occupationMatch: {},
      }),
    );
    expect(job).toMatchObject({ '@type': 'Occupation', occupationalCategory: '43-3021' });
    expect(job).toHaveProperty('estimatedSalary');
    expect(JSON.parse(websiteJsonLd())).toMatchObject({ '@type': 'WebSite' });
  });

  it('gives no salary for a title whose occupation pay would mislead, as its page does', () => {
    const supervisor: unknown = JSON.parse(
      jobTitleJsonLd({
        slug: 'coding-supervisor',
        name: 'Coding Supervisor',
        summary: 'Leads a coding team.',
        occupation: '11-9111',
        occupationMatch: { payFits: false },
      }),
    );
    expect(supervisor).toMatchObject({ occupationalCategory: '11-9111' });
    expect(supervisor).not.toHaveProperty('estimatedSalary');
  });

  it('can never close its script element', () => {
    expect(serializeJsonLd({ name: '</script><script>alert(1)</script>' })).not.toContain('<');
  });
});
