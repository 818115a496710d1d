// The view models of /certifications and /certifications/<slug>/, from the real content: every fact
// resolved, every figure cited, the callouts worked out from the content.
import { describe, expect, it } from 'vitest';
import { getCertificationProfile, getCertificationsOverview } from '@/lib/certifications';
import { getCertifications, getRoles } from '@/lib/content';

describe('the /certifications page', () => {
  const overview = getCertificationsOverview('en');

  it('counts the credentials and names the bodies', () => {
    expect(overview.count).toBe(getCertifications('en').length);
    expect(overview.bodies).toEqual(['AAPC', 'AHIMA', 'AMBA', 'NHA', 'HFMA']);
  });

  it("suggests each role's first credential, with a link", () => {
    expect(overview.firstPicks).toEqual(
      getRoles('en').map((role) => ({
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
    const cpc = getCertificationProfile('cpc', 'en');
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
    const ccs = getCertificationProfile('ccs', 'en');
    expect(ccs.issuerName).toBe('American Health Information Management Association');
    expect(ccs.noBillingNotes.map((note) => note.body)).toEqual(['AHIMA']);
  });

  it("cites the biller rule on a billing credential's page", () => {
    expect(getCertificationProfile('cpb', 'en').roleRules.map((note) => note.slug)).toEqual([
      'biller',
    ]);
  });
});

describe('the Spanish twins', () => {
  it('label the table, levels and filters in Spanish, with the same rows and figures', () => {
    const english = getCertificationsOverview('en');
    const spanish = getCertificationsOverview('es');
    expect(spanish.table.columns.map((column) => column.id)).toEqual(
      english.table.columns.map((column) => column.id),
    );
    expect(spanish.table.columns[0]?.label).toBe('Credencial');
    expect(spanish.levels.map((level) => level.label)).toEqual([
      'Inicial',
      'Avanzado',
      'Especialidad',
    ]);
    expect(spanish.table.filters.roles.map((option) => option.label)).toEqual([
      'Codificadores',
      'Facturadores',
    ]);
    expect(spanish.table.facets).toEqual(english.table.facets);
    for (const cell of spanish.table.rows[0]?.cells ?? []) {
      if (cell.kind === 'credential') expect(cell.href).toMatch(/^\/es\/certifications\//);
    }
    expect(spanish.firstPicks.map((pick) => pick.certification.href)).toEqual(
      english.firstPicks.map((pick) => `/es${pick.certification.href}`),
    );
  });

  it("give a credential's page its Spanish prose, keeping the credential's English name", () => {
    const english = getCertificationProfile('cpc', 'en');
    const spanish = getCertificationProfile('cpc', 'es');
    expect(spanish.name).toBe(english.name);
    expect(spanish.acronym).toBe('CPC');
    expect(spanish.proves.text).not.toBe(english.proves.text);
    expect(spanish.proves.text).toMatch(/Muestra que usted/);
    expect(spanish.proves.locale).toBe('es');
    expect(spanish.officialName).toBe('la página oficial del CPC de AAPC');
    expect(spanish.roles.map((role) => role.href)).toEqual(['/es/roles/coder/']);
    const fee = (profile: typeof english) => profile.exam.find((fact) => fact.id === 'fee');
    const englishFee = fee(english);
    const spanishFee = fee(spanish);
    expect(spanishFee?.label).toBe('Precio');
    if (englishFee?.kind === 'figure' && spanishFee?.kind === 'figure') {
      expect(spanishFee.figure?.citation.asOf).toBe(englishFee.figure?.citation.asOf);
    }
  });
});
