// A role's page from the real content: the occupation's figures cited, the certifications linked,
// the sourced rules with their citations, and its metadata.
import { describe, expect, it } from 'vitest';
import { getRole } from '@/lib/content';
import { getRoleCards, getRoleProfile, roleMetadata } from '@/lib/roles';

describe('getRoleProfile', () => {
  const coder = getRoleProfile('coder');
  const biller = getRoleProfile('biller');

  it('takes its text from the role file, with glossary terms found in its lists', () => {
    const role = getRole('coder');
    expect(coder).toMatchObject({
      name: role.name,
      summary: role.summary,
      bodyHtml: role.body.html,
    });
    expect(coder.duties.map((duty) => duty.text)).toEqual(role.duties);
    const linked = coder.toolsAndCodeSets.flatMap((item) =>
      item.segments.flatMap((segment) => (segment.slug ? [segment.slug] : [])),
    );
    expect(linked).toContain('cpt');
  });

  it('links the first certification and the others, without repeating the first', () => {
    const role = getRole('coder');
    expect(coder.firstCertification.href).toBe(`/certifications/${role.firstCertification}/`);
    expect(coder.otherCertifications.map((cert) => cert.slug)).toEqual(
      role.certifications.filter((slug) => slug !== role.firstCertification),
    );
  });

  it('shows one headline per measure, every figure cited, growth with its sign', () => {
    const { median, growth, openings } = coder.outlook;
    const views = [median, growth, openings].flatMap((view) => (view ? [view] : []));
    expect(views).toHaveLength(3);
    expect(median?.headline.measure).toBe('median-pay');
    for (const view of views) {
      for (const figure of [view.headline, ...view.others]) {
        expect(figure.citation.href).toMatch(/^\/sources\/#/);
        expect(figure.measure).toBe(view.headline.measure);
      }
    }
    for (const figure of [growth!.headline, ...growth!.others]) expect(figure.text).toMatch(/^\+/);
  });

  it("cites the government profile's education and the biller certification rule", () => {
    expect(coder.typicalEducation?.citation.href).toMatch(/^\/sources\/#/);
    expect(biller.certificationRule?.text).toMatch(/no state or federal rule/i);
    expect(biller.occupation.proxyNote).toBeDefined();
  });
});

describe('roleMetadata', () => {
  it("gives a role's page its title, address and card", () => {
    expect(roleMetadata('biller')).toMatchObject({
      path: '/roles/biller/',
      card: 'biller',
      description: getRole('biller').summary,
    });
  });
});

describe('getRoleCards', () => {
  it('links both roles, coder first, with their summaries', () => {
    expect(getRoleCards()).toEqual([
      expect.objectContaining({ href: '/roles/coder/', summary: getRole('coder').summary }),
      expect.objectContaining({ href: '/roles/biller/', summary: getRole('biller').summary }),
    ]);
  });
});
