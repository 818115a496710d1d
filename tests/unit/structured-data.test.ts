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
      }),
    );
    expect(job).toMatchObject({ '@type': 'Occupation', occupationalCategory: '43-3021' });
    expect(JSON.parse(websiteJsonLd())).toMatchObject({ '@type': 'WebSite' });
  });

  it('can never close its script element', () => {
    expect(serializeJsonLd({ name: '</script><script>alert(1)</script>' })).not.toContain('<');
  });
});
