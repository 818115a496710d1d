// A role's page from the real content: the occupation's figures cited, the certifications linked,
// the sourced rules with their citations, and its metadata.
import { describe, expect, it } from 'vitest';
import { getRole } from '@/lib/content';
import { getRoleCards, getRoleProfile, roleMetadata } from '@/lib/roles';

describe('getRoleProfile', () => {
  const coder = getRoleProfile('coder', 'en');
  const biller = getRoleProfile('biller', 'en');

  it('takes its text from the role file, with glossary terms found in its lists', () => {
    const role = getRole('coder', 'en');
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
    const role = getRole('coder', 'en');
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
    expect(roleMetadata('biller', 'en')).toMatchObject({
      path: '/roles/biller/',
      card: 'biller',
      description: getRole('biller', 'en').summary,
    });
  });
});

describe('getRoleCards', () => {
  it('links both roles, coder first, with their summaries', () => {
    expect(getRoleCards('en')).toEqual([
      expect.objectContaining({ href: '/roles/coder/', summary: getRole('coder', 'en').summary }),
      expect.objectContaining({ href: '/roles/biller/', summary: getRole('biller', 'en').summary }),
    ]);
  });
});

describe('the Spanish role pages', () => {
  it('give the Spanish text, links and title, with the same figures', () => {
    const english = getRoleProfile('coder', 'en');
    const spanish = getRoleProfile('coder', 'es');
    expect(spanish.name).toBe('Codificador médico');
    expect(spanish.bodyHtml).toContain('En qué consiste el trabajo');
    expect(spanish.firstCertification.href).toBe('/es/certifications/cpc/');
    expect(spanish.occupation).toMatchObject({
      code: '29-2072',
      title: 'Especialistas en expedientes médicos',
      officialTitle: 'Medical Records Specialists',
    });
    expect(english.occupation.officialTitle).toBe(english.occupation.title);
    const digits = (text: string | undefined) => text?.replace(/\D/g, '');
    expect(digits(spanish.outlook.median?.headline.text)).toBe(
      digits(english.outlook.median?.headline.text),
    );
    expect(spanish.moreFigures.map((figure) => figure.citation.href)).toEqual(
      english.moreFigures.map((figure) => `/es${figure.citation.href}`),
    );
    expect(spanish.moreFigures.map((figure) => figure.citation.asOf)).toContain('mayo de 2011');
    // The English path: pageMetadata puts it under /es/ and links both languages.
    expect(roleMetadata('biller', 'es')).toMatchObject({
      path: '/roles/biller/',
      title: 'Facturador médico: el trabajo, el salario, las perspectivas y cómo empezar',
    });
    expect(getRoleCards('es').map((card) => card.href)).toEqual([
      '/es/roles/coder/',
      '/es/roles/biller/',
    ]);
  });
});
