// The view models of /certifications and /certifications/<slug>/, from the real content: every fact
// resolved, every figure cited, the callouts worked out from the content.
import { describe, expect, it } from 'vitest';
import { getCertificationProfile, getCertificationsOverview } from '@/lib/certifications';
import { getCertifications, getRoles } from '@/lib/content';

describe('the /certifications page', () => {
  const overview = getCertificationsOverview();

  it('counts the credentials and names the bodies', () => {
    expect(overview.count).toBe(getCertifications().length);
    expect(overview.bodies).toEqual(['AAPC', 'AHIMA', 'AMBA', 'NHA', 'HFMA']);
  });

  it("suggests each role's first credential, with a link", () => {
    expect(overview.firstPicks).toEqual(
      getRoles().map((role) => ({
        role: role.slug,
        roleName: role.name,
        certification: expect.objectContaining({
          slug: role.firstCertification,
          href: `/certifications/${role.firstCertification}/`,
        }),
      })),
    );
  });

  it('cites the rule on certifying billers and points AHIMA readers elsewhere', () => {
    expect(overview.roleRules.map((note) => note.slug)).toEqual(['biller']);
    expect(overview.roleRules[0]?.citation.href).toMatch(/^\/sources\/#/);
    expect(overview.noBillingNotes.map((note) => note.body)).toEqual(['AHIMA']);
    const ahima = overview.noBillingNotes[0];
    expect(ahima?.coderCredentials.map((cert) => cert.acronym)).toEqual([
      'CCA',
      'CCS',
      'CCS-P',
      'CDIP',
      'RHIT',
    ]);
    expect(ahima?.otherCredentials.map((cert) => cert.acronym)).toEqual(['CHDA', 'CHPS', 'RHIA']);
    expect(overview.noBillingNotes[0]?.alternatives.map((cert) => cert.acronym)).toEqual([
      'CBCS',
      'CMRS',
      'CPB',
      'CRCR',
    ]);
  });

  it('gives the table a row and facets per credential, and the filter choices', () => {
    expect(overview.table.rows).toHaveLength(overview.count);
    expect(overview.table.facets.map((facet) => facet.slug)).toEqual(
      overview.table.rows.map((row) => row.slug),
    );
    expect(overview.table.filters.roles).toEqual([
      { value: 'coder', label: 'Coders' },
      { value: 'biller', label: 'Billers' },
    ]);
    expect(overview.table.filters.bodies.map((option) => option.value)).toEqual(overview.bodies);
    expect(overview.table.filters.sorts.map((option) => option.value)).toEqual([
      'acronym',
      'questions',
      'minutes',
      'fee',
    ]);
    expect(overview.levels.map((level) => level.label)).toEqual(['Entry', 'Advanced', 'Specialty']);
  });
});

describe("a credential's page", () => {
  it('resolves the CPC: body, figures with citations, roles, job titles and sources', () => {
    const cpc = getCertificationProfile('cpc');
    expect(cpc).toMatchObject({
      acronym: 'CPC',
      issuer: 'AAPC',
      officialName: "AAPC's official CPC page",
      examKnown: true,
      noBillingNotes: [],
      roleRules: [],
    });
    expect(cpc.issuerName).toBeUndefined();
    const fee = cpc.exam.find((fact) => fact.id === 'fee');
    expect(fee?.kind === 'figure' && fee.figure?.citation.href).toMatch(/^\/sources\/#/);
    expect(cpc.roles.map((role) => role.href)).toEqual(['/roles/coder/']);
    expect(cpc.jobTitles.length).toBeGreaterThan(0);
    for (const title of cpc.jobTitles) expect(title.href).toBe(`/jobs/${title.slug}/`);
    expect(cpc.sources.length).toBeGreaterThan(0);
    for (const source of cpc.sources) {
      expect(source.href).toBe(`/sources/#${source.id}`);
      expect(source.title.trim()).not.toBe('');
    }
  });

  it('names a body in full where its name is more than its acronym, and points to billing', () => {
    const ccs = getCertificationProfile('ccs');
    expect(ccs.issuerName).toBe('American Health Information Management Association');
    expect(ccs.noBillingNotes.map((note) => note.body)).toEqual(['AHIMA']);
  });

  it("cites the biller rule on a billing credential's page", () => {
    expect(getCertificationProfile('cpb').roleRules.map((note) => note.slug)).toEqual(['biller']);
  });
});
